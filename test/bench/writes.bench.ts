// `pnpm bench writes [--households N] [--years Y] [--runs R] [--keep]` (or HOCTAP_BENCH_HOUSEHOLDS /
// HOCTAP_BENCH_YEARS): the cost of one write at scale. Generates the synthetic dataset
// (`@hoctap/bench-data`, default 500,000 households × 5 years) in an embedded PostgreSQL of its
// own, copies the evaluations it will act on into an otherwise empty database made from the same
// map, and for each prints one JSON line:
// - `scoreEvaluation` and `transition` (VERIFY by a province officer), p50/p95, on the populated
//   database and on the empty one, and the ratio;
// - 8 officers of one province verifying different evaluations at once (the same province, model,
//   year and states: the same summary rows), p95, and the longest lock wait seen by sampling
//   pg_locks every few ms;
// - that the summaries still equal a recount of the evaluations.
// Calls go through the GraphQL app in process (`inject`): the figures are the server's, without the network.
// Targets (issue #21): p50 < 15 ms, p95 < 40 ms, within 2× of the empty database; 8 officers: lock waits of a few ms.
// The data directory is deleted at the end unless --keep.
import { existsSync } from 'node:fs';
import { readFile, rm } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { countPreReformCommunes, generateBenchData } from '@hoctap/bench-data';
import { importDvhc, NATIONAL_CRITERIA_SETS, Role, TokenService, toGlobalId } from '@hoctap/core';
import { cloneDatabase, ensureDatabase, openDatabaseServer, withDatabase } from '@hoctap/db';
import { buildHoctapSchema, createApp, openPlatformDatabase, type PlatformDatabase } from '@hoctap/server';
import pg from 'pg';
import { summarise } from './http.ts';

const arg = (name: string, env: string, fallback: string) => {
  const i = process.argv.indexOf(`--${name}`);
  return i > 0 ? process.argv[i + 1]! : (process.env[env] ?? fallback);
};
const households = Number(arg('households', 'HOCTAP_BENCH_HOUSEHOLDS', '500000'));
const years = Number(arg('years', 'HOCTAP_BENCH_YEARS', '5'));
const runs = Number(arg('runs', 'HOCTAP_BENCH_RUNS', '100'));
const keep = process.argv.includes('--keep');
const OFFICERS = 8;
const PER_OFFICER = 10;
const dvhc = process.env.HOCTAP_DVHC_DIR ?? join(import.meta.dirname, '../../../shared/data/dvhc');
if (!existsSync(join(dvhc, 'units-2025-03-01.json'))) {
  console.error(`writes benchmark skipped: the national files are not in ${dvhc} (set HOCTAP_DVHC_DIR).`);
  process.exit(0);
}
const dataDir = resolve(join(import.meta.dirname, `../../.data/bench-writes-${households}x${years}`));
const SECRET = 'bench-secret-that-is-long-enough-for-hs256-signing';
const report = (scenario: string, figures: Record<string, unknown>) =>
  console.log(JSON.stringify({ scenario, ...figures }));
const round = (n: number) => Math.round(n * 100) / 100;
const log = (line: string) => console.error(line);

// The dataset lives in its own embedded PostgreSQL, never in DATABASE_URL's.
const server = await openDatabaseServer({ databaseUrl: undefined, dataDir });
const MAP = 'hoctap_bench_writes_map';
const FULL = 'hoctap_bench_writes_full';
const EMPTY = 'hoctap_bench_writes_empty';
const pools: pg.Pool[] = [];
const poolOf = (name: string) => {
  const pool = new pg.Pool({ connectionString: withDatabase(server.url, name), max: 2 });
  pool.on('error', (error) => log(String(error)));
  pools.push(pool);
  return pool;
};
const open = (name: string) => openPlatformDatabase({ databaseUrl: withDatabase(server.url, name), dataDir });

