import * as assert from 'assert';
import { execFileSync } from 'child_process';
import * as fs from 'fs';
import * as path from 'path';
import { shellQuote } from '../../src/core/code/shellQuote';
import { MAX_SEED_CHARS } from '../../src/core/seedText';
import { readConfig, statusTooltip } from '../../src/extension/plain/config';


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
});
