import * as assert from 'assert';
import { generatedCase } from '../expected';
import { editorText, openWorkbench, quickInput, quickMessage, runFromPalette, waitForEditorText, waitForNoEditor, type Workbench } from './workbench';

const KEYBINDINGS = [
  { key: 'ctrl+alt+g', command: 'seededRandom.generateDocument', args: { call: 'random()', count: 10_000_000, layout: 'lines', seed: 1 } },
];

suite('UI: Generate into a New Document, as a person does it', function () {
  this.timeout(180000);
  let wb: Workbench;

  suiteSetup(async () => {
    wb = await openWorkbench({ 'notes.txt': 'notes\n' }, KEYBINDINGS);
  });
  suiteTeardown(async () => wb?.close());

  test('the three prompts (call with a preview, count, layout) make a JSON document equal to NumPy\'s', async () => {
    const { page } = wb;
    const c = generatedCase('generate-ui-json') as ReturnType<typeof generatedCase> & { text: string };
    await runFromPalette(page, 'Seeded Random: Generate into a New Document');
    await quickMessage(page).filter({ hasText: 'Starts with:' }).waitFor();
    await page.keyboard.press('Control+A');
    await page.keyboard.type(c.call);
    await quickMessage(page).filter({ hasText: `Starts with: ${c.head.join(', ')}` }).waitFor(); // the preview is the document's start
    await page.keyboard.press('Enter');
    await quickMessage(page).filter({ hasText: 'calls of' }).waitFor();
    await page.keyboard.press('Control+A');
    await page.keyboard.type(String(c.n));
    await quickMessage(page).filter({ hasText: `${c.n} calls of ${c.call}` }).waitFor();
    await page.keyboard.press('Enter');
    // the layout step is a new quick input: type only once it is shown (typing earlier went into the count box)
    await page.locator('.quick-input-list .monaco-list-row', { hasText: 'JSON array' }).waitFor();
    await quickInput(page).fill('JSON');
    await page.locator('.quick-input-list .monaco-list-row.focused', { hasText: 'JSON array' }).waitFor();
    await page.keyboard.press('Enter');
    await waitForEditorText(page, ']');
    const shown = await editorText(page.locator('.editor-instance .monaco-editor').first());
    assert.strictEqual(shown.replace(/\n$/, ''), c.text.replace(/\n$/, ''));
    await page.locator('.tab.active', { hasText: 'random.json' }).waitFor(); // an untitled document Save proposes as random.json
  });

  test('10,000,000 values: the palette still opens while it runs; Cancel in the notification discards the partial document', async () => {
    const { page } = wb;
    await runFromPalette(page, 'View: Revert and Close Editor');
    await waitForNoEditor(page);
    await page.keyboard.press('Control+Alt+G');
    const toast = page.locator('.notification-toast', { hasText: 'Generating 10,000,000 values' });
    await toast.waitFor({ timeout: 30000 });
    await toast.locator('.notification-list-item-details-row, .monaco-progress-container').first().waitFor();
    await page.locator('.tab.active', { hasText: 'random.txt' }).waitFor();
    // responsive: a person opens the Command Palette and sees it within seconds
    const t0 = Date.now();
    await page.keyboard.press('F1');
    await quickInput(page).waitFor({ state: 'visible', timeout: 10000 });
    const paletteMs = Date.now() - t0;
    await page.keyboard.press('Escape');
    console.log(`      [measure] Command Palette opened in ${paletteMs} ms during a 10,000,000-value generation`);
    await toast.hover();
    await toast.getByRole('button', { name: 'Cancel' }).click();
    await page.locator('.notification-toast', { hasText: 'the partial document was discarded' }).waitFor({ timeout: 30000 });
    await waitForNoEditor(page);
  });
});
