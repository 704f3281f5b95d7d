import * as assert from 'assert';
import { spawnSync } from 'child_process';
import * as path from 'path';
import { expected, generatedCase, lineCase, values } from '../expected';
import { diskText, openFile, openWorkbench, quickInput, quickMessage, runFromPalette, saveFailure, screenshot, type Workbench } from './workbench';
import type { Locator, Page } from 'playwright-core';

// Every item of the editor context submenu, and every command from the palette, clicked/typed by a
// person in the three places users reach them: a saved .py file, an untitled document and a cell
// of a notebook open in VS Code's notebook editor. Each item's effect is checked against what
// NumPy/Python/scikit-learn give (test/integration/expected.json) or against the settings file.

/** A notebook with one Python code cell (nbformat 4), opened by VS Code's built-in notebook editor. */
const NOTEBOOK = JSON.stringify({
  cells: [{ cell_type: 'code', execution_count: null, id: 'c1', metadata: {}, outputs: [], source: ['x = '] }],
  metadata: { kernelspec: { display_name: 'Python 3', language: 'python', name: 'python3' }, language_info: { name: 'python' } },
  nbformat: 4,
  nbformat_minor: 5,
});

const SEED = expected('numpy-ui-3').seed;
/** Another seed, typed at Set Workspace Seed (then set back). */
const OTHER_SEED = expected('numpy-same-1').seed;
const SHUFFLE = lineCase('lines-everyplace-shuffle');
const SAMPLE = lineCase('lines-everyplace-sample');
const SPLIT = lineCase('lines-everyplace-split');
const GENERATED = generatedCase('generate-everyplace-json') as ReturnType<typeof generatedCase> & { text: string };

/** What one run of the items works with: the page, the editor whose text is checked, and the workspace. */
interface Run {
  page: Page;
  editor: Locator;
  /** The text of the editor's line before an insertion (`t = `: the cursor is after it). */
  line: string;
  workspace: string;
  /** A screenshot to take once the insertion is shown (SEEDED_RANDOM_SCREENSHOTS). */
  shot?: string;
  /** The notebook file the insertion is saved into (Ctrl+S) and checked in, once. */
  notebook?: string;
}

/** Every item of the editor context submenu (the palette titles are "Seeded Random: " + title without "…"), how a person answers its prompt, and its effect, checked. */
const ITEMS: { title: string; run: (r: Run) => Promise<void> }[] = [
  { title: 'Insert Random Values…', run: insertRandint },
  { title: 'Repeat Last Insertion', run: async (r) => expectInsertion(r) },
  { title: 'Set Workspace Seed…', run: async (r) => typeSeed(r, OTHER_SEED) },
  { title: 'New Random Seed', run: newSeed },
  { title: 'Select Engine…', run: selectEngine },
  { title: 'Reset Sequence', run: async (r) => toast(r.page, 'the sequence restarts from the seed') },
  { title: 'Shuffle Lines', run: async (r) => expectLines(r, SHUFFLE.result!) },
  { title: 'Sample Lines…', run: sampleLines },
  { title: 'Split Lines into Train/Test…', run: splitLines },
  { title: 'Generate into a New Document…', run: generate },
  { title: 'Copy Reproducing Code', run: copyCode },
];

/** The items before these act on the `= ` line; these act on lines typed in first (see `beforeItem`). */
const LINE_ITEMS = new Set(['Shuffle Lines', 'Sample Lines…', 'Split Lines into Train/Test…']);

/** Text as compared: the renderer's non-breaking spaces turned back into spaces, each line's trailing spaces dropped. */
const normal = (text: string): string => text.replace(/\u00a0/g, ' ').replace(/ +$/gm, '');

