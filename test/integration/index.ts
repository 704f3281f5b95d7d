// The extension-tests entry VS Code loads (`extensionTestsPath`): the same file serves code-server
// (scripts/vscode/run-integration.js) and @vscode/test-electron (scripts/vscode/run-electron.js).
import * as fs from 'fs';
import * as path from 'path';
import Mocha = require('mocha');

export function run(): Promise<void> {
  return runSuites(path.join(__dirname, 'suite'));
}

/** Run every `*.test.js` in `dir` with mocha (tdd) and report the counts on one line for the runner. */
export function runSuites(dir: string): Promise<void> {
  // SEEDED_RANDOM_GREP (inherited through code-server by the extension host) runs only matching tests
  const mocha = new Mocha({ ui: 'tdd', reporter: 'spec', color: false, timeout: 30000, grep: process.env.SEEDED_RANDOM_GREP || undefined });
  for (const f of fs.readdirSync(dir).filter((f) => f.endsWith('.test.js')).sort()) mocha.addFile(path.join(dir, f));
  return new Promise((resolve, reject) => {
    const runner = mocha.run((failures) => {
      const { passes, failures: failed, pending } = runner.stats!;
      // One machine-readable line for the runner's totals (it is not echoed).
      console.log(`[[integration-counts]] ${JSON.stringify({ passed: passes, failed, pending })}`);
      if (failures > 0) reject(new Error(`${failures} integration tests failed`));
      else resolve();
    });
  });
}
