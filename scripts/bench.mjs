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
if (!name || (name !== 'all' && !available.includes(name))) {
  console.error(`usage: pnpm bench <all|${available.join('|')}> [options]`);
  process.exit(2);
}

/**
 * `pnpm bench all`: every benchmark at a small scale, one after the other, in a few minutes, so a
 * regression shows before a national-scale run. The figures are for comparison between runs on
 * one machine, not against the targets (which are set at national scale).
 */
const SMALL = {
  accounts: ['--users', '500'],
  analytics: ['--households', '20000', '--years', '2', '--runs', '20'],
  evaluations: ['--households', '20000'],
  floor: ['--runs', '300', '--rounds', '1'],
  fuzz: ['--requests', '500'],
  geo: [],
  reporting: ['--runs', '30'],
  scale: ['--seconds', '3', '--concurrency', '8'],
  writes: ['--households', '20000', '--years', '2', '--runs', '30'],
};
const build = spawnSync('pnpm', ['exec', 'turbo', 'run', 'build', '--output-logs=errors-only', '--log-prefix=none'], {
  cwd: root,
  stdio: ['ignore', process.stderr, process.stderr],
});
if (build.status !== 0) process.exit(build.status ?? 1);
const runBench = (bench, benchArgs) => {
  const file = fileURLToPath(new URL(`../test/bench/${bench}.bench.ts`, import.meta.url));
  if (!existsSync(file)) return 2;
  return spawnSync(process.execPath, ['--expose-gc', file, ...benchArgs], { cwd: root, stdio: 'inherit' }).status ?? 1;
};
if (name !== 'all') process.exit(runBench(name, args));

const results = [];
for (const bench of available) {
  const benchArgs = SMALL[bench] ?? [];
  console.error(`\n== pnpm bench ${bench} ${benchArgs.join(' ')} ==`);
  const started = Date.now();
  const status = runBench(bench, benchArgs);
  results.push({ bench, status, seconds: Math.round((Date.now() - started) / 1000) });
}
console.error('\n== summary ==');
for (const r of results) console.error(`${r.status === 0 ? 'ok  ' : 'FAIL'} ${r.bench.padEnd(12)} ${r.seconds} s`);
process.exit(results.some((r) => r.status !== 0) ? 1 : 0);
