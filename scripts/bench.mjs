#!/usr/bin/env node
// `pnpm bench <name>`: builds the packages, then runs test/bench/<name>.bench.ts with Node
// (type stripping; the benchmark imports the built packages, as a deployment would run them).
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const [name, ...args] = process.argv.slice(2);
const available = readdirSync(new URL('../test/bench', import.meta.url))
  .filter((f) => f.endsWith('.bench.ts'))
  .map((f) => f.replace('.bench.ts', ''));
if (!name || !available.includes(name)) {
  console.error(`usage: pnpm bench <${available.join('|')}> [options]`);
  process.exit(2);
}
const build = spawnSync('pnpm', ['exec', 'turbo', 'run', 'build', '--output-logs=errors-only', '--log-prefix=none'], {
  cwd: root,
  stdio: ['ignore', process.stderr, process.stderr],
});
if (build.status !== 0) process.exit(build.status ?? 1);
const file = fileURLToPath(new URL(`../test/bench/${name}.bench.ts`, import.meta.url));
if (!existsSync(file)) process.exit(2);
const run = spawnSync(process.execPath, ['--expose-gc', file, ...args], { cwd: root, stdio: 'inherit' });
process.exit(run.status ?? 1);
