// extensionTestsPath for `node scripts/vscode/run-integration.js --only bench` (`npm run bench:editor`):
// timings of the editor commands in a real VS Code, printed as a table; nothing is asserted.
import { runSuites } from '../index';

export function run(): Promise<void> {
  return runSuites(__dirname);
}