try {
  // 1. The map (migrations, reference data, the national map before 1/7/2025), once, then two copies.
  await ensureDatabase(server.url, MAP);
  const mapDb = await open(MAP);
  if ((await countPreReformCommunes(mapDb.orm.em.fork())) === 0) {
    const read = async (file: string) => JSON.parse(await readFile(join(dvhc, file), 'utf8')) as unknown;
    const documents = {
      before: await read('units-2025-03-01.json'),
      splits: await read('splits-2025-07-01.json'),
      after: await read('merges-2025-07-01.json'),
    };
    await importDvhc(mapDb.orm.em.fork(), documents, { actor: 'system', skipBad: true });
  }
  await mapDb.close();
  for (const name of [FULL, EMPTY]) await cloneDatabase(server.url, MAP, name);

  // 2. The populated database.
  const full = await open(FULL);
  const started = performance.now();
  const generated = await generateBenchData(
    full.orm.em.fork(),
    { households, years, toYear: 2025, seed: 1 },
    { onProgress: log },
  );
  log(
    `bench-data: ${generated.rows.total?.toLocaleString('en')} rows in ${Math.round(performance.now() - started)} ms`,
  );
  const fullPool = poolOf(FULL);
  const [summaryRows] = (
    await fullPool.query<{ n: string }>(`select count(*)::text as n from analytics_evaluation_stats`)
  ).rows;

  // The province with the most household evaluations awaiting verification in the last year.
  const YEAR = 2025;
  const [target] = (
    await fullPool.query<{ province_id: string; code: string }>(
      `select e.lineage[cardinality(e.lineage)] as province_id, u.code from evaluation e
       join admin_unit u on u.id = e.lineage[cardinality(e.lineage)]
       where e.model_kind = 'LEARNING_FAMILY' and e.year = $1 and e.state = 'SUBMITTED'
       group by 1, 2 order by count(*) desc limit 1`,
      [YEAR],
    )
  ).rows;
  if (!target) throw new Error('the dataset has no SUBMITTED household evaluation');
  const pick = async (state: string, n: number) =>
    (
      await fullPool.query<{ id: string }>(
        // The last year first (its summary rows are the hot ones); earlier years when a small dataset runs short.
        `select id from evaluation where model_kind = 'LEARNING_FAMILY' and state = $1
         and lineage[cardinality(lineage)] = $2 order by year = $3 desc, id limit $4`,
        [state, target.province_id, YEAR, n],
      )
    ).rows.map((r) => r.id);
  const drafts = await pick('DRAFT', 2 * runs);
  const submitted = await pick('SUBMITTED', 2 * runs + 2 * OFFICERS * PER_OFFICER);
  const used = [...drafts, ...submitted];
  if (drafts.length < 2 * runs || submitted.length < 2 * runs + 2 * OFFICERS * PER_OFFICER)
    throw new Error(
      `province ${target.code} has too few evaluations for ${runs} runs: use more --households or fewer --runs`,
    );

  // 3. The empty database: the same map, and only the evaluations (and their subjects) acted on.
  const emptyPool = poolOf(EMPTY);
  for (const table of ['subject', 'evaluation'] as const) {
    const key = table === 'subject' ? 'id in (select subject_key from evaluation where id = any($1))' : 'id = any($1)';
    const { rows } = await fullPool.query<{ rows: unknown }>(
      `select coalesce(json_agg(t), '[]') as rows from ${table} t where ${key}`,
      [used],
    );
    await emptyPool.query(`insert into ${table} select * from json_populate_recordset(null::${table}, $1)`, [
      JSON.stringify(rows[0]!.rows),
    ]);
  }
  await emptyPool.query('vacuum analyze');

  const tokens = new TokenService(SECRET);
  const admin = await tokens.sign({ subject: 'bench-admin', role: Role.ADMIN });
  const officers = await Promise.all(
    Array.from({ length: OFFICERS }, (_, i) =>
      tokens.sign({
        subject: `bench-officer-${i}`,
        role: Role.OFFICER,
        unit: { id: target.province_id, code: target.code },
      }),
    ),
  );
  const SCORE = `mutation ($input: ScoreEvaluationInput!) { scoreEvaluation(input: $input) { id version } }`;
  const TRANSITION = `mutation ($id: ID!, $v: Int) { transition(id: $id, action: "VERIFY", expectedVersion: $v) { id state } }`;
  // A value to enter: the first indicator of each set, at its maximum.
  const firstIndicator = new Map(NATIONAL_CRITERIA_SETS.map((s) => [s.code, s.criteria[0]!.indicators[0]!] as const));

  const measure = async (db: PlatformDatabase, pool: pg.Pool, label: string) => {
    const app = await createApp({
      orm: db.orm,
      schema: await buildHoctapSchema(),
      tokens,
      limits: { maxDepth: 10, maxCost: 20000 },
      logLevel: 'silent',
      production: false,
    });
    const call = async (token: string, query: string, variables: Record<string, unknown>) => {
      const start = performance.now();
      const response = await app.inject({
        method: 'POST',
        url: '/graphql',
        headers: { authorization: `Bearer ${token}` },
        payload: { query, variables },
      });
      const ms = performance.now() - start;
      const body = response.json() as { errors?: unknown };
      if (body.errors) throw new Error(`${label}: ${JSON.stringify(body.errors)}`);
      return ms;
    };
    const { rows: sheet } = await pool.query<{ id: string; version: number; code: string }>(
      `select e.id, e.version, c.code from evaluation e join criteria_set c on c.id = e.criteria_set_id
       where e.id = any($1) order by e.id`,
      [drafts],
    );
    const scoreOne = (e: (typeof sheet)[number]) => {
      const indicator = firstIndicator.get(e.code);
      if (!indicator) throw new Error(`no indicator known for the set ${e.code}`);
      return call(admin, SCORE, {
        input: {
          id: toGlobalId('Evaluation', e.id),
          expectedVersion: e.version,
          scores: [{ indicatorCode: indicator.code, value: indicator.maxScore ?? 1 }],
        },
      });
    };
    const versions = new Map(
      (
        await pool.query<{ id: string; version: number }>(`select id, version from evaluation where id = any($1)`, [
          submitted,
        ])
      ).rows.map((r) => [r.id, r.version] as const),
    );
    const verifyAt = (token: string, id: string) =>
      call(token, TRANSITION, { id: toGlobalId('Evaluation', id), v: versions.get(id) });

    // Warm-up (a few of each, not measured), then one at a time.
    const warm = Math.min(10, Math.floor(runs / 5));
    for (const e of sheet.slice(runs, runs + warm)) await scoreOne(e);
    const singles = submitted.slice(0, 2 * runs);
    for (const id of singles.slice(runs, runs + warm)) await verifyAt(officers[0]!, id);
    const score: number[] = [];
    for (const e of sheet.slice(0, runs)) score.push(await scoreOne(e));
    const transition: number[] = [];
    for (const id of singles.slice(0, runs)) transition.push(await verifyAt(officers[0]!, id));

    // 8 officers at once, each through its own list; pg_locks sampled meanwhile.
    const concurrent = submitted.slice(2 * runs, 2 * runs + OFFICERS * PER_OFFICER);
    let maxWaitMs = 0;
    let waitingSamples = 0;
    let samples = 0;
    let sampling = true;
    const sampler = (async () => {
      while (sampling) {
        const { rows } = await pool.query<{ wait_ms: number | null; waiting: number }>(
          `select extract(epoch from max(clock_timestamp() - waitstart)) * 1000 as wait_ms, count(*)::int as waiting
           from pg_locks where not granted and database = (select oid from pg_database where datname = current_database())`,
        );
        samples++;
        if (rows[0]!.waiting > 0) waitingSamples++;
        maxWaitMs = Math.max(maxWaitMs, Number(rows[0]!.wait_ms ?? 0));
        await new Promise((done) => setTimeout(done, 2));
      }
    })();
    const together: number[] = [];
    const wall = performance.now();
    await Promise.all(
      officers.map(async (token, o) => {
        for (let i = 0; i < PER_OFFICER; i++) together.push(await verifyAt(token, concurrent[o * PER_OFFICER + i]!));
      }),
    );
    const wallMs = performance.now() - wall;
    sampling = false;
    await sampler;
    await app.close();
    return {
      score: summarise(score),
      transition: summarise(transition),
      concurrent: summarise(together),
      concurrentWallMs: wallMs,
      maxWaitMs,
      waitingShare: samples ? waitingSamples / samples : 0,
    };
  };

  const empty = await open(EMPTY);
  const onEmpty = await measure(empty, emptyPool, 'empty');
  await empty.close();
  const onFull = await measure(full, fullPool, 'full');

  const scale = `${households.toLocaleString('en')} households × ${years} years (${summaryRows!.n} summary rows)`;
  for (const op of ['score', 'transition'] as const)
    report(`writes.${op === 'score' ? 'scoreEvaluation' : 'transition.verify'}`, {
      scale,
      p50_ms: onFull[op].p50_ms,
      p95_ms: onFull[op].p95_ms,
      empty_p50_ms: onEmpty[op].p50_ms,
      empty_p95_ms: onEmpty[op].p95_ms,
      ratio_p50: round(onFull[op].p50_ms / onEmpty[op].p50_ms),
      runs,
      target: 'p50 < 15 ms, p95 < 40 ms, within 2× of the empty database',
    });
  report('writes.8-officers-one-province', {
    scale,
    officers: OFFICERS,
    transitions: OFFICERS * PER_OFFICER,
    p50_ms: onFull.concurrent.p50_ms,
    p95_ms: onFull.concurrent.p95_ms,
    max_ms: onFull.concurrent.max_ms,
    per_s: Math.round((OFFICERS * PER_OFFICER) / (onFull.concurrentWallMs / 1000)),
    max_lock_wait_ms: round(onFull.maxWaitMs),
    samples_with_a_waiter: round(onFull.waitingShare),
    empty_p95_ms: onEmpty.concurrent.p95_ms,
    empty_max_lock_wait_ms: round(onEmpty.maxWaitMs),
    target: 'no request waits on another’s summary row for more than a few ms',
  });

  // 4. The summaries equal a recount, at scale.
  const drift = async (pool: pg.Pool) =>
    (
      await pool.query<{ units: string; provinces: string }>(
        `select
         (select count(*) from (
           (select unit_id, year, model_kind, state, coalesce(rating, '') as rating, count(*)::bigint as n from evaluation group by 1, 2, 3, 4, 5
            except select unit_id, year, model_kind, state, rating, n from analytics_evaluation_stats)
           union all
           (select unit_id, year, model_kind, state, rating, n from analytics_evaluation_stats
            except select unit_id, year, model_kind, state, coalesce(rating, ''), count(*)::bigint from evaluation group by 1, 2, 3, 4, 5)) d)::text as units,
         (select count(*) from (
           (select lineage[cardinality(lineage)] as province_id, year, model_kind, state, coalesce(rating, '') as rating, count(*)::bigint as n
              from evaluation group by 1, 2, 3, 4, 5
            except select province_id, year, model_kind, state, rating, n from analytics_evaluation_province_stats)
           union all
           (select province_id, year, model_kind, state, rating, n from analytics_evaluation_province_stats
            except select lineage[cardinality(lineage)], year, model_kind, state, coalesce(rating, ''), count(*)::bigint
              from evaluation group by 1, 2, 3, 4, 5)) d)::text as provinces`,
      )
    ).rows[0]!;
  const recount = performance.now();
  const fullDrift = await drift(fullPool);
  report('writes.summaries-equal-a-recount', {
    scale,
    unit_grain_rows_differing: Number(fullDrift.units),
    province_grain_rows_differing: Number(fullDrift.provinces),
    empty_rows_differing: Object.values(await drift(emptyPool)).reduce((s, n) => s + Number(n), 0),
    recount_ms: Math.round(performance.now() - recount),
    target: '0',
  });
  await full.close();
} catch (error) {
  console.error(error);
  process.exitCode = 1;
} finally {
  for (const pool of pools) await pool.end();
  await server.stop();
  if (!keep) await rm(dataDir, { recursive: true, force: true });
}
