import * as assert from 'assert';
import { expected, values } from '../expected';
import { editorText, openFile, openWorkbench, quickInput, quickMessage, runFromPalette, waitForEditorText, type Workbench } from './workbench';
import type { Locator, Page } from 'playwright-core';

/** A notebook with one empty Python code cell (nbformat 4), opened by VS Code's built-in notebook editor. */
const NOTEBOOK = JSON.stringify({
  cells: [{ cell_type: 'code', execution_count: null, id: 'c1', metadata: {}, outputs: [], source: ['x = '] }],
  metadata: { kernelspec: { display_name: 'Python 3', language: 'python', name: 'python3' }, language_info: { name: 'python' } },
  nbformat: 4,
  nbformat_minor: 5,
});

/** Every item of the editor context submenu (and palette title, after "Seeded Random: "), and how a person answers its prompt. */
const ITEMS: { title: string; answer: (page: Page) => Promise<void> }[] = [
  { title: 'Insert Random Values…', answer: insertRandint },
  { title: 'Repeat Last Insertion', answer: async () => undefined },
  { title: 'Set Workspace Seed…', answer: (page) => typeSeed(page, SEED) },
  { title: 'New Random Seed', answer: (page) => toast(page, 'seed set to') },
  { title: 'Select Engine…', answer: (page) => pick(page, 'numpy-generator', 'numpy') },
  { title: 'Reset Sequence', answer: (page) => toast(page, 'the sequence restarts') },
  { title: 'Shuffle Lines', answer: async () => undefined },
  { title: 'Sample Lines…', answer: (page) => escapeWhen(page, quickMessage(page).filter({ hasText: 'k lines of' })) },
  { title: 'Split Lines into Train/Test…', answer: (page) => escapeWhen(page, quickMessage(page).filter({ hasText: 'test_size for' })) },
  { title: 'Generate into a New Document…', answer: (page) => escapeWhen(page, quickMessage(page).filter({ hasText: 'Starts with:' })) },
  { title: 'Copy Reproducing Code', answer: (page) => toast(page, 'copied the Python') },
];

const SEED = expected('numpy-ui-3').seed;

/** Insert: keep the seed, pick randint, type its parameters (one cursor: the first of NumPy's values). */
async function insertRandint(page: Page): Promise<void> {
  await quickMessage(page).filter({ hasText: 'np.random.seed' }).waitFor();
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
}

async function typeSeed(page: Page, seed: string): Promise<void> {
  await quickMessage(page).filter({ hasText: 'Seed for' }).waitFor();
  await page.keyboard.press('Control+A');
  await page.keyboard.type(seed);
  await page.keyboard.press('Enter');
  await page.locator('.statusbar-item', { hasText: `· ${seed}` }).first().waitFor();
}

/** Pick `first`, then run the command again from the palette and pick `then` (leaves the engine as it was). */
async function pick(page: Page, first: string, then: string): Promise<void> {
  for (const engine of [first, then]) {
    if (engine === then) await runFromPalette(page, 'Seeded Random: Select Engine');
    await page.locator('.quick-input-list .monaco-list-row', { hasText: engine }).first().waitFor();
    await quickInput(page).fill(engine);
    await page.locator('.quick-input-list .monaco-list-row.focused', { hasText: engine }).waitFor();
    await page.keyboard.press('Enter');
    await page.locator('.statusbar-item', { hasText: `${engine} · ` }).first().waitFor();
  }
}

async function toast(page: Page, text: string): Promise<void> {
  await page.locator('.notification-toast', { hasText: text }).first().waitFor();
}

/** Cancel a prompt once it is shown (running the command is what is checked, not the prompt's flow). */
async function escapeWhen(page: Page, shown: Locator): Promise<void> {
  await shown.waitFor();
  await page.keyboard.press('Escape');
  await quickInput(page).waitFor({ state: 'hidden' });
}

/** The error notifications on screen (VS Code's toasts with an error icon), as their texts. */
async function errors(page: Page): Promise<string[]> {
  return page.locator('.notification-toast', { has: page.locator('.codicon-error') }).allInnerTexts();
}

/** Right-click the editor → Seeded Random → `title`. */
async function clickContextItem(page: Page, editor: Locator, title: string): Promise<void> {
  await editor.locator('.view-lines').click({ button: 'right' });
  const submenu = page.locator('.monaco-menu .action-item', { hasText: 'Seeded Random' }).first();
  await submenu.waitFor();
  await submenu.hover();
  const item = page.locator('.monaco-menu .action-item', { hasText: title }).last();
  await item.waitFor();
  await item.click();
}

/** The places a person reaches the commands from: each returns the editor whose text is checked, with the cursor after `= `. */
const PLACES: { name: string; open: (wb: Workbench) => Promise<{ editor: Locator; line: string }> }[] = [
  {
    name: 'a saved .py file',
    open: async (wb) => {
      const editor = await openFile(wb.page, 'trial.py');
      await editor.locator('.view-lines').click();
      await wb.page.keyboard.press('Control+End');
      return { editor, line: 't =' };
    },
  },
  {
    name: 'an untitled document',
    open: async (wb) => {
      await runFromPalette(wb.page, 'File: New Untitled Text File');
      const editor = wb.page.locator('.editor-instance .monaco-editor').first();
      await editor.locator('.view-lines').waitFor();
      await wb.page.keyboard.type('u = ');
      return { editor, line: 'u =' };
    },
  },
  {
    name: 'a notebook cell (.ipynb in the notebook editor)',
    open: async (wb) => {
      const { page } = wb;
      await page.keyboard.press('Control+P');
      await quickInput(page).fill('nb.ipynb');
      await page.locator('.quick-input-list .monaco-list-row', { hasText: 'nb.ipynb' }).first().waitFor();
      await page.keyboard.press('Enter');
      const editor = page.locator('.notebook-editor .cell-editor-container .monaco-editor').first();
      await editor.locator('.view-lines').waitFor({ timeout: 60000 });
      await editor.locator('.view-lines').click();
      await page.keyboard.press('Control+End');
      return { editor, line: 'x =' };
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

  for (const place of PLACES) {
    for (const how of ['context menu', 'palette'] as const) {
      test(`${place.name}: every item from the ${how}; no error notification; the inserted value is NumPy's`, async () => {
        const { page } = wb;
        const { editor, line } = await place.open(wb);
        const want = `${line} ${values('numpy-ui-3')[0]}`;
        for (const item of ITEMS) {
          if (how === 'context menu') await clickContextItem(page, editor, item.title);
          else {
            await editor.locator('.view-lines').click();
            await page.keyboard.press('Control+End');
            await runFromPalette(page, `Seeded Random: ${item.title.replace(/…$/, '')}`);
          }
          await item.answer(page);
          if (item.title === 'Insert Random Values…' || item.title === 'Repeat Last Insertion') {
            await waitForEditorText(page, want);
            assert.ok((await editorText(editor)).includes(want), `${item.title}: ${await editorText(editor)}`);
            // undo, so the next insertion lands after "= " again
            await page.keyboard.press('Control+Z');
          }
          if (item.title === 'New Random Seed') {
            await runFromPalette(page, 'Seeded Random: Set Workspace Seed');
            await typeSeed(page, SEED);
          }
          const shown = await errors(page);
          assert.deepStrictEqual(shown, [], `${item.title} from the ${how} in ${place.name}`);
        }
        await runFromPalette(page, 'Notifications: Clear All Notifications');
        await runFromPalette(page, 'View: Revert and Close Editor');
      });
    }
  }
});
