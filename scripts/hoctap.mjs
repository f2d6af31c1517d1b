#!/usr/bin/env node
// Runs the `hoctap` command from the root (`pnpm hoctap …`, `pnpm start`). It first builds the
// packages the CLI needs (Turborepo caches, so this is quick after the first time), sending the
// build's output to stderr so that a command's own output, such as a token, stays clean on stdout.
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const build = spawnSync(
  'pnpm',
  ['exec', 'turbo', 'run', 'build', '--filter=@hoctap/cli...', '--output-logs=errors-only', '--log-prefix=none'],
  {
    cwd: root,
    stdio: ['ignore', process.stderr, process.stderr],
  },
);
if (build.status !== 0) {
  console.error('hoctap: the build failed; see the errors above.');
  process.exit(build.status ?? 1);
}
await import(new URL('../packages/cli/dist/bin.js', import.meta.url).href);
