import * as fs from 'fs';
import * as path from 'path';

/** One case of test/integration/expected.json, written by scripts/vscode/make_expected.py from real NumPy/Python. */
export interface ExpectedCase {
  engine: string;
  seed: string;
  call: string;
  n: number;
  values?: string[];
  error?: string;
  format?: string;
  formatted?: string[];
}

let cases: Record<string, ExpectedCase> | undefined;

/** The pinned values (from NumPy/Python, never typed by hand) for a case id. */
export function expected(id: string): ExpectedCase {
  if (!cases) {
    // out/test/integration → test/integration (the JSON is not compiled)
    const file = path.resolve(__dirname, '../../../test/integration/expected.json');
    cases = JSON.parse(fs.readFileSync(file, 'utf8')).cases as Record<string, ExpectedCase>;
  }
  const c = cases[id];
  if (!c) throw new Error(`no expected case ${id}: add it to scripts/vscode/make_expected.py and re-run it`);
  return c;
}

/** The values of a case that must have succeeded. */
export function values(id: string): string[] {
  const c = expected(id);
  if (!c.values) throw new Error(`case ${id} has no values (${c.error})`);
  return c.values;
}
