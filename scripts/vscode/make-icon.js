#!/usr/bin/env node
// Renders media/icon.svg to media/icon.png (128×128, as the Marketplace wants) with headless Debian
// chromium through playwright-core. Re-run after editing the SVG.
'use strict';
const fs = require('fs');
const path = require('path');
const { launchBrowser } = require('./codeServer');
const { ROOT } = require('./paths');

(async () => {
  const svg = fs.readFileSync(path.join(ROOT, 'media', 'icon.svg'), 'utf8');
  const browser = await launchBrowser();
  try {
    const page = await browser.newPage({ viewport: { width: 128, height: 128 }, deviceScaleFactor: 1 });
    await page.setContent(`<html><body style="margin:0;background:transparent">${svg}</body></html>`);
    await page.locator('svg').screenshot({ path: path.join(ROOT, 'media', 'icon.png'), omitBackground: true });
    console.log('wrote media/icon.png');
  } finally {
    await browser.close();
  }
})().catch((e) => {
  console.error(e);
  process.exit(1);
});
