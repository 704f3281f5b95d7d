import type * as CommandTable from './commandTable';
import { reportedSettings } from './vscode/settings';

// The desktop build (esbuild.js) turns this `require` into `require("./commands.js")`, a file of
// its own; the web build inlines commandTable.ts as a module evaluated by this call only.
declare function require(id: './commandTable'): typeof CommandTable;

let loaded: typeof CommandTable | undefined;

/** The command implementations and the core, loaded by the first call (the first command pays it). */
export function commandTable(): typeof CommandTable {
  if (!loaded) {
    const table = require('./commandTable');
    table.adoptHostState({ reportedSettings: reportedSettings() });
    loaded = table;
  }
  return loaded;
}
