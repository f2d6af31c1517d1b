#!/usr/bin/env node
// Bundles the GraphQL IDE (ide/main.js: GraphiQL, React) into static files the server serves at
// /graphiql, so the page needs no CDN and no network beyond the server itself.
//   node scripts/build-ide.mjs [outDir]     (default dist/ide; run by `pnpm build`)
import { copyFileSync, mkdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';

const here = fileURLToPath(new URL('..', import.meta.url));
const out = resolve(process.argv[2] ?? join(here, 'dist/ide'));
mkdirSync(join(out, 'assets'), { recursive: true });
await build({
  entryPoints: [join(here, 'ide/main.js')],
  bundle: true,
  format: 'esm',
  minify: true,
  target: 'es2022',
  outdir: join(out, 'assets'),
  define: { 'process.env.NODE_ENV': '"production"' },
  // Fonts and images are inlined: nothing is fetched from anywhere else.
  loader: { '.woff': 'dataurl', '.woff2': 'dataurl', '.ttf': 'dataurl', '.svg': 'dataurl', '.png': 'dataurl' },
  legalComments: 'linked',
  logLevel: 'warning',
});
copyFileSync(join(here, 'ide/index.html'), join(out, 'index.html'));
console.error(`IDE bundled into ${out}`);
