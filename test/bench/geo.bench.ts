// `pnpm bench geo`: the national import into an empty database (time, peak memory), its second
// run (idempotence), and adminUnit / search latency over HTTP against the imported country.
// Targets (issue #3): import < 30 s and < 1 GiB peak RSS; adminUnit and a 20-row search < 5 ms p50.
import { existsSync } from 'node:fs';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { importAdminUnits, parseDvhc } from '@hoctap/core';
import { ensureDatabase, openDatabaseServer, withDatabase } from '@hoctap/db';
import { openPlatformDatabase } from '@hoctap/server';
import { measureFromClientProcess } from './http.ts';
import { startServerProcess } from './server-process.ts';

const dvhc = process.env.HOCTAP_DVHC_DIR ?? join(import.meta.dirname, '../../../shared/data/dvhc');
if (!existsSync(join(dvhc, 'units-2025-03-01.json'))) {
  console.error(`geo benchmark skipped: the national files are not in ${dvhc} (set HOCTAP_DVHC_DIR).`);
  process.exit(0);
}

const report = (scenario: string, figures: Record<string, unknown>) =>
  console.log(JSON.stringify({ scenario, ...figures }));

let peakRss = 0;
const sampler = setInterval(() => (peakRss = Math.max(peakRss, process.memoryUsage().rss)), 20);

const dataDir = await mkdtemp(join(tmpdir(), 'hoctap-bench-geo-'));
const server = await openDatabaseServer({ databaseUrl: process.env.DATABASE_URL, dataDir });
const name = `hoctap_bench_geo_${process.pid}`;
await ensureDatabase(server.url, name);
const url = withDatabase(server.url, name);
try {
  const db = await openPlatformDatabase({ databaseUrl: url, dataDir });
  global.gc?.();
  const rssBefore = process.memoryUsage().rss;
  peakRss = rssBefore;
  const started = performance.now();
  const [before, splits, after] = await Promise.all(
    ['units-2025-03-01.json', 'splits-2025-07-01.json', 'merges-2025-07-01.json'].map(async (f) =>
      JSON.parse(await readFile(join(dvhc, f), 'utf8')),
    ),
  );
  const parsed = parseDvhc({ before, splits, after });
  const parsedAt = performance.now();
  const first = await importAdminUnits(db.orm.em.fork(), parsed.units, parsed.successions, { actor: 'system' });
  const importMs = performance.now() - started;
  peakRss = Math.max(peakRss, process.memoryUsage().rss);
  report('geo.import.first', {
    total_ms: Math.round(importMs),
    parse_ms: Math.round(parsedAt - started),
    write_ms: Math.round(importMs - (parsedAt - started)),
    peak_rss_mib: Math.round(peakRss / 2 ** 20),
    peak_rss_over_baseline_mib: Math.round((peakRss - rssBefore) / 2 ** 20),
    units: parsed.units.length,
    successions: parsed.successions.length,
    problems: parsed.problems.length,
    counts: first,
    target: 'total < 30000 ms, peak RSS < 1024 MiB',
  });
  const againStart = performance.now();
  const second = await importAdminUnits(db.orm.em.fork(), parsed.units, parsed.successions, { actor: 'system' });
  report('geo.import.second', { total_ms: Math.round(performance.now() - againStart), counts: second });
  await db.close();

  // The server runs as `hoctap start` would, in a process of its own; the client in another.
  const api = await startServerProcess(url, { HOCTAP_DATA_DIR: dataDir });
  try {
    const endpoint = `${api.url}/graphql`;
    const byCode = await measureFromClientProcess(
      endpoint,
      {
        query: 'query ($code: String!, $asOf: Date) { adminUnit(code: $code, asOf: $asOf) { id code name level } }',
        variables: { code: '29905', asOf: '2025-01-01' },
      },
      500,
    );
    report('geo.adminUnit.byCode', { ...byCode, target: 'p50 < 5 ms' });
    const search = await measureFromClientProcess(
      endpoint,
      {
        query:
          'query ($q: String!) { adminUnits(filter: { search: $q, asOf: "2025-01-01" }, first: 20) { totalCount nodes { code name } } }',
        variables: { q: 'tan hoa' },
      },
      500,
    );
    report('geo.adminUnits.search20', { ...search, target: 'p50 < 5 ms' });
  } finally {
    await api.stop();
  }
} finally {
  clearInterval(sampler);
  const { dropDatabase } = await import('@hoctap/db');
  await dropDatabase(server.url, name);
  await server.stop();
  await rm(dataDir, { recursive: true, force: true });
}
