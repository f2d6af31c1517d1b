#!/usr/bin/env node
// Runs the `hoctap` command from the root (`pnpm hoctap …`, `pnpm start`). When a source changed
// since the last build it first builds the packages the CLI needs, quietly (Turborepo's output is
// shown only if the build fails), so that a command's own output, such as a token, stays clean on
// stdout; when nothing changed it starts the CLI at once.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

// Refused before anything else runs: an older Node would start PostgreSQL and then crash.
const [major, minor] = process.versions.node.split('.').map(Number);
if (major < 22 || (major === 22 && minor < 17)) {
  console.error(
    `hoctap: Node.js 22.17 or later is required (24 recommended, see .node-version); this is ${process.versions.node}.`,
  );
  process.exit(1);
}

const root = fileURLToPath(new URL('..', import.meta.url));
const stampFile = join(root, 'node_modules/.cache/hoctap/build-stamp.json');

/** The newest modification time and the number of the build's inputs (a deleted file changes the count). */
function inputsState() {
  let newest = 0;
  let files = 0;
  const visit = (path) => {
    const stat = statSync(path, { throwIfNoEntry: false });
    if (!stat) return;
    if (stat.isDirectory()) {
      for (const entry of readdirSync(path)) if (entry !== 'node_modules' && entry !== 'dist') visit(join(path, entry));
      return;
    }
    if (/\.test\.ts$/.test(path)) return;
    files++;
    newest = Math.max(newest, stat.mtimeMs);
  };
  for (const group of ['packages', 'plugins'])
    for (const pkg of readdirSync(join(root, group))) {
      for (const part of [
        'src',
        'data',
        'scripts',
        'ide',
        'index.html',
        'vite.config.ts',
        'package.json',
        'tsconfig.json',
        'tsconfig.build.json',
      ])
        visit(join(root, group, pkg, part));
      if (!existsSync(join(root, group, pkg, 'dist'))) files = -1e9; // never built
    }
  for (const file of ['tsconfig.json', 'pnpm-lock.yaml', 'turbo.json']) visit(join(root, file));
  return { newest, files };
}

function fresh(state) {
  try {
    const stamp = JSON.parse(readFileSync(stampFile, 'utf8'));
    return state.files > 0 && stamp.files === state.files && stamp.newest >= state.newest;
  } catch {
    return false;
  }
}

const state = inputsState();
if (!fresh(state)) {
  console.error('hoctap: building the packages (sources changed since the last build) …');
  const build = spawnSync(
    'pnpm',
    ['exec', 'turbo', 'run', 'build', '--filter=@hoctap/cli...', '--output-logs=errors-only', '--log-prefix=none'],
    { cwd: root, stdio: ['ignore', 'pipe', 'pipe'], env: { TURBO_TELEMETRY_DISABLED: '1', ...process.env } },
  );
  if (build.status !== 0) {
    process.stderr.write(build.stdout);
    process.stderr.write(build.stderr);
    console.error('hoctap: the build failed; see the errors above.');
    process.exit(build.status ?? 1);
  }
  mkdirSync(join(stampFile, '..'), { recursive: true });
  writeFileSync(stampFile, JSON.stringify(state));
}
await import(new URL('../packages/cli/dist/bin.js', import.meta.url).href);
