// `pnpm bench analytics [--households N] [--years Y] [--data-dir DIR] [--runs R]`: generates (once,
// kept in DIR) the synthetic national dataset with `hoctap bench-data`, starts the API on it in a
// process of its own, and for each scenario prints one JSON line: p50/p95 over HTTP from a client
// process, the raw SQL time of the same aggregate measured in the same run (the engine's statements,
// run at once on a pool as the engine runs them, so the ratio and the overhead in ms show the GraphQL
// layer's cost), the floor any request pays (`{ __typename }`), and at the end the server's peak RSS
// under load.
// Targets (issue #7, 5M households × 10 years, 2 cores): province × year family share on today's
// map p50 < 150 ms; one province's communes × standard for a year p50 < 50 ms; end to end within
// 1.5× raw SQL; server RSS < 512 MiB.
import { spawn, spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import {
  fetchStatement,
  planAnalytics,
  Role,
  TokenService,
  type AnalyticsQuery,
  type AnalyticsStatement,
} from '@hoctap/core';
import { freePort, openDatabaseServer } from '@hoctap/db';
import pg from 'pg';
import { measureFromClientProcess, summarise } from './http.ts';

const arg = (name: string, fallback: string) => {
  const i = process.argv.indexOf(`--${name}`);
  return i > 0 ? process.argv[i + 1]! : fallback;
};
const households = Number(arg('households', '5000000'));
const years = Number(arg('years', '10'));
const runs = Number(arg('runs', '100'));
const dataDir = resolve(
  arg('data-dir', join(import.meta.dirname, `../../.data/bench-analytics-${households}x${years}`)),
);
const dvhc = process.env.HOCTAP_DVHC_DIR ?? join(import.meta.dirname, '../../../shared/data/dvhc');
if (!existsSync(join(dvhc, 'units-2025-03-01.json'))) {
  console.error(`analytics benchmark skipped: the national files are not in ${dvhc} (set HOCTAP_DVHC_DIR).`);
  process.exit(0);
}
const SECRET = 'bench-secret-that-is-long-enough-for-hs256-signing';
const bin = join(import.meta.dirname, '../../packages/cli/dist/bin.js');
// The dataset lives in its own embedded PostgreSQL, never in DATABASE_URL's.
const { DATABASE_URL: _ignored, ...inherited } = process.env;
const env: NodeJS.ProcessEnv = {
  ...inherited,
  HOCTAP_DATA_DIR: dataDir,
  HOCTAP_JWT_SECRET: SECRET,
  HOCTAP_DVHC_DIR: dvhc,
  LOG_LEVEL: 'warn',
};

const report = (scenario: string, figures: Record<string, unknown>) =>
  console.log(JSON.stringify({ scenario, ...figures }));

// 1. The dataset (idempotent: a second run finds it generated and writes nothing).
const generated = spawnSync(
  process.execPath,
  [bin, 'bench-data', '--households', String(households), '--years', String(years), '--seed', '1'],
  { env, stdio: ['ignore', 'inherit', 'inherit'] },
);
if (generated.status !== 0) process.exit(generated.status ?? 1);

// 2. The server, in its own process, on the same embedded database.
const port = await freePort();
const server = spawn(process.execPath, [bin, 'start'], {
  env: { ...env, PORT: String(port), HOCTAP_PLUGINS: 'none' },
  stdio: ['ignore', 'ignore', 'pipe'],
});
let log = '';
await new Promise<void>((ok, fail) => {
  server.stderr.on('data', (chunk: Buffer) => {
    log += chunk.toString();
    if (log.includes('ready at')) ok();
  });
  server.on('exit', (code) => fail(new Error(`the server exited with ${code}:\n${log}`)));
});
// The raw SQL runs on the same PostgreSQL: attach to the server's embedded one (it stays the owner).
const database = await openDatabaseServer({ databaseUrl: undefined, dataDir });

try {
  const tokens = new TokenService(SECRET);
  const analyst = await tokens.sign({ subject: 'bench-analyst', role: Role.ANALYST });
  const admin = await tokens.sign({ subject: 'bench-admin', role: Role.ADMIN });
  // A pool, so that the raw statements of one aggregate run at once, on their own connections, as the engine runs them.
  const db = new pg.Pool({ connectionString: database.url, max: 4 });
  // The embedded server stopping at the end ends idle connections: not an error of the benchmark.
  db.on('error', () => undefined);
  const [{ id: dongThap }] = (
    await db.query<{ id: string }>(
      `select id from admin_unit where code = '87' and level = 'PROVINCE' and valid_to is not null`,
    )
  ).rows as [{ id: string }];
  const toYear = 2025;

  const scenarios: {
    name: string;
    target: string;
    token: string;
    query: AnalyticsQuery;
    raw: () => AnalyticsStatement[];
  }[] = [
    {
      name: 'analytics.family-share.province-x-year.current-map',
      target: 'p50 < 150 ms',
      token: analyst,
      query: {
        measures: ['LEARNING_FAMILY_SHARE'],
        dimensions: [{ dimension: 'UNIT', level: 'PROVINCE', map: 'CURRENT' }, { dimension: 'YEAR' }],
        filters: { lastYears: years, yearTo: toYear },
      },
      raw() {
        const plan = planAnalytics(this.query, 2026).plan!;
        return plan.fetches.map((f) => fetchStatement(f, { roots: [], years: plan.years }));
      },
    },
    {
      name: 'analytics.standards.communes-of-a-province.one-year',
      target: 'p50 < 50 ms',
      token: admin,
      query: {
        measures: ['COMMUNES_MEETING'],
        dimensions: [{ dimension: 'UNIT', level: 'COMMUNE' }, { dimension: 'STANDARD' }],
        filters: { unitCode: '87', unitAsOf: '2024-06-01', yearFrom: 2024, yearTo: 2024 },
      },
      raw() {
        const plan = planAnalytics(this.query, 2026).plan!;
        return plan.fetches.map((f) =>
          fetchStatement(f, { roots: [{ id: dongThap, level: 'PROVINCE' }], years: plan.years }),
        );
      },
    },
    {
      name: 'analytics.funds.donor-type-x-year',
      target: 'none set',
      token: admin,
      query: { measures: ['FUND_AMOUNT'], dimensions: [{ dimension: 'DONOR_TYPE' }, { dimension: 'YEAR' }] },
      raw() {
        const plan = planAnalytics(this.query, 2026).plan!;
        return plan.fetches.map((f) => fetchStatement(f, { roots: [], years: plan.years }));
      },
    },
  ];

  const QUERY = `query ($q: AnalyticsQueryInput!) { analytics(query: $q) { headers { name } rows suppressedCells } }`;
  const endpoint = `http://127.0.0.1:${port}/graphql`;
  // The floor: what any request costs over HTTP (keep-alive, parsing, validation, the cost limit, the token).
  report('graphql.empty-query', {
    ...(await measureFromClientProcess(endpoint, { query: '{ __typename }', variables: {}, token: admin }, runs)),
    target: 'none: the fixed cost of a request',
  });
  for (const s of scenarios) {
    const http = await measureFromClientProcess(
      endpoint,
      { query: QUERY, variables: { q: s.query }, token: s.token },
      runs,
    );
    const raw = await rawSql(db, s.raw(), runs);
    report(s.name, {
      ...http,
      raw_sql_p50_ms: raw.p50_ms,
      raw_sql_p95_ms: raw.p95_ms,
      ratio_p50: Math.round((http.p50_ms / raw.p50_ms) * 100) / 100,
      overhead_p50_ms: Math.round((http.p50_ms - raw.p50_ms) * 100) / 100,
      target: s.target,
    });
  }
  // Under load: four clients at once on the heaviest scenario, then the server's peak RSS.
  const heavy = scenarios[0]!;
  await Promise.all(
    Array.from({ length: 4 }, () =>
      measureFromClientProcess(endpoint, { query: QUERY, variables: { q: heavy.query }, token: heavy.token }, runs),
    ),
  );
  const status = await readFile(`/proc/${server.pid}/status`, 'utf8');
  const kib = (key: string) => Number(new RegExp(`${key}:\\s+(\\d+)`).exec(status)?.[1] ?? NaN);
  report('analytics.server.memory', {
    peak_rss_mib: Math.round(kib('VmHWM') / 1024),
    rss_mib: Math.round(kib('VmRSS') / 1024),
    target: 'peak RSS < 512 MiB',
  });
  await db.end();
} finally {
  server.kill('SIGTERM');
  await new Promise((done) => server.on('exit', done));
}

/** The statements as the engine runs them (at once), `runs` times after a warm-up; the time of one whole aggregate. */
async function rawSql(db: pg.Pool, statements: AnalyticsStatement[], n: number) {
  const toPg = (s: AnalyticsStatement) => {
    let i = 0;
    return { text: s.sql.replace(/\?/g, () => `$${++i}`), values: s.params };
  };
  const prepared = statements.map(toPg);
  for (let i = 0; i < 10; i++) await Promise.all(prepared.map((p) => db.query(p)));
  const samples: number[] = [];
  for (let i = 0; i < n; i++) {
    const start = performance.now();
    await Promise.all(prepared.map((p) => db.query(p)));
    samples.push(performance.now() - start);
  }
  return summarise(samples);
}