/** Wait until the editor shows `want` (as {@link normal} makes it), else fail with what it shows. */
async function expectText(page: Page, editor: Locator, want: string, what: string): Promise<void> {
  const lines = editor.locator('.view-lines');
  try {
    await page.waitForFunction(
      ([el, t]) => (el as unknown as { innerText: string }).innerText.replace(/\u00a0/g, ' ').replace(/ +$/gm, '') === t,
      [await lines.elementHandle(), normal(want)] as const,
    );
  } catch (e) {
    assert.strictEqual(normal(await lines.innerText()), normal(want), `${what}: ${(e as Error).message}`);
  }
}

/** Insert's or Repeat Last's effect: NumPy's first value of randint(1, 50) for the seed after `= `; then undone, so the next insertion lands there again. */
async function expectInsertion(r: Run): Promise<void> {
  await expectText(r.page, r.editor, `${r.line}${values('numpy-ui-3')[0]}`, 'the inserted value');
  if (r.shot) await screenshot(r.page, r.shot); // the README's picture of a notebook insert
  if (r.notebook) await expectCellSaved(r, `${r.line}${values('numpy-ui-3')[0]}`);
  await r.page.keyboard.press('Control+Z');
  await expectText(r.page, r.editor, r.line, 'undone');
  if (r.notebook) await expectCellSaved(r, r.line);
}

/** Save the notebook (Ctrl+S) and wait until its one cell's source in the .ipynb on disk is `source`. */
async function expectCellSaved(r: Run, source: string): Promise<void> {
  const file = path.join(r.workspace, r.notebook!);
  const cell = (t: string): string | undefined => {
    try {
      const src = JSON.parse(t).cells[0].source;
      return Array.isArray(src) ? src.join('') : src;
    } catch {
      return undefined;
    }
  };
  await r.page.keyboard.press('Control+S');
  const text = await diskText(file, (t) => cell(t) === source, 30000);
  assert.strictEqual(cell(text), source, `the cell saved in ${r.notebook}: ${text}`);
}

/** Insert: keep the seed, pick randint, type its parameters. */
async function insertRandint(r: Run): Promise<void> {
  const { page } = r;
  await quickMessage(page).filter({ hasText: 'np.random.seed' }).waitFor();
  assert.strictEqual(await quickInput(page).inputValue(), SEED);
  await page.keyboard.press('Enter');
  await page.locator('.quick-input-list .monaco-list-row', { hasText: 'randint' }).first().waitFor();
  await page.keyboard.type('randint');
  await page.locator('.quick-input-list .monaco-list-row.focused', { hasText: 'randint(' }).waitFor();
  await page.keyboard.press('Enter');
  await quickMessage(page).filter({ hasText: 'Inserts:' }).waitFor();
  await page.keyboard.type('1, 50');
  await quickMessage(page).filter({ hasText: `Inserts: ${values('numpy-ui-3')[0]}` }).waitFor();
  await page.keyboard.press('Enter');
  await quickInput(page).waitFor({ state: 'hidden' });
  await expectInsertion(r);
}

/** The workspace settings file once `key` has `value` there. */
async function expectSetting(r: Run, key: string, value: unknown): Promise<void> {
  const file = path.join(r.workspace, '.vscode', 'settings.json');
  const has = (t: string) => {
    try {
      return JSON.parse(t)[`seededRandom.${key}`] === value;
    } catch {
      return false;
    }
  };
  const text = await diskText(file, has, 30000);
  assert.ok(has(text), `seededRandom.${key} is not ${JSON.stringify(value)} in ${file}: ${text}`);
}

/** Set Workspace Seed: replace the prefilled seed; shown in the status bar and saved to the workspace settings. */
async function typeSeed(r: Run, seed: string): Promise<void> {
  const { page } = r;
  await quickMessage(page).filter({ hasText: 'Seed for' }).waitFor();
  await page.keyboard.press('Control+A');
  await page.keyboard.type(seed);
  await page.keyboard.press('Enter');
  await page.locator('.statusbar-item', { hasText: `· ${seed}` }).first().waitFor();
  await expectSetting(r, 'seed', Number(seed));
}

