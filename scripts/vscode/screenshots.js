#!/usr/bin/env node
// Re-takes the README's screenshots of the Insert Random Values flow, of a record template inserted
// at three cursors and of inline values in a notebook: runs the UI tests
// (test/integration/ui/insertFlow.test.ts, templates.test.ts, inlineValues.test.ts, and everyPlace.test.ts for the context
// menu) in code-server +
// headless chromium with screenshots on, and copies them to media/.  usage: node scripts/vscode/screenshots.js
'use strict';
const { execFileSync } = require('child_process');
const fs = require('fs');
const os = require('os');
const path = require('path');
const { ROOT } = require('./paths');

require('./install').ensureInstalled();
execFileSync(process.execPath, ['esbuild.js'], { cwd: ROOT, stdio: 'inherit' });
execFileSync(process.execPath, [require.resolve('typescript/bin/tsc', { paths: [ROOT] }), '-p', 'tsconfig.json'], { cwd: ROOT, stdio: 'inherit' });
const shots = fs.mkdtempSync(path.join(os.tmpdir(), 'seeded-random-shots-'));
execFileSync(process.execPath, [require.resolve('mocha/bin/mocha.js', { paths: [ROOT] }), '--ui', 'tdd', '--timeout', '120000',
  path.join(ROOT, 'out', 'test', 'integration', 'ui', 'insertFlow.test.js')], { cwd: ROOT, stdio: 'inherit', env: { ...process.env, SEEDED_RANDOM_SCREENSHOTS: shots } });
const copies = { 'pick-call.png': 'insert-1-pick.png', 'insert-flow.png': 'insert-2-parameters.png', 'inserted.png': 'insert-3-inserted.png' };
for (const [from, to] of Object.entries(copies)) {
  fs.copyFileSync(path.join(shots, from), path.join(ROOT, 'media', to));
  console.log(`media/${to}`);
}
// media/template-step.png, media/template-insert.png (test/integration/ui/templates.test.ts) and media/inline-values-notebook.png
// (test/integration/ui/inlineValues.test.ts)
execFileSync(process.execPath, [require.resolve('mocha/bin/mocha.js', { paths: [ROOT] }), '--ui', 'tdd', '--timeout', '180000',
  path.join(ROOT, 'out', 'test', 'integration', 'ui', 'templates.test.js'), path.join(ROOT, 'out', 'test', 'integration', 'ui', 'inlineValues.test.js')],
  { cwd: ROOT, stdio: 'inherit', env: { ...process.env, SEEDED_RANDOM_SCREENSHOTS: shots } });
for (const [from, to] of Object.entries({ 'template-step.png': 'template-step.png', 'template-inserted.png': 'template-insert.png', 'inline-values-notebook.png': 'inline-values-notebook.png' })) {
  fs.copyFileSync(path.join(shots, from), path.join(ROOT, 'media', to));
  console.log(`media/${to}`);
}
// the context menu: from the test that runs every command from every place
execFileSync(process.execPath, [require.resolve('mocha/bin/mocha.js', { paths: [ROOT] }), '--ui', 'tdd', '--timeout', '600000',
  '--grep', 'a saved .py file: every item from the context menu',
  path.join(ROOT, 'out', 'test', 'integration', 'ui', 'everyPlace.test.js')], { cwd: ROOT, stdio: 'inherit', env: { ...process.env, SEEDED_RANDOM_SCREENSHOTS: shots } });
for (const f of ['context-menu.png']) {
  fs.copyFileSync(path.join(shots, f), path.join(ROOT, 'media', f));
  console.log(`media/${f}`);
}
fs.rmSync(shots, { recursive: true, force: true });

// media/screenshot.png: the three steps side by side (the README's picture), composed in chromium.
(async () => {
  const { launchBrowser } = require('./codeServer');
  const img = (f) => `data:image/png;base64,${fs.readFileSync(path.join(ROOT, 'media', f)).toString('base64')}`;
  const captions = ['1. Pick a call: each shows the values it would insert', '2. Edit the parameters: validated, previewed', '3. Inserted in document order, selected, one undo step'];
  const shift = [-190, -190, -250]; // centre the quick input (1, 2) and the editor text (3) in each crop
  const cells = Object.values(copies)
    .map((f, i) => `<figure><div class="crop"><img src="${img(f)}" style="margin-left:${shift[i]}px"></div><figcaption>${captions[i]}</figcaption></figure>`)
    .join('');
  const browser = await launchBrowser();
  try {
    const page = await browser.newPage({ viewport: { width: 1560, height: 310 }, deviceScaleFactor: 1 });
    await page.setContent(`<html><body style="margin:0;background:#f3f3f3;font:14px system-ui,sans-serif">
      <style>body{display:grid;grid-template-columns:repeat(3,1fr);gap:12px;padding:12px}figure{margin:0;min-width:0}
      .crop{height:250px;overflow:hidden;border:1px solid #ccc;background:#fff}.crop img{width:900px;display:block}
      figcaption{padding-top:6px;color:#333;text-align:center}</style>${cells}</body></html>`);
    await page.screenshot({ path: path.join(ROOT, 'media', 'screenshot.png') });
    console.log('media/screenshot.png');
  } finally {
    await browser.close();
  }
})().catch((e) => {
  console.error(e);
  process.exit(1);
});
