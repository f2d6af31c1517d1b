// `pnpm bench evaluations [--households N]`: the CSV import of household evaluations over the real
// national map (time, peak memory, a second idempotent run), then a page of 100 evaluations with
// subject, unit and criteria set: its SQL statement count (in-process) and latency over HTTP (server
// and client in processes of their own). Targets (issue #4): 1,000,000 rows < 60 s; the page p50 < 30 ms.
// Issue 21: the import beside a raw COPY of the same rows into the same tables (subject, evaluation,
// workflow_transition, their triggers and indexes included), measured in the same run: the ratio
// (target < 2.5x), 1M rows < 30 s, peak RSS < 512 MiB.
import { createReadStream, createWriteStream, existsSync } from 'node:fs';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { once } from 'node:events';
import { pipeline } from 'node:stream/promises';
import pg from 'pg';
import { from as copyFrom, to as copyTo } from 'pg-copy-streams';
import {
  coreModule,
  findUnitByCode,
  importAdminUnits,
  importEvaluationsCsv,
  NATIONAL_CRITERIA_SETS,
  parseDvhc,
  Role,
  TokenService,
} from '@hoctap/core';
import { coreMigrations, ensureDatabase, openDatabaseServer, openOrm, withDatabase } from '@hoctap/db';
import { buildHoctapSchema, createApp, openPlatformDatabase } from '@hoctap/server';
import { measureFromClientProcess } from './http.ts';
import { startServerProcess } from './server-process.ts';

const dvhc = process.env.HOCTAP_DVHC_DIR ?? join(import.meta.dirname, '../../../shared/data/dvhc');
if (!existsSync(join(dvhc, 'units-2025-03-01.json'))) {
  console.error(`evaluations benchmark skipped: the national files are not in ${dvhc} (set HOCTAP_DVHC_DIR).`);
  process.exit(0);
}
const argIndex = process.argv.indexOf('--households');
const households = argIndex > 0 ? Number(process.argv[argIndex + 1]) : 1_000_000;
const YEAR = 2024;
const SECRET = 'bench-secret-that-is-long-enough-for-hs256-signing';

const report = (scenario: string, figures: Record<string, unknown>) =>
  console.log(JSON.stringify({ scenario, ...figures }));

/** A small deterministic generator (mulberry32), so every run imports the same file. */
function random(seed: number) {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

async function writeCsv(file: string, communes: string[]): Promise<void> {
  const indicators = NATIONAL_CRITERIA_SETS.find((s) => s.code === 'KHVN-448-FAMILY')!.criteria.flatMap(
    (c) => c.indicators,
  );
  const next = random(1);
  const out = createWriteStream(file);
  out.write(`model,year,unit_code,subject_code,subject_name,${indicators.map((i) => i.code).join(',')}\n`);
  const perCommune = Math.ceil(households / communes.length);
  let lines: string[] = [];
  for (let n = 0; n < households; n++) {
    const commune = communes[Math.floor(n / perCommune)]!;
    const code = `H${String(n % perCommune).padStart(5, '0')}`;
    // Most households score well; about one in four falls short of the pass mark.
    const scores = indicators.map((i) => Math.round((i.maxScore ?? 1) * (0.55 + 0.45 * next()) * 2) / 2);
    lines.push(`LEARNING_FAMILY,${YEAR},${commune},${code},Hộ ${code},${scores.join(',')}`);
    if (lines.length === 10_000) {
      if (!out.write(lines.join('\n') + '\n')) await once(out, 'drain');
      lines = [];
    }
  }
  out.end(lines.length ? lines.join('\n') + '\n' : '');
  await once(out, 'finish');
}

/**
 * The physical limit: the rows the import wrote, dumped by COPY, deleted, then loaded again by
 * COPY into the same three tables (their indexes and summary triggers included). Only the load is
 * timed.
 */
async function rawCopy(url: string, dir: string): Promise<number> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    const tables = [
      ['subject', `select * from subject where source = 'import'`],
      ['evaluation', `select * from evaluation where source = 'import'`],
      ['workflow_transition', `select * from workflow_transition where action = 'IMPORT'`],
    ] as const;
    for (const [table, select] of tables)
      await pipeline(client.query(copyTo(`copy (${select}) to stdout`)), createWriteStream(join(dir, `${table}.copy`)));
    await client.query(`delete from workflow_transition where action = 'IMPORT'`);
    await client.query(`delete from evaluation where source = 'import'`);
    await client.query(`delete from subject where source = 'import'`);
    await client.query('vacuum analyze subject, evaluation, workflow_transition');
    const started = performance.now();
    await client.query('begin');
    for (const [table] of tables)
      await pipeline(createReadStream(join(dir, `${table}.copy`)), client.query(copyFrom(`copy ${table} from stdin`)));
    await client.query('commit');
    return performance.now() - started;
  } finally {
    await client.end();
  }
}

