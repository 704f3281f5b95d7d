import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';

/**
 * The README documents what package.json contributes: every setting has a row in its Settings
 * table and every command that a user sees (not the internal ones hidden from the palette) is
 * named in it, so the docs cannot fall behind the manifest.
 */
const root = path.join(__dirname, '..', '..', '..');
const manifest = JSON.parse(fs.readFileSync(path.join(root, 'package.json'), 'utf8'));
const readme = fs.readFileSync(path.join(root, 'README.md'), 'utf8');

suite('README follows package.json', () => {
  test('every setting has a row in the Settings table', () => {
    const table = readme.slice(readme.indexOf('### Settings'));
    const rows = new Set([...table.matchAll(/^\| `(seededRandom\.[\w.]+)` \|/gm)].map((m) => m[1]));
    const settings = Object.keys(manifest.contributes.configuration.properties);
    assert.ok(settings.length > 5, 'the manifest lists its settings');
    assert.deepStrictEqual(settings.filter((k) => !rows.has(k)), []);
  });

  test('every command a user sees is named', () => {
    const hidden = new Set(
      (manifest.contributes.menus?.commandPalette ?? []).filter((m: { when?: string }) => m.when === 'false').map((m: { command: string }) => m.command),
    );
    const visible = manifest.contributes.commands.map((c: { command: string }) => c.command).filter((c: string) => !hidden.has(c));
    assert.ok(visible.length > 5, 'the manifest lists its commands');
    assert.deepStrictEqual(visible.filter((c: string) => !readme.includes(c)), []);
  });
});