/** New Random Seed: the toast names the new seed, which the status bar shows and the settings hold; then the test's seed is set back. */
async function newSeed(r: Run): Promise<void> {
  const { page } = r;
  const shown = page.locator('.notification-toast', { hasText: 'seed set to' }).first();
  await shown.waitFor();
  const seed = /seed set to (\d+)/.exec(await shown.innerText())?.[1];
  assert.ok(seed, await shown.innerText());
  await page.locator('.statusbar-item', { hasText: `· ${seed}` }).first().waitFor();
  await expectSetting(r, 'seed', Number(seed));
  await runFromPalette(page, 'Seeded Random: Set Workspace Seed');
  await typeSeed(r, SEED);
}

/** Select Engine: numpy-generator (status bar, settings), then back to numpy from the palette. */
async function selectEngine(r: Run): Promise<void> {
  const { page } = r;
  for (const engine of ['numpy-generator', 'numpy']) {
    if (engine === 'numpy') await runFromPalette(page, 'Seeded Random: Select Engine');
    await page.locator('.quick-input-list .monaco-list-row', { hasText: engine }).first().waitFor();
    await quickInput(page).fill(engine);
    await page.locator('.quick-input-list .monaco-list-row.focused', { hasText: engine }).waitFor();
    await page.keyboard.press('Enter');
    await page.locator('.statusbar-item', { hasText: `${engine} · ${SEED}` }).first().waitFor();
    await expectSetting(r, 'engine', engine);
  }
}

async function toast(page: Page, text: string): Promise<void> {
  await page.locator('.notification-toast', { hasText: text }).first().waitFor();
}

/** A line command's effect: the lines as Python gives them; then undone. */
async function expectLines(r: Run, lines: string[]): Promise<void> {
  await expectText(r.page, r.editor, lines.join('\n'), 'the lines');
  await r.page.keyboard.press('Control+Z');
  await expectText(r.page, r.editor, SHUFFLE.lines.join('\n'), 'undone');
}

/** Sample Lines: k, validated and described as typed; the lines become NumPy's sample. */
async function sampleLines(r: Run): Promise<void> {
  const { page } = r;
  await quickMessage(page).filter({ hasText: 'k lines of' }).waitFor();
  await page.keyboard.press('Control+A');
  await page.keyboard.type(SAMPLE.k!);
  await page.keyboard.press('Enter');
  await quickInput(page).waitFor({ state: 'hidden' });
  await expectLines(r, SAMPLE.result!);
}

/** The editor of the editor group in focus. */
const activeEditor = (page: Page): Locator => page.locator('.editor-group-container.active .editor-instance .monaco-editor:visible').first();

/** Close the active editor without saving, once its tab `name` is the active one. */
async function closeActive(page: Page, name: string): Promise<void> {
  await page.locator('.tab.active', { hasText: name }).first().waitFor();
  await runFromPalette(page, 'View: Revert and Close Editor');
}

/** Split: test_size typed; two new documents, train and test, as scikit-learn's train_test_split gives them; both closed again. */
async function splitLines(r: Run): Promise<void> {
  const { page } = r;
  await quickMessage(page).filter({ hasText: 'test_size for' }).waitFor();
  await page.keyboard.press('Control+A');
  await page.keyboard.type(SPLIT.test_size!);
  await quickMessage(page).filter({ hasText: `${SPLIT.train!.length} train and ${SPLIT.test!.length} test lines` }).waitFor();
  await page.keyboard.press('Enter');
  await quickInput(page).waitFor({ state: 'hidden' });
  // test opens beside train: the test document is in the active group, train in the other
  await page.locator('.editor-group-container.active .tab.active', { hasText: 'test' }).waitFor();
  await expectText(page, activeEditor(page), SPLIT.test!.join('\n'), 'the test document');
  const trainEditor = page.locator('.editor-group-container:not(.active) .editor-instance .monaco-editor:visible').first();
  await expectText(page, trainEditor, SPLIT.train!.join('\n'), 'the train document');
  const names = await page.locator('.tab').allInnerTexts();
  assert.ok(!names.some((n) => /\.ipynb/.test(n) && /train|test/.test(n)), `a split's documents are not notebooks: ${names.join(' | ')}`);
  await closeActive(page, 'test');
  await closeActive(page, 'train');
}

