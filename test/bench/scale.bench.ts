// `pnpm bench scale [--seconds N] [--concurrency C]`: a mixed read workload of the map (provinces,
// a province's districts, a 20-row search) against one API server and then two, each its own
// process on the same database, with the load spread round robin from a separate client process.
// Prints requests/s for each and the ratio. On a 2-core machine the client, PostgreSQL and the
// servers share the cores, so the ratio says how much of one server's time was its own event loop.
import { spawn, type ChildProcess } from 'node:child_process';
import { execFile } from 'node:child_process';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { freePort } from '@hoctap/db';
import { openBenchDatabase } from './bench-database.ts';

const run = promisify(execFile);
const option = (name: string, fallback: number) => {
  const i = process.argv.indexOf(`--${name}`);
  return i > 0 ? Number(process.argv[i + 1]) : fallback;
};
const seconds = option('seconds', 15);
const concurrency = option('concurrency', 16);
const report = (scenario: string, figures: Record<string, unknown>) =>
  console.log(JSON.stringify({ scenario, ...figures }));

const cli = join(import.meta.dirname, '../../packages/cli/dist/bin.js');
console.error('Migrating and loading the national map …');
const bench = await openBenchDatabase('scale', (l) => console.error(l));
await bench.db.close();
const url = bench.url;
const env = {
  ...process.env,
  DATABASE_URL: url,
  HOCTAP_PLUGINS: 'none',
  HOCTAP_JWT_SECRET: 'bench-scale-secret-long-enough-for-hs256',
  HOCTAP_RATE_LIMIT_PER_MINUTE: '0',
  HOCTAP_RATE_LIMIT_IP_PER_MINUTE: '0',
  LOG_LEVEL: 'warn',
};
const children: ChildProcess[] = [];

async function startServer(): Promise<string> {
  const port = await freePort();
  const child = spawn(process.execPath, [cli, 'start', '--no-migrate'], {
    env: { ...env, PORT: String(port) },
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  children.push(child);
  await new Promise<void>((resolve, reject) => {
    let seen = '';
    child.stderr!.setEncoding('utf8').on('data', (chunk: string) => {
      seen += chunk;
      if (seen.includes('GraphQL API ready')) resolve();
    });
    child.once('exit', (code) => reject(new Error(`server exited with ${code}: ${seen}`)));
  });
  return `http://127.0.0.1:${port}`;
}

const operations = [
  { query: '{ adminUnits(filter: { level: PROVINCE }, first: 50) { totalCount nodes { code name } } }' },
  { query: '{ adminUnit(code: "01") { name children { code name } } }' },
  { query: '{ adminUnits(filter: { search: "tan hoa" }, first: 20) { nodes { code name level } } }' },
];

async function load(urls: string[]) {
  const client = join(import.meta.dirname, 'scale-client.ts');
  // Warm up each server's caches and JIT, unmeasured.
  await run(process.execPath, [client, urls.join(','), JSON.stringify(operations), '4', '3']);
  const { stdout } = await run(process.execPath, [
    client,
    urls.join(','),
    JSON.stringify(operations),
    String(concurrency),
    String(seconds),
  ]);
  return JSON.parse(stdout) as { requestsPerSecond: number; errors: number; p50_ms: number; p95_ms: number };
}

try {
  const first = await startServer();
  const one = await load([first]);
  report('one server', one);
  const second = await startServer();
  const two = await load([first, second]);
  report('two servers', two);
  report('ratio', {
    twoOverOne: Math.round((two.requestsPerSecond / one.requestsPerSecond) * 100) / 100,
    concurrency,
    seconds,
    cores: (await import('node:os')).availableParallelism(),
  });
} finally {
  for (const child of children) child.kill('SIGTERM');
  await Promise.all(children.map((c) => new Promise((r) => (c.exitCode !== null ? r(null) : c.once('exit', r)))));
  await bench.remove();
}
