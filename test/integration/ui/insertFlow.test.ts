import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import { expected, values } from '../expected';
import { diskText, editorText, focusedRow, openFile, openWorkbench, quickInput, quickMessage, runFromPalette, screenshot, waitForCursors, waitForEditorText, waitForNoEditor, type Workbench } from './workbench';

const KEYBINDINGS = [
  { key: 'ctrl+alt+r', command: 'seededRandom.insert', args: { call: 'randint(1, 100)', seed: 7 }, when: 'editorTextFocus' },
];

suite('UI: a person drives the real workbench (code-server + chromium)', function () {
  this.timeout(120000);
  let wb: Workbench;

  suiteSetup(async () => {
    wb = await openWorkbench({ 'data.py': 'a = \nb = \nc = ', 'keys.py': 'n = ' }, KEYBINDINGS);
  });
  suiteTeardown(async () => wb?.close());

  test('Insert Random Values…: type the seed, pick randint, edit its parameters; values in document order', async () => {
    const { page } = wb;
    const want = values('numpy-ui-3');
    const c = expected('numpy-ui-3');
    const editor = await openFile(page, 'data.py');
    // cursors at the ends of lines 3, 1, 2 — in that (creation) order
    const lines = editor.locator('.view-line');
    await lines.nth(2).click({ position: { x: 300, y: 5 } });
    await lines.nth(0).click({ position: { x: 300, y: 5 }, modifiers: ['Alt'] });
    await lines.nth(1).click({ position: { x: 300, y: 5 }, modifiers: ['Alt'] });
    await waitForCursors(page, 3);

    await runFromPalette(page, 'Seeded Random: Insert Random Values');
    // 1. the seed, prefilled with the workspace seed; a new one is typed
    await quickMessage(page).filter({ hasText: 'np.random.seed' }).waitFor();
    assert.strictEqual(await quickInput(page).inputValue(), '0');
    await page.keyboard.press('Control+A');
    await page.keyboard.type('4294967296');
    await quickMessage(page).filter({ hasText: 'ValueError' }).waitFor(); // validated as typed: not a seed numpy takes
    await page.keyboard.press('Control+A');
    await page.keyboard.type(c.seed);
    await page.keyboard.press('Enter');
    // 2. the distribution, each item previewing the values it would insert
    await page.locator('.quick-input-list .monaco-list-row', { hasText: 'randint' }).first().waitFor();
    await screenshot(page, 'pick-call.png');
    await page.keyboard.type('randint');
    await focusedRow(page).filter({ hasText: 'randint(' }).waitFor();
    await page.keyboard.press('Enter');
    // 3. the parameters: the call text with its arguments selected; typing replaces them
    await quickMessage(page).filter({ hasText: 'Inserts:' }).waitFor();
    await page.keyboard.type('1, 50');
    assert.strictEqual(await quickInput(page).inputValue(), c.call);
    await quickMessage(page).filter({ hasText: `Inserts: ${want.join(', ')}` }).waitFor();
    await screenshot(page, 'insert-flow.png');
    await page.keyboard.press('Enter');

    await waitForEditorText(page, `c = ${want[2]}`);
    assert.strictEqual(await editorText(editor), `a = ${want[0]}\nb = ${want[1]}\nc = ${want[2]}`);
    // the status bar shows the new seed, saved to the workspace settings
    await page.locator('.statusbar-item', { hasText: `numpy · ${c.seed}` }).waitFor();
    await screenshot(page, 'inserted.png');
    await page.keyboard.press('Control+S');
    const disk = await diskText(path.join(wb.workspace, 'data.py'), (t) => t.includes(`c = ${want[2]}`));
    assert.strictEqual(disk, `a = ${want[0]}\nb = ${want[1]}\nc = ${want[2]}`);
    // the typed seed was saved to the workspace settings
    const settings = JSON.parse(await diskText(path.join(wb.workspace, '.vscode', 'settings.json'), (t) => t.includes('seededRandom.seed')));
    assert.strictEqual(settings['seededRandom.seed'], Number(c.seed));
  });

  test('a keybinding with args inserts without prompts', async () => {
    const { page } = wb;
    const editor = await openFile(page, 'keys.py');
    await editor.locator('.view-lines').click();
    await page.keyboard.press('Control+End');
    await page.keyboard.press('Control+Alt+R');
    const want = `n = ${values('numpy-keybinding')[0]}`;
    await waitForEditorText(page, want);
    assert.strictEqual(await editorText(editor), want);
    await page.keyboard.press('Control+S');
    await diskText(path.join(wb.workspace, 'keys.py'), (t) => t === want);
  });

  test('clicking the status bar item sets the seed', async () => {
    const { page } = wb;
    await page.locator('.statusbar-item', { hasText: 'numpy · ' }).first().click();
    await quickMessage(page).filter({ hasText: 'np.random.seed' }).waitFor();
    await page.keyboard.press('Control+A');
    await page.keyboard.type('77');
    await page.keyboard.press('Enter');
    await page.locator('.statusbar-item', { hasText: 'numpy · 77' }).waitFor();
    const settings = JSON.parse(await diskText(path.join(wb.workspace, '.vscode', 'settings.json'), (t) => t.includes('77')));
    assert.strictEqual(settings['seededRandom.seed'], 77);
  });

  test('the editor context menu has a Seeded Random submenu', async () => {
    const { page } = wb;
    const editor = await openFile(page, 'keys.py');
    await editor.locator('.view-lines').click({ button: 'right' });
    const item = page.locator('.monaco-menu .action-item', { hasText: 'Seeded Random' }).first();
    await item.waitFor();
    await item.hover();
    await page.locator('.monaco-menu .action-item', { hasText: 'Insert Random Values' }).first().waitFor();
    await page.keyboard.press('Escape');
    await page.keyboard.press('Escape');
  });

  test('editing commands are hidden from the palette when no editor is open', async () => {
    const { page } = wb;
    await runFromPalette(page, 'View: Close All Editors');
    await waitForNoEditor(page);
    await page.keyboard.press('F1');
    await quickInput(page).fill('>Seeded Random');
    await page.locator('.quick-input-list .monaco-list-row', { hasText: 'Set Workspace Seed' }).first().waitFor();
    const titles = await page.locator('.quick-input-list .monaco-list-row').allInnerTexts();
    assert.ok(!titles.some((t) => t.includes('Insert Random Values')), titles.join(' | '));
    assert.ok(fs.existsSync(wb.workspace));
    await page.keyboard.press('Escape');
  });
});
