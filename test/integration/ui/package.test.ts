import * as assert from 'assert';
import { spawnSync } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { ROOT } from './workbench';

// eslint-disable-next-line @typescript-eslint/no-require-imports
const { CODE_SERVER } = require(path.join(ROOT, 'scripts', 'vscode', 'paths.js'));

suite('Packaging: `npm run package` builds a .vsix that installs', function () {
  this.timeout(180000);

  test('the .vsix installs into a real VS Code (code-server --install-extension) and is listed', () => {
    const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'seeded-random-vsix-'));
    try {
      const vsix = path.join(tmp, 'seeded-random.vsix');
      const build = spawnSync('npm', ['run', 'package', '--', '-o', vsix], { cwd: ROOT, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
      assert.strictEqual(build.status, 0, build.stdout + build.stderr);
      assert.ok(fs.statSync(vsix).size > 10_000);
      const cs = (...args: string[]) =>
        spawnSync(CODE_SERVER, [...args, '--extensions-dir', path.join(tmp, 'ext'), '--user-data-dir', path.join(tmp, 'data'), '--config', path.join(tmp, 'config.yaml')], {
          encoding: 'utf8',
          stdio: ['ignore', 'pipe', 'pipe'],
        });
      const install = cs('--install-extension', vsix);
      assert.strictEqual(install.status, 0, install.stdout + install.stderr);
      const pkg = JSON.parse(fs.readFileSync(path.join(ROOT, 'package.json'), 'utf8'));
      const listed = cs('--list-extensions', '--show-versions');
      assert.match(listed.stdout, new RegExp(`${pkg.publisher}\\.${pkg.name}@${pkg.version.replace(/\./g, '\\.')}`, 'i'));
      const installed = fs.readdirSync(path.join(tmp, 'ext')).find((d) => d.startsWith(`${pkg.publisher}.${pkg.name}`));
      assert.ok(installed, 'installed folder');
      for (const f of ['dist/extension.js', 'dist/web/extension.js', 'package.nls.json', 'package.nls.ru.json', 'media/icon.png']) {
        assert.ok(fs.existsSync(path.join(tmp, 'ext', installed, f)), `${f} is in the package`);
      }
      assert.ok(!fs.existsSync(path.join(tmp, 'ext', installed, 'src')), 'sources are not shipped');
    } finally {
      fs.rmSync(tmp, { recursive: true, force: true });
    }
  });
});
