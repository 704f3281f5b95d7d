// extensionTestsPath for a window with no folder open (scripts/vscode/run-integration.js `nofolder`).
import { runSuites } from '../index';

export function run(): Promise<void> {
  return runSuites(__dirname);
}