/** Generate: the call (previewed), the count, the JSON layout; the new document is NumPy's values as Python's json writes them; then closed. */
async function generate(r: Run): Promise<void> {
  const { page } = r;
  await quickMessage(page).filter({ hasText: 'Starts with:' }).waitFor();
  await page.keyboard.press('Control+A');
  await page.keyboard.type(GENERATED.call);
  await quickMessage(page).filter({ hasText: `Starts with: ${GENERATED.head.join(', ')}` }).waitFor();
  await page.keyboard.press('Enter');
  await quickMessage(page).filter({ hasText: 'calls of' }).waitFor();
  await page.keyboard.press('Control+A');
  await page.keyboard.type(String(GENERATED.n));
  await quickMessage(page).filter({ hasText: `${GENERATED.n} calls of ${GENERATED.call}` }).waitFor();
  await page.keyboard.press('Enter');
  await page.locator('.quick-input-list .monaco-list-row', { hasText: 'JSON array' }).waitFor();
  await quickInput(page).fill('JSON');
  await page.locator('.quick-input-list .monaco-list-row.focused', { hasText: 'JSON array' }).waitFor();
  await page.keyboard.press('Enter');
  await page.locator('.tab.active', { hasText: 'random' }).first().waitFor();
  await expectText(page, activeEditor(page), GENERATED.text.replace(/\n$/, ''), 'the generated document');
  await closeActive(page, 'random');
}

/** Copy Reproducing Code (the last operation is the generation): the clipboard's Python, run, prints NumPy's values (when python3 is here). */
async function copyCode(r: Run): Promise<void> {
  const { page } = r;
  await toast(page, 'copied the Python');
  const code = await page.evaluate(() => (globalThis as unknown as { navigator: { clipboard: { readText(): Promise<string> } } }).navigator.clipboard.readText());
  assert.match(code, new RegExp(`np\\.random\\.seed\\(${SEED}\\)`), code);
  assert.ok(code.includes(GENERATED.call), code);
  const py = spawnSync('python3', ['-c', code], { encoding: 'utf8' });
  if (py.error) return; // no python3 here: the live part is skipped
  assert.strictEqual(py.status, 0, py.stderr);
  assert.deepStrictEqual(py.stdout.trim().split('\n'), JSON.parse(GENERATED.text).map(String));
}

/** The error notifications on screen (VS Code's toasts with an error icon), as their texts. */
async function errors(page: Page): Promise<string[]> {
  return page.locator('.notification-toast', { has: page.locator('.codicon-error') }).allInnerTexts();
}

/**
 * Right-click the editor → Seeded Random → `title`. VS Code's menu items take clicks only once
 * their mouse-up listener is attached, 100 ms after the item is rendered (a RunOnceScheduler in
 * vs/base/browser/ui/menu/menu.ts): clicked sooner, the click is dropped and the menu stays open.
 * So once the item is shown, a timer of the page's own that was started after the menu's (and so
 * runs after it) is awaited, then the item is clicked, and the menu must close.
 */
async function clickContextItem(page: Page, editor: Locator, title: string, shot?: string): Promise<void> {
  await editor.locator('.view-lines').click({ button: 'right' });
  const submenu = page.locator('.monaco-menu .action-item', { hasText: 'Seeded Random' }).first();
  await submenu.waitFor();
  await submenu.hover();
  const item = page.locator('.monaco-menu .action-item', { hasText: title }).last();
  await item.waitFor();
  await page.evaluate(() => new Promise((resolve) => setTimeout(resolve, 100)));
  if (shot) await screenshot(page, shot); // the README's picture of the menu (SEEDED_RANDOM_SCREENSHOTS)
  await item.click();
  await page.locator('.monaco-menu').first().waitFor({ state: 'detached' });
}

