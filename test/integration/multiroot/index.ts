// extensionTestsPath for the multi-root window (scripts/vscode/run-integration.js opens a
// .code-workspace with two folders): runs the tests in this folder.
import { runSuites } from '../index';

export function run(): Promise<void> {
  return runSuites(__dirname);
}
