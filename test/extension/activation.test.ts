import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import { ENGINE_NAMES, ENGINE_SEEDING } from '../../src/core/engineNames';
import { ENGINES } from '../../src/core/engines';
import { CommandId } from '../../src/extension/commandId';
import { installVscodeStub, memento } from '../stubVscode';

const ROOT = path.resolve(__dirname, '../../..');

/**
 * Every module dist/extension.js (what activation loads on the desktop) is made of. dist/commands.js
 * has its own copy of those it uses too, so none may keep state of its own, except the settings
 * problems already shown, which commandTable.ts hands over (adoptHostState). Adding a module here
 * means checking that.
 */
const ACTIVATION_MODULES = [
  'src/core/engineNames.ts',
  'src/core/format/numberFormat.ts',
  'src/core/layout/literalStyles.ts',
  'src/core/seedText.ts',
  'src/extension/commandId.ts',
  'src/extension/extension.ts',
  'src/extension/inlineValues/registerInlineValues.ts',
  'src/extension/lazyCommands.ts',
  'src/extension/plain/config.ts',
  'src/extension/plain/menuArgs.ts',
  'src/extension/vscode/memory.ts',
  'src/extension/vscode/settings.ts',
  'src/extension/vscode/statusBar.ts',
];

suite('extension: activation loads no core', () => {
  test('the names and lists activation uses agree with the core', () => {
    assert.deepStrictEqual(ENGINE_NAMES, Object.keys(ENGINES));
    for (const name of ENGINE_NAMES) assert.strictEqual(ENGINE_SEEDING[name], ENGINES[name].seeding, name);
  });

  test('dist/extension.js is made of the activation modules only; the commands are in dist/commands.js', async function () {
    this.timeout(60000);
    const esbuild = require(require.resolve('esbuild', { paths: [ROOT] }));
    const { bundles } = require(path.join(ROOT, 'esbuild.js'));
    const inputsOf = async (outfile: string) => {
      const options = bundles().find((b: { outfile: string }) => b.outfile === outfile);
      const r = await esbuild.build({ ...options, absWorkingDir: ROOT, write: false, metafile: true, logLevel: 'silent' });
      return Object.keys(r.metafile.inputs).sort();
    };
    assert.deepStrictEqual(await inputsOf('dist/extension.js'), ACTIVATION_MODULES);
    const commands = await inputsOf('dist/commands.js');
    for (const m of ['src/extension/commandTable.ts', 'src/core/engines.ts', 'src/core/run.ts', 'src/extension/plain/describeError.ts']) assert.ok(commands.includes(m), m);
    const web = await inputsOf('dist/web/extension.js');
    for (const m of [...ACTIVATION_MODULES, ...commands]) assert.ok(web.includes(m), `the web bundle has ${m}`);
  });

  test('.vscodeignore ships every bundle', () => {
    const lines = fs.readFileSync(path.join(ROOT, '.vscodeignore'), 'utf8').split(/\r?\n/);
    for (const f of ['dist/extension.js', 'dist/commands.js', 'dist/web/extension.js']) assert.ok(lines.includes(`!${f}`), f);
  });

  for (const bundle of ['dist/extension.js', 'dist/web/extension.js']) {
    test(`${bundle}: activation registers every command; the first command loads the rest; a bad setting warns once`, async function () {
      const file = path.join(ROOT, bundle);
      if (!fs.existsSync(file)) this.skip(); // built by `npm test` / `npm run build`
      const commandsFile = path.join(ROOT, 'dist/commands.js');
      const stub = installVscodeStub({ format: 'bogus' });
      const state = memento();
      let broken = false;
      const workspaceState = { ...state, get: (key: string) => (broken ? (() => { throw new Error('disk on fire'); })() : state.get(key)) };
      try {
        const ext = require(file) as { activate(context: unknown): void };
        ext.activate({ subscriptions: [], workspaceState });
        assert.deepStrictEqual([...stub.handlers.keys()].sort(), Object.values(CommandId).sort());
        assert.strictEqual(require.cache[commandsFile], undefined, 'dist/commands.js is not loaded at activation');
        assert.deepStrictEqual(stub.warnings.length, 1, stub.warnings.join('\n')); // the status bar read the settings
        assert.match(stub.warnings[0], /seededRandom\.format is "bogus"/);
        assert.deepStrictEqual(stub.unstubbed, [], 'activation touched only what the stub provides');

        // Generate reads the settings (in the commands' copy of settings.ts) before it refuses the seed.
        const r = (await stub.handlers.get(CommandId.GenerateDocument)!({ engine: 'numpy', seed: 'not a seed', call: 'random()', count: 1 })) as { ok: boolean; reason: string };
        assert.deepStrictEqual([r.ok, r.reason], [false, 'badInput']);
        assert.match(stub.errors[0], /TypeError: Cannot cast scalar/); // the core's PyError, worded as Python does
        if (bundle === 'dist/extension.js') assert.ok(require.cache[commandsFile], 'the first command loaded dist/commands.js');
        assert.strictEqual(stub.warnings.length, 1, `the bad setting is reported once: ${stub.warnings.join('\n')}`);

        const wizard = (await stub.handlers.get(CommandId.WizardStep)!()) as { ok: boolean; step: number };
        assert.deepStrictEqual(wizard, { ok: true, step: 0 });

        // An unexpected failure is still caught by `guarded` and shown once.
        broken = true;
        const consoleError = console.error;
        console.error = () => {}; // guarded logs it too
        const failed = await stub.handlers.get(CommandId.RepeatLast)!().finally(() => (console.error = consoleError));
        assert.deepStrictEqual(failed, { ok: false, reason: 'error', message: 'Seeded Random: seededRandom.repeatLast failed: disk on fire' });
        assert.deepStrictEqual(stub.errors.slice(1), ['Seeded Random: seededRandom.repeatLast failed: disk on fire']);
      } finally {
        stub.uninstall();
        delete require.cache[file];
        delete require.cache[commandsFile];
      }
    });
  }
});