let peakRss = 0;
const sampler = setInterval(() => (peakRss = Math.max(peakRss, process.memoryUsage().rss)), 20);
const dataDir = await mkdtemp(join(tmpdir(), 'hoctap-bench-evaluations-'));
const server = await openDatabaseServer({ databaseUrl: process.env.DATABASE_URL, dataDir });
const name = `hoctap_bench_evaluations_${process.pid}`;
await ensureDatabase(server.url, name);
const url = withDatabase(server.url, name);
try {
  const db = await openPlatformDatabase({ databaseUrl: url, dataDir });
  const [before, splits, after] = await Promise.all(
    ['units-2025-03-01.json', 'splits-2025-07-01.json', 'merges-2025-07-01.json'].map(async (f) =>
      JSON.parse(await readFile(join(dvhc, f), 'utf8')),
    ),
  );
  const parsed = parseDvhc({ before, splits, after });
  await importAdminUnits(db.orm.em.fork(), parsed.units, parsed.successions, { actor: 'system' });
  const communes = (
    await db.orm.em
      .fork()
      .execute<{ code: string }[]>(
        `select code from admin_unit where level = 'COMMUNE' and (valid_from is null or valid_from <= '${YEAR}-12-31') and (valid_to is null or valid_to >= '${YEAR}-01-01') order by code`,
      )
  ).map((r) => r.code);
  const file = join(dataDir, 'households.csv');
  const generated = performance.now();
  await writeCsv(file, communes);
  console.error(
    `wrote ${households.toLocaleString('en')} rows over ${communes.length} communes in ${Math.round(performance.now() - generated)} ms`,
  );

  global.gc?.();
  const rssBefore = process.memoryUsage().rss;
  peakRss = rssBefore;
  const started = performance.now();
  const first = await importEvaluationsCsv(db.orm.em.fork(), file, {
    actor: 'system',
    today: '2026-11-28',
    source: 'households.csv',
    onProgress: (line) => console.error(line),
  });
  const importMs = performance.now() - started;
  report('evaluations.import.first', {
    rows: first.rows,
    total_ms: Math.round(importMs),
    rows_per_s: Math.round(first.rows / (importMs / 1000)),
    peak_rss_mib: Math.round(peakRss / 2 ** 20),
    // The process's lifetime maximum: includes the national map's import before it.
    max_rss_process_mib: Math.round(process.resourceUsage().maxRSS / 1024),
    peak_rss_over_baseline_mib: Math.round((peakRss - rssBefore) / 2 ** 20),
    written: first.written,
    problems: first.problems.length,
    target: '1,000,000 rows < 30000 ms, peak RSS < 512 MiB',
  });
  const againStart = performance.now();
  const second = await importEvaluationsCsv(db.orm.em.fork(), file, { actor: 'system', today: '2026-11-28' });
  report('evaluations.import.second', {
    total_ms: Math.round(performance.now() - againStart),
    written: second.written,
  });
  const copyMs = await rawCopy(url, dataDir);
  report('evaluations.import.raw_copy', {
    rows: first.rows,
    copy_ms: Math.round(copyMs),
    import_ms: Math.round(importMs),
    import_over_copy: Number((importMs / copyMs).toFixed(2)),
    target: 'import_over_copy < 2.5',
  });
  await db.orm.em.fork().execute('vacuum analyze evaluation');
  await db.orm.em.fork().execute('vacuum analyze subject');

  const em = db.orm.em.fork();
  const province = await findUnitByCode(em, '87', `${YEAR}-12-31`);
  const district = await findUnitByCode(em, '875', `${YEAR}-12-31`);
  await db.close();
  const tokens = new TokenService(SECRET);
  const admin = await tokens.sign({ subject: 'bench-admin', role: Role.ADMIN });
  const officer = await tokens.sign({
    subject: 'bench-officer',
    role: Role.OFFICER,
    unit: { id: province!.id, code: province!.code },
  });
  const LIST = `query ($filter: EvaluationFilterInput) { evaluations(filter: $filter, first: 100) {
      pageInfo { hasNextPage endCursor }
      nodes { id year state total rating subject { code name } unit { code name } criteriaSet { code name } } } }`;
  const national = { query: LIST, variables: { filter: { year: YEAR, modelKind: 'LEARNING_FAMILY' } }, token: admin };
  const inDistrict = {
    query: LIST,
    variables: { filter: { year: YEAR, modelKind: 'LEARNING_FAMILY', unitCode: district!.code } },
    token: officer,
  };

  // The statement count, in-process, with every statement the ORM sends recorded.
  const statements: string[] = [];
  const orm = await openOrm({
    clientUrl: url,
    entities: coreModule.entities,
    migrations: coreMigrations,
    onQuery: (s) => statements.push(s),
  });
  const app = await createApp({
    orm,
    schema: await buildHoctapSchema(),
    tokens,
    limits: { maxDepth: 10, maxCost: 20000 },
    logLevel: 'silent',
    production: false,
  });
  for (const [label, op] of [
    ['national', national],
    ['district', inDistrict],
  ] as const) {
    statements.length = 0;
    const response = await app.inject({
      method: 'POST',
      url: '/graphql',
      headers: { authorization: `Bearer ${op.token}` },
      payload: { query: op.query, variables: op.variables },
    });
    const body = response.json() as { data?: { evaluations: { nodes: unknown[] } }; errors?: unknown };
    if (body.errors) throw new Error(JSON.stringify(body.errors));
    report(`evaluations.list100.${label}.statements`, {
      nodes: body.data?.evaluations.nodes.length,
      sql_statements: statements.filter((s) => s.includes('[query]')).length,
    });
  }
  await app.close();
  await orm.close();

  const api = await startServerProcess(url, { HOCTAP_DATA_DIR: dataDir, HOCTAP_JWT_SECRET: SECRET });
  try {
    const endpoint = `${api.url}/graphql`;
    report('evaluations.list100.national', {
      ...(await measureFromClientProcess(endpoint, national, 300)),
      target: 'p50 < 30 ms',
    });
    report('evaluations.list100.district', {
      ...(await measureFromClientProcess(endpoint, inDistrict, 300)),
      target: 'p50 < 30 ms',
    });
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
