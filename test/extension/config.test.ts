import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import { CommandId, INTERNAL_PREFIX } from '../../src/extension/commandId';
import { CONFIG_DEFAULTS, CONFIG_KEYS, CONFIG_SECTION, readConfig, seedSettingValue, seedTarget } from '../../src/extension/plain/config';

const ROOT = path.resolve(__dirname, '../../..');
const pkg = JSON.parse(fs.readFileSync(path.join(ROOT, 'package.json'), 'utf8'));
const nls = (lang: string) => JSON.parse(fs.readFileSync(path.join(ROOT, lang ? `package.nls.${lang}.json` : 'package.nls.json'), 'utf8'));

suite('extension: settings', () => {
  test('validated on read: bad values fall back to the default and are reported', () => {
    const raw: Record<string, unknown> = { seed: 101, engine: 'torch', sequence: 'continue', format: '.2f', fill: 3 };
    const { config, problems } = readConfig((k) => raw[k]);
    assert.strictEqual(config.seed, '101');
    assert.strictEqual(config.engine, CONFIG_DEFAULTS.engine);
    assert.strictEqual(config.sequence, 'continue');
    assert.deepStrictEqual(config.format, { style: 'fixed', decimals: 2 });
    assert.strictEqual(config.fill, CONFIG_DEFAULTS.fill);
    assert.deepStrictEqual(problems.map((p) => p.key), ['engine', 'fill']);
    assert.match(problems[0].message, /seededRandom\.engine is "torch"/);
  });

  test('seeds are stored as JSON numbers only when JSON keeps them exactly', () => {
    assert.strictEqual(seedSettingValue('101'), 101);
    assert.strictEqual(seedSettingValue(' 0 '), 0);
    assert.strictEqual(seedSettingValue('18446744073709551616'), '18446744073709551616');
    assert.strictEqual(seedSettingValue('007'), '007');
    assert.strictEqual(seedSettingValue('[1, 2]'), '[1, 2]');
    assert.strictEqual(seedSettingValue("'abc'"), "'abc'");
  });

  test('where the seed is saved', () => {
    assert.strictEqual(seedTarget({ folderOpen: false, multiRoot: false, folderHasValue: false }), 'user');
    assert.strictEqual(seedTarget({ folderOpen: true, multiRoot: false, folderHasValue: false }), 'workspace');
    assert.strictEqual(seedTarget({ folderOpen: true, multiRoot: true, folderHasValue: false }), 'workspace');
    assert.strictEqual(seedTarget({ folderOpen: true, multiRoot: true, folderHasValue: true }), 'folder');
  });

  test('package.json declares exactly the typed keys, with the same defaults and a scope each', () => {
    const props = pkg.contributes.configuration.properties as Record<string, { default: unknown; scope?: string }>;
    assert.deepStrictEqual(Object.keys(props).sort(), CONFIG_KEYS.map((k) => `${CONFIG_SECTION}.${k}`).sort());
    for (const key of CONFIG_KEYS) {
      const p = props[`${CONFIG_SECTION}.${key}`];
      assert.ok(p.scope, `${key} has a scope`);
      const { config, problems } = readConfig((k) => (k === key ? p.default : undefined));
      assert.deepStrictEqual(problems, [], `${key}: package.json default is valid`);
      assert.deepStrictEqual(config[key], CONFIG_DEFAULTS[key], `${key}: same default`);
    }
  });
});

suite('extension: package.json contributions', () => {
  const commands = pkg.contributes.commands as { command: string; title: string; category: string }[];

  test('every public command id in the enum is contributed, and nothing else; internal ones are not', () => {
    const ids = Object.values(CommandId) as string[];
    assert.deepStrictEqual(commands.map((c) => c.command).sort(), ids.filter((id) => !id.startsWith(INTERNAL_PREFIX)).sort());
    assert.ok(ids.some((id) => id.startsWith(INTERNAL_PREFIX)));
  });

  test('every command has a category and localized titles (English and Russian)', () => {
    const en = nls('');
    const ru = nls('ru');
    assert.deepStrictEqual(Object.keys(ru).sort(), Object.keys(en).sort(), 'same keys in both languages');
    const text = JSON.stringify(pkg);
    for (const m of text.matchAll(/"%([^%"]+)%"/g)) assert.ok(m[1] in en, `package.nls.json has ${m[1]}`);
    for (const c of commands) {
      assert.strictEqual(c.category, '%category%');
      assert.match(c.title, /^%.+%$/);
    }
  });

  test('activation, entries and capabilities', () => {
    assert.ok(!(pkg.activationEvents ?? []).includes('*'), 'no "*" activation');
    assert.strictEqual(pkg.main, './dist/extension.js');
    assert.strictEqual(pkg.browser, './dist/web/extension.js');
    assert.ok(pkg.capabilities.untrustedWorkspaces);
    assert.ok('virtualWorkspaces' in pkg.capabilities);
    assert.ok(fs.existsSync(path.join(ROOT, pkg.icon)), 'icon exists');
  });

  test('editing commands are hidden where no editable text editor is active', () => {
    // The palette's context is the palette's own focus, so it uses the active-editor keys, not editorTextFocus;
    // no editor-pane id, which would hide the commands in untitled documents and notebook cells.
    const palette = pkg.contributes.menus.commandPalette as { command: string; when: string }[];
    for (const id of [CommandId.Insert, CommandId.RepeatLast, CommandId.ShuffleLines, CommandId.SampleLines]) {
      assert.strictEqual(palette.find((e) => e.command === id)?.when, 'editorIsOpen && !activeEditorIsReadonly', id);
    }
    for (const e of palette) assert.ok(!/activeEditor ==|editorTextFocus/.test(e.when), e.command);
    const context = pkg.contributes.menus['editor/context'] as { submenu: string }[];
    assert.ok(context.some((e) => e.submenu === 'seededRandom.editorContext'));
    const submenu = pkg.contributes.menus['seededRandom.editorContext'] as { command: string; when?: string }[];
    for (const id of [CommandId.Insert, CommandId.RepeatLast]) assert.strictEqual(submenu.find((e) => e.command === id)?.when, '!editorReadonly');
  });
});
