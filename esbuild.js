// Bundles, all minified (pass --dev for sourcemaps and readable output):
//   dist/extension.js      desktop extension host (Node, CommonJS; `vscode` external)
//   dist/web/extension.js  web extension host (browser worker, CommonJS; `vscode` external; no Node APIs —
//                          esbuild fails the build if anything reaches for a Node built-in)
//   dist/cli.js            the `seeded-random` CLI (Node, with a shebang)
// Type-checking is tsc's job (`npm run check-types`); esbuild only strips types.
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
  const extension = { ...common, entryPoints: ['src/extension/extension.ts'], format: 'cjs', external: ['vscode'] };
  const builds = [
    { ...extension, outfile: 'dist/extension.js', platform: 'node', target: 'node20' },
    { ...extension, outfile: 'dist/web/extension.js', platform: 'browser', target: 'es2022', mainFields: ['browser', 'module', 'main'] },
    { ...common, entryPoints: ['src/cli/main.ts'], outfile: 'dist/cli.js', platform: 'node', format: 'cjs', target: 'node20', banner: { js: '#!/usr/bin/env node' } },
  ];
  const t0 = Date.now();
  for (const b of builds) {
    if (!fs.existsSync(b.entryPoints[0])) continue;
    await esbuild.build(b);
    console.log(`built ${b.outfile} (${(fs.statSync(b.outfile).size / 1024).toFixed(1)} KB)`);
  }
  if (fs.existsSync('dist/cli.js')) fs.chmodSync('dist/cli.js', 0o755);
  console.log(`esbuild: ${builds.length} bundles in ${Date.now() - t0} ms`);
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
