// Bundles, all minified (pass --dev for sourcemaps and readable output):
//   dist/extension.js      desktop extension host (Node, CommonJS; `vscode` external): activation only —
//                          registers the commands, the status bar and its listeners
//   dist/commands.js       the commands and the core, `require`d by dist/extension.js on the first command
//                          (src/extension/lazyCommands.ts)
//   dist/web/extension.js  web extension host (browser worker, CommonJS; `vscode` external; no Node APIs —
//                          esbuild fails the build if anything reaches for a Node built-in). One file (the
//                          web host cannot load a sibling): the commands are inlined, evaluated on first use
//   dist/cli.js            the `seeded-random` CLI (Node, with a shebang)
// Type-checking is tsc's job (`npm run check-types`); esbuild only strips types.
const esbuild = require('esbuild');
const fs = require('fs');
const pkg = require('./package.json');
const { compactTablesPlugin } = require('./scripts/tables/compact_tables');

const production = !process.argv.includes('--dev');

/** Desktop: lazyCommands.ts's `require('./commandTable')` loads the sibling dist/commands.js at run time. */
const commandsInOwnFile = {
  name: 'commands-in-own-file',
  setup(build) {
    build.onResolve({ filter: /^\.\/commandTable$/ }, (args) =>
      args.kind === 'require-call' ? { path: './commands.js', external: true } : undefined,
    );
  },
};

/** The esbuild options of every bundle (test/extension/activation.test.ts rebuilds them in memory). */
function bundles() {
  const common = {
    bundle: true,
    minify: production,
    sourcemap: !production,
    logLevel: 'warning',
    // jsonc-parser's UMD main does not bundle; its ESM build does.
    mainFields: ['module', 'main'],
    define: { SEEDED_RANDOM_VERSION: JSON.stringify(pkg.version) },
    // the core's numeric tables as base64 rather than decimal literals (scripts/tables/compact_tables.js)
    plugins: [compactTablesPlugin],
  };
  const extension = { ...common, entryPoints: ['src/extension/extension.ts'], format: 'cjs', external: ['vscode'] };
  return [
    { ...extension, outfile: 'dist/extension.js', platform: 'node', target: 'node20', plugins: [commandsInOwnFile, compactTablesPlugin] },
    { ...extension, entryPoints: ['src/extension/commandTable.ts'], outfile: 'dist/commands.js', platform: 'node', target: 'node20' },
    { ...extension, outfile: 'dist/web/extension.js', platform: 'browser', target: 'es2022', mainFields: ['browser', 'module', 'main'] },
    { ...common, entryPoints: ['src/cli/main.ts'], outfile: 'dist/cli.js', platform: 'node', format: 'cjs', target: 'node20', banner: { js: '#!/usr/bin/env node' } },
  ];
}

async function main() {
  const builds = bundles();
  const t0 = Date.now();
  for (const b of builds) {
    if (!fs.existsSync(b.entryPoints[0])) continue;
    await esbuild.build(b);
    console.log(`built ${b.outfile} (${(fs.statSync(b.outfile).size / 1024).toFixed(1)} KB)`);
  }
  if (fs.existsSync('dist/cli.js')) fs.chmodSync('dist/cli.js', 0o755);
  console.log(`esbuild: ${builds.length} bundles in ${Date.now() - t0} ms`);
}

module.exports = { bundles };

if (require.main === module) {
  main().catch((e) => {
    console.error(e);
    process.exit(1);
  });
}
