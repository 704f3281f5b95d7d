import * as assert from 'assert';
import { expected } from '../expected';
import { openWorkbench, quickInput, screenshot, type Workbench } from './workbench';

/** The page's DOM, as far as these page functions use it (they run in chromium, not here). */
declare const document: { querySelectorAll(selector: string): ArrayLike<{ innerText: string }> };

/** The text of every cell editor of the notebook (inlay hints are rendered into the lines). */
const cellTexts = () =>
  Array.from(document.querySelectorAll('.notebook-editor .view-lines'))
    .map((e) => e.innerText)
    .join('\n')
    .replace(/\u00a0/g, ' ');

/**
 * A person opens a notebook in the real workbench and sees the values of its seeded calls inline,
 * after each call, before running anything (the README's picture of inline values is taken here).
 */
suite('UI: editor — inline values in a notebook', function () {
  this.timeout(180000);
  let wb: Workbench;
  const randint = expected('numpy-randint-size-5'); // np.random.seed(101); randint(1, 10, size=5)
  const gen = expected('generator-integers-4'); // default_rng(1); integers(0, 10) ×4

  suiteSetup(async () => {
    const cells = [
      { cell_type: 'markdown', metadata: {}, source: ['# Seeded draws, before running anything'] },
      { cell_type: 'code', metadata: {}, outputs: [], execution_count: null, source: ['import numpy as np\n', `np.random.seed(${randint.seed})\n`, 'x = np.random.randint(1, 10, size=5)\n', 'u = np.random.random()'] },
      {
        cell_type: 'code',
        metadata: {},
        outputs: [],
        execution_count: null,
        source: [`rng = np.random.default_rng(${gen.seed})\n`, 'a = rng.integers(0, 10)\n', 'for _ in range(3):\n', '    rng.integers(0, 10)\n', 'z = rng.normal(0, 1, size=(2, 3))'],
      },
    ];
    wb = await openWorkbench({ 'explore.ipynb': JSON.stringify({ cells, metadata: { language_info: { name: 'python' } }, nbformat: 4, nbformat_minor: 5 }) });
  });
  suiteTeardown(async () => wb?.close());

  test('the hints show the values after each call, in document order across cells', async () => {
    const { page } = wb;
    await page.keyboard.press('Control+P');
    await quickInput(page).waitFor({ state: 'visible' });
    await quickInput(page).fill('explore.ipynb');
    await page.locator('.quick-input-list .monaco-list-row', { hasText: 'explore.ipynb' }).first().waitFor();
    await page.keyboard.press('Enter');
    const v = gen.values as string[];
    const want = [`→ [${(randint.values as string[]).join(', ')}]`, `→ ${v[0]}`, `→ ${v[1]}, ${v[2]}, ${v[3]} (3 runs)`];
    // page functions are serialised: the helper goes along as source text
    const texts = `(${cellTexts.toString()})()`;
    await page.waitForFunction(`${JSON.stringify(want)}.every((s) => ${texts}.includes(s))`, undefined, { timeout: 60000 });
    const shown = (await page.evaluate(texts)) as string;
    for (const s of want) assert.ok(shown.includes(s), `${s} in\n${shown}`);
    await page.mouse.move(0, 0);
    await screenshot(page, 'inline-values-notebook.png');
  });
});
