import * as assert from 'assert';
import { execFileSync } from 'child_process';
import * as fs from 'fs';
import * as path from 'path';
import { shellQuote } from '../../src/core/code/shellQuote';
import { MAX_SEED_CHARS } from '../../src/core/seedText';
import { PREVIEW_BUDGET, PREVIEW_SKIPPED } from '../../src/core/layout/previewBudget';
import { readConfig, statusTooltip } from '../../src/extension/plain/config';
import { generatePreview } from '../../src/extension/plain/generatePlan';
import { previewDraw } from '../../src/extension/plain/preview';


const ROOT = path.resolve(__dirname, '../../..');

suite('hostile settings: the extension shell', () => {
  test('the status bar tooltip puts the seed in as typed: $`, $&, $\' are not replacement patterns', () => {
    for (const seed of ['$`', "$'", '$&', '$$', '$1']) {
      assert.strictEqual(statusTooltip('np.random.seed(s)', seed, 'restart'), `Seeded Random: np.random.seed(${seed}), sequence restart. Click to set the seed.`);
    }
    const long = statusTooltip('random.seed(s)', 'x'.repeat(MAX_SEED_CHARS), 'continue');
    assert.ok(long.length < 300, `${long.length} characters`);
  });

  test('a seed setting beyond the cap, or of the wrong type, is reported in one short line', () => {
    const { config, problems } = readConfig((k) => (k === 'seed' ? 'y'.repeat(MAX_SEED_CHARS + 1) : undefined));
    assert.strictEqual(config.seed, '0');
    assert.strictEqual(problems.length, 1);
    assert.ok(problems[0].message.length < 300, problems[0].message.slice(0, 300));
    assert.match(problems[0].message, /262,145 characters long; a seed holds at most 262,144\. Using the default\.$/);
    const typed = readConfig((k) => (k === 'seed' ? [1, 2] : k === 'engine' ? 'z'.repeat(10_000) : undefined));
    assert.match(typed.problems[0].message, /^seededRandom\.seed is \[1,2\]; expected an integer or a non-empty string\. Using the default\.$/);
    assert.ok(typed.problems[1].message.length < 300);
  });

  test('shellQuote: what the "too large for a document" suggestion runs in sh is exactly the text (no $(…), backticks)', function () {
    const marker = path.join(fs.mkdtempSync('/tmp/sr-quote-'), 'ran');
    const texts = [`$(touch ${marker})`, `\`touch ${marker}\``, `'; touch ${marker}; '`, "it's", 'a\nb', '', '!!', '\\$HOME', '101', 'random()', "choice(['a', 'b'])"];
    for (const t of texts) {
      const echoed = execFileSync('sh', ['-c', `printf '%s' ${shellQuote(t)}`], { encoding: 'utf8' });
      assert.strictEqual(echoed, t);
    }
    assert.ok(!fs.existsSync(marker), 'a quoted argument ran a command');
  });

  test('untrusted workspaces: declared limited, the workspace seed restricted until trusted', () => {
    const pkg = JSON.parse(fs.readFileSync(path.join(ROOT, 'package.json'), 'utf8'));
    const uw = pkg.capabilities.untrustedWorkspaces;
    assert.strictEqual(uw.supported, 'limited');
    assert.deepStrictEqual(uw.restrictedConfigurations, ['seededRandom.seed']);
    for (const key of uw.restrictedConfigurations) assert.ok(pkg.contributes.configuration.properties[key] ?? pkg.contributes.configuration.find?.((c: any) => c.properties?.[key]), key);
  });

  test('previews do not run calls beyond the budget: "preview skipped (large call)"; errors still show; small calls preview', () => {
    const req = (engine: 'numpy' | 'numpy-generator' | 'python', call: string, count = 1) =>
      ({ engine, seed: '1', call, count, fill: 'each' as const, format: { style: 'repr' as const }, arrays: 'lines' as const, eol: '\n' });
    for (const [engine, call] of [
      ['numpy', 'permutation(10000000)'],
      ['numpy', 'random(size=10000000)'],
      ['numpy', 'choice(100000000, 5, replace=False)'],
      ['numpy-generator', 'permutation(10000000)'],
      ['python', 'choices([1, 2], k=1000000)'],
    ] as const) {
      assert.strictEqual(previewDraw(req(engine, call), 80), PREVIEW_SKIPPED, `${engine} ${call}`);
      assert.strictEqual(generatePreview({ engine, seed: '1', call, format: { style: 'repr' } }), PREVIEW_SKIPPED, `${engine} ${call}`);
    }
    // 8 selections of a call of budget / 4 values: over the budget in all
    assert.strictEqual(previewDraw(req('numpy', `random(size=${PREVIEW_BUDGET / 4})`, 8), 80), PREVIEW_SKIPPED);
    assert.match(previewDraw(req('numpy', 'randint(1, 10, size=3)', 2), 80), /^\[/);
    assert.throws(() => previewDraw(req('numpy', 'randint(5, 1, size=10000000)'), 80), /low >= high|high <= low/);
    assert.throws(() => previewDraw({ ...req('numpy', 'random(size=10000000)'), seed: '-1' }, 80), /Seed must be between/);
  });
});
