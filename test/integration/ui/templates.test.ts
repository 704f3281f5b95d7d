import * as assert from 'assert';
import { execFileSync } from 'child_process';
import * as path from 'path';
import { diskText, editorText, focusedRow, openFile, openWorkbench, quickInput, quickMessage, ROOT, runFromPalette, screenshot, waitForCursors, waitForEditorText, type Workbench } from './workbench';

const USERS = '{"id": uuid4(), "name": choice(["Ada", "Lin", "Oba"]), "age": randint(18, 90), "joined": date("2023-01-01", "2023-12-31")}';
const SEED = String(Math.floor(Math.random() * 2 ** 32)); // fresh each run: the expected records come from the CLI

/**
 * A person inserts a saved record template at three cursors of a Python test file: Insert Random
 * Values…, Enter keeps the seed, typing the template's name at the distribution step finds it
 * (with a preview of its records), the template step shows its text and the records, Enter
 * inserts one dict per cursor — what `seeded-random template` prints for the same seed (the
 * README's picture of a template insert is taken here).
 */
suite('UI: editor — a saved record template inserted at three cursors', function () {
  this.timeout(180000);
  let wb: Workbench;

  suiteSetup(async () => {
    wb = await openWorkbench({
      '.vscode/settings.json': JSON.stringify({ 'seededRandom.engine': 'python', 'seededRandom.seed': Number(SEED), 'seededRandom.templates': { users: USERS } }, null, 2),
      'test_signup.py': 'USERS = [\n    ,\n    ,\n    ,\n]\n',
    });
  });
  suiteTeardown(async () => wb?.close());

  test('pick "users" in the Insert prompt: one dict per cursor, equal to the CLI\'s records', async () => {
    const { page } = wb;
    const editor = await openFile(page, 'test_signup.py');
    const lines = editor.locator('.view-line');
    await lines.nth(1).click({ position: { x: 300, y: 5 } });
    await lines.nth(2).click({ position: { x: 300, y: 5 }, modifiers: ['Alt'] });
    await lines.nth(3).click({ position: { x: 300, y: 5 }, modifiers: ['Alt'] });
    await waitForCursors(page, 3);
    await page.keyboard.press('ArrowLeft'); // before each line's comma

    await runFromPalette(page, 'Seeded Random: Insert Random Values');
    await quickMessage(page).filter({ hasText: 'random.seed' }).waitFor();
    assert.strictEqual(await quickInput(page).inputValue(), SEED);
    await page.keyboard.press('Enter');
    await page.locator('.quick-input-list .monaco-list-row', { hasText: 'randint' }).first().waitFor();
    await page.keyboard.type('users');
    await focusedRow(page).filter({ hasText: 'template' }).waitFor();
    await screenshot(page, 'template-pick.png');
    await page.keyboard.press('Enter');
    await quickMessage(page).filter({ hasText: 'Inserts (one record per selection):' }).waitFor();
    assert.strictEqual(await quickInput(page).inputValue(), USERS);
    await screenshot(page, 'template-step.png');
    await page.keyboard.press('Enter');

    const records = execFileSync(process.execPath, [path.join(ROOT, 'dist', 'cli.js'), 'template', '-n', '3', '--layout', 'python', 'users'], { cwd: wb.workspace, encoding: 'utf8' })
      .split('\n')
      .slice(1, 4)
      .map((l) => l.trim().replace(/,$/, ''));
    const want = `USERS = [\n${records.map((r) => `    ${r},`).join('\n')}\n]`;
    await waitForEditorText(page, records[2].slice(0, 40));
    await page.mouse.move(0, 0);
    await screenshot(page, 'template-inserted.png');
    assert.strictEqual((await editorText(editor)).trimEnd(), want);
    await page.keyboard.press('Control+S');
    assert.strictEqual((await diskText(path.join(wb.workspace, 'test_signup.py'), (t) => t.includes(records[2]))).trimEnd(), want);
  });
});
