// Drives a real VS Code workbench (code-server + headless Debian chromium) the way a person does:
// keys, clicks and typing — no extension API. Used by the UI tests and the README screenshot.
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import type { Browser, Locator, Page } from 'playwright-core';

export const ROOT = path.resolve(__dirname, '../../../..');
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { startCodeServer, launchBrowser } = require(path.join(ROOT, 'scripts', 'vscode', 'codeServer.js'));

/** The page's DOM, as far as these helpers use it (the project compiles without DOM types). */
declare const document: {
  querySelector(selector: string): { innerText: string; textContent: string | null } | null;
  querySelectorAll(selector: string): { length: number };
};

export interface Workbench {
  page: Page;
  workspace: string;
  close(): Promise<void>;
}

/**
 * Start code-server on a fresh workspace holding `files`, with this repo as the extension under
 * development and `keybindings` as the user's keybindings.json, and open it in chromium.
 */
export async function openWorkbench(files: Record<string, string>, keybindings: object[] = []): Promise<Workbench> {
  const workspace = fs.mkdtempSync(path.join(os.tmpdir(), 'seeded-random-ui-'));
  for (const [name, text] of Object.entries(files)) {
    fs.mkdirSync(path.dirname(path.join(workspace, name)), { recursive: true });
    fs.writeFileSync(path.join(workspace, name), text);
  }
  const cs = await startCodeServer({ workspace, keybindings });
  let browser: Browser | undefined;
  try {
    browser = (await launchBrowser()) as Browser;
    // clipboard access: what Copy Reproducing Code puts there is read back by the tests
    const page = await browser.newPage({ viewport: { width: 1100, height: 560 }, permissions: ['clipboard-read', 'clipboard-write'] });
    await page.goto(cs.url());
    await page.locator('.monaco-workbench').waitFor({ timeout: 60000 });
    // the extension is activated on startup: its status bar item tells us it is ready
    await page.locator('.statusbar-item', { hasText: ' · ' }).first().waitFor({ timeout: 60000 });
    return {
      page,
      workspace,
      async close() {
        await browser?.close().catch(() => undefined);
        await cs.stop();
        fs.rmSync(workspace, { recursive: true, force: true });
      },
    };
  } catch (e) {
    await browser?.close().catch(() => undefined);
    await cs.stop();
    throw e;
  }
}

export const quickInput = (page: Page): Locator => page.locator('.quick-input-widget input.input');
export const quickMessage = (page: Page): Locator => page.locator('.quick-input-widget .quick-input-message');
export const focusedRow = (page: Page): Locator => page.locator('.quick-input-list .monaco-list-row.focused');

/**
 * Open a workspace file through Quick Open (Ctrl+P), as a person would; returns its text editor
 * (for a notebook, its first cell's editor).
 */
export async function openFile(page: Page, name: string): Promise<Locator> {
  await page.keyboard.press('Control+P');
  await quickInput(page).waitFor({ state: 'visible' });
  await quickInput(page).fill(name);
  await focusedRow(page).filter({ hasText: name }).waitFor();
  await page.keyboard.press('Enter');
  await page.locator('.editor-group-container.active .tab.active', { hasText: name }).waitFor();
  // the shown editor (panes of other editor kinds stay in the page, hidden); a notebook is drawn
  // in an overlay of the workbench, outside the editor group
  const editor = name.endsWith('.ipynb')
    ? page.locator('.notebookOverlay .cell-editor-container .monaco-editor:visible').first()
    : page.locator('.editor-group-container.active .editor-instance .monaco-editor:visible').first();
  await editor.locator('.view-lines').waitFor();
  return editor;
}

/**
 * Run a command from the Command Palette (F1) by its title (a final "…" may be left out): its row
 * is clicked, not the first row — typing "File: New Untitled Text File" ranks "File: Compare New
 * Untitled Text Files" above it.
 */
export async function runFromPalette(page: Page, title: string): Promise<void> {
  await page.keyboard.press('F1');
  await quickInput(page).waitFor({ state: 'visible' });
  await quickInput(page).fill(`>${title}`);
  const exact = new RegExp(`^${title.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}…?$`);
  const row = page.locator('.quick-input-list .monaco-list-row', { has: page.locator('.label-name', { hasText: exact }) }).first();
  await row.waitFor({ timeout: 30000 });
  await row.click();
}

/** Wait until the active editor shows `text` somewhere. */
export async function waitForEditorText(page: Page, text: string): Promise<void> {
  await page.waitForFunction(
    (t) => (document.querySelector('.editor-instance .view-lines')?.innerText ?? '').replace(/\u00a0/g, ' ').includes(t),
    text,
  );
}

/** Wait until the active editor has at least `n` cursors. */
export async function waitForCursors(page: Page, n: number): Promise<void> {
  await page.waitForFunction((k) => document.querySelectorAll('.editor-instance .cursor').length >= k, n);
}

/** Wait until no editor is open. */
export async function waitForNoEditor(page: Page): Promise<void> {
  await page.waitForFunction(() => document.querySelectorAll('.tabs-container .tab').length === 0);
}

/** The editor's text as shown (non-breaking spaces the renderer uses turned back into spaces). */
export async function editorText(editor: Locator): Promise<string> {
  return (await editor.locator('.view-lines').innerText()).replace(/\u00a0/g, ' ');
}

/** Wait until the file on disk satisfies `check` (after Ctrl+S), returning its text. */
export async function diskText(file: string, check: (t: string) => boolean, timeoutMs = 10000): Promise<string> {
  const end = Date.now() + timeoutMs;
  let text = '';
  while (Date.now() < end) {
    text = fs.existsSync(file) ? fs.readFileSync(file, 'utf8') : '';
    if (check(text)) return text;
    await new Promise((r) => setTimeout(r, 100));
  }
  return text;
}

/** Save a screenshot when SEEDED_RANDOM_SCREENSHOTS names a folder (the README's is made this way). */
export async function screenshot(page: Page, name: string): Promise<void> {
  const dir = process.env.SEEDED_RANDOM_SCREENSHOTS;
  if (!dir) return;
  fs.mkdirSync(dir, { recursive: true });
  await page.screenshot({ path: path.join(dir, name) });
}

/**
 * After a failed UI test: save what the page showed (a screenshot, the notifications and the
 * quick input's text, the DOM) in a temporary folder and print its path, so a timeout can be
 * diagnosed from the step it stopped at.
 */
export async function saveFailure(page: Page, testTitle: string): Promise<void> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'seeded-random-ui-failure-'));
  const name = testTitle.replace(/[^A-Za-z0-9]+/g, '-').slice(0, 60);
  await page.screenshot({ path: path.join(dir, `${name}.png`) }).catch(() => undefined);
  const texts = async (selector: string) => (await page.locator(selector).allInnerTexts().catch(() => [] as string[])).join('\n---\n');
  const summary = [
    `notifications:\n${await texts('.notification-toast')}`,
    `quick input:\n${await texts('.quick-input-widget')}`,
    `context menu:\n${await texts('.monaco-menu')}`,
    `active tab: ${await texts('.tab.active')}`,
  ].join('\n\n');
  fs.writeFileSync(path.join(dir, `${name}.txt`), summary);
  fs.writeFileSync(path.join(dir, `${name}.html`), await page.content().catch(() => ''));
  console.log(`      [failure] what the page showed: ${dir}`);
}
