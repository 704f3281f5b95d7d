// Bundles: dist/cli.js (Node CLI). The extension entries are added by the extension layer.
const esbuild = require('esbuild');
const fs = require('fs');
const pkg = require('./package.json');

const production = !process.argv.includes('--dev');

async function main() {
  const common = {
    bundle: true,
    minify: production,
    sourcemap: !production,
    logLevel: 'warning',
    // jsonc-parser's UMD main does not bundle; its ESM build does.
    mainFields: ['module', 'main'],
    define: { SEEDED_RANDOM_VERSION: JSON.stringify(pkg.version) },
  };
  const builds = [
    { ...common, entryPoints: ['src/cli/main.ts'], outfile: 'dist/cli.js', platform: 'node', format: 'cjs', target: 'node20', banner: { js: '#!/usr/bin/env node' } },
  ];
  for (const b of builds) {
    if (!fs.existsSync(b.entryPoints[0])) continue;
    await esbuild.build(b);
    console.log(`built ${b.outfile} (${(fs.statSync(b.outfile).size / 1024).toFixed(1)} KB)`);
  }
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
