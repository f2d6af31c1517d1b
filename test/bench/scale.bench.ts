// `pnpm bench scale [--seconds N] [--concurrency C]`: a mixed read workload of the map (provinces,
// a province's districts, a 20-row search) against one API server and then two, each its own
// process on the same database, with the load spread round robin from a separate client process.
// Prints requests/s for each and the ratio. On a 2-core machine the client, PostgreSQL and the
// servers share the cores, so the ratio says how much of one server's time was its own event loop.
import { execFile } from 'node:child_process';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { openBenchDatabase } from './bench-database.ts';
import { startServerProcess, type ServerProcess } from './server-process.ts';

const run = promisify(execFile);
const option = (name: string, fallback: number) => {
  const i = process.argv.indexOf(`--${name}`);
  return i > 0 ? Number(process.argv[i + 1]) : fallback;
};
const seconds = option('seconds', 15);
const concurrency = option('concurrency', 16);
const report = (scenario: string, figures: Record<string, unknown>) =>
  console.log(JSON.stringify({ scenario, ...figures }));

console.error('Migrating and loading the national map …');
const bench = await openBenchDatabase('scale', (l) => console.error(l));
await bench.db.close();
const url = bench.url;
const env = { HOCTAP_PLUGINS: 'none', HOCTAP_JWT_SECRET: 'bench-scale-secret-long-enough-for-hs256' };
const servers: ServerProcess[] = [];
const startServer = async () => {
  const server = await startServerProcess(url, env, ['--no-migrate']);
  servers.push(server);
  return server.url;
};

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
  await Promise.all(servers.map((server) => server.stop()));
  await bench.remove();
}