/** Put the cursor at the end of the editor's text, the editor focused. */
async function focusEnd(page: Page, editor: Locator): Promise<void> {
  await editor.locator('.view-lines').click();
  await page.keyboard.press('Control+End');
}

/** The places a person reaches the commands from: each opens its editor and returns it with the `= ` line the cursor ends. */
const PLACES: { name: string; open: (wb: Workbench) => Promise<{ editor: Locator; line: string }> }[] = [
  {
    name: 'a saved .py file',
    open: async (wb) => {
      const editor = await openFile(wb.page, 'trial.py');
      await focusEnd(wb.page, editor);
      return { editor, line: 't = ' };
    },
  },
  {
    name: 'an untitled document',
    open: async (wb) => {
      const { page } = wb;
      await runFromPalette(page, 'File: New Untitled Text File');
      await page.locator('.tab.active', { hasText: 'Untitled' }).waitFor();
      const editor = activeEditor(page);
      await editor.locator('.view-lines').waitFor();
      await focusEnd(page, editor);
      await page.keyboard.type('u = ');
      await expectText(page, editor, 'u = ', 'typed');
      return { editor, line: 'u = ' };
    },
  },
  {
    name: 'a notebook cell (.ipynb in the notebook editor)',
    open: async (wb) => {
      const { page } = wb;
      const editor = await openFile(page, 'nb.ipynb');
      await expectText(page, editor, 'x = ', 'the cell');
      await focusEnd(page, editor);
      return { editor, line: 'x = ' };
    },
  },
];

suite('UI: every command from the editor context menu and the palette, in a file, an untitled document and a notebook cell', function () {
  this.timeout(600000);
  let wb: Workbench;

  suiteSetup(async () => {
    wb = await openWorkbench({ 'trial.py': 't = ', 'nb.ipynb': NOTEBOOK, '.vscode/settings.json': JSON.stringify({ 'seededRandom.seed': Number(SEED) }) });
  });
  suiteTeardown(async () => wb?.close());
  teardown(async function () {
    if (this.currentTest?.state === 'failed' && wb) await saveFailure(wb.page, this.currentTest.title);
  });

  for (const place of PLACES) {
    for (const how of ['context menu', 'palette'] as const) {
      test(`${place.name}: every item from the ${how}, each with its effect; no error notification`, async () => {
        const { page } = wb;
        const { editor, line } = await place.open(wb);
        const inCell = place === PLACES[2];
        const r: Run = { page, editor, line, workspace: wb.workspace, shot: inCell && how === 'palette' ? 'notebook-insert.png' : undefined, notebook: inCell ? 'nb.ipynb' : undefined };
        for (const item of ITEMS) {
          if (item.title === 'Shuffle Lines') {
            // the line commands work on lines typed in place of the `= ` line
            await focusEnd(page, editor);
            await page.keyboard.press('Control+A');
            await page.keyboard.insertText(SHUFFLE.lines.join('\n'));
            await expectText(page, editor, SHUFFLE.lines.join('\n'), 'typed lines');
          }
          try {
            if (how === 'context menu') await clickContextItem(page, editor, item.title, item === ITEMS[0] && place === PLACES[0] ? 'context-menu.png' : undefined);
            else {
              await focusEnd(page, editor);
              await runFromPalette(page, `Seeded Random: ${item.title.replace(/…$/, '')}`);
            }
            await item.run(r);
            if (item === ITEMS[0]) {
              r.shot = undefined;
              r.notebook = undefined;
            }
          } catch (e) {
            (e as Error).message = `${item.title} from the ${how} in ${place.name}: ${(e as Error).message}`;
            throw e;
          }
          assert.deepStrictEqual(await errors(page), [], `${item.title} from the ${how} in ${place.name}`);
          if (LINE_ITEMS.has(item.title) || item.title === 'Generate into a New Document…') await focusEnd(page, editor);
        }
        await runFromPalette(page, 'Notifications: Clear All Notifications');
        await runFromPalette(page, 'View: Revert and Close Editor');
      });
    }
  }
});
