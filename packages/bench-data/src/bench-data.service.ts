import {
  CriteriaSet,
  LAST_DAY_BEFORE_REFORM,
  audit,
  jsonLiteral,
  refreshStandardResults,
  type Actor,
} from '@hoctap/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import { deferChecks, restoreChecks } from './bench-data.bulk.js';
import {
  chunks,
  checkBenchParams,
  evaluationPlan,
  HOUSEHOLD_CHUNK,
  outcomesFor,
  paramsKey,
  planCommunes,
  yearsOf,
  type BenchParams,
  type CommunePlan,
} from './bench-data.rules.js';
import {
  associationsSql,
  BENCH_SOURCE,
  communeTableSql,
  evaluationsSql,
  fundEntriesSql,
  fundsSql,
  lineageTableSql,
  subjectKindOf,
  subjectsSql,
  surveyFiguresSql,
  surveysSql,
  unitTableSql,
  type RunContext,
  type SubjectKindKey,
} from './bench-data.statements.js';

export { BENCH_DEFAULTS, checkBenchParams, type BenchParams } from './bench-data.rules.js';

/** The `reference_data_load` row that records a run: its checksum is the parameters (paramsKey). */
export const BENCH_RECORD = 'bench-data';

/** The tables the generator writes, in the order it writes them. */
export const BENCH_TABLES = [
  'subject',
  'evaluation',
  'education_survey',
  'survey_figure',
  'study_promotion_association',
  'study_promotion_fund',
  'fund_entry',
] as const;
export type BenchTable = (typeof BENCH_TABLES)[number];

export interface BenchDataOptions {
  actor?: Actor;
  onProgress?: (line: string) => void;
  /** Households (or other subjects) per statement; small values exercise the chunking in tests. */
  chunkSize?: number;
  /** VACUUM ANALYZE the written tables after the commit, so that the first queries find hint bits and statistics set (default true). */
  vacuum?: boolean;
}

export interface BenchStep {
  table: BenchTable;
  what: string;
  rows: number;
  ms: number;
}

export interface BenchDataResult {
  status: 'generated' | 'already-generated';
  params: BenchParams;
  /** Rows written per table by this run; for an earlier run, only the total it recorded. */
  rows: Partial<Record<BenchTable | 'total', number>>;
  steps: BenchStep[];
  /** Communes of the old map used, and those left out because their lineage reaches no province (null: nothing generated now). */
  communes: { used: number; withoutProvince: number } | null;
  /** Model/year pairs without a national criteria set in force on 31 December. */
  skipped: { model: string; year: number }[];
  ms: number;
  vacuumMs: number;
}

/** Another run's data is in the database: bench data of different parameters are never mixed. */
export class BenchDataConflict extends Error {}

/** Communes of the map before 1/7/2025 in the database (0: the national map has not been imported). */
export async function countPreReformCommunes(em: EntityManager): Promise<number> {
  const [row] = await em.execute<{ n: string }[]>(
    `select count(*) as n from admin_unit where level = 'COMMUNE' and (valid_from is null or valid_from <= '${LAST_DAY_BEFORE_REFORM}')`,
  );
  return Number(row?.n ?? 0);
}

const seconds = (ms: number) => (ms / 1000).toFixed(1);
const perSecond = (rows: number, ms: number) => Math.round(rows / Math.max(ms / 1000, 0.001)).toLocaleString('en');

/**
 * Generates a synthetic national dataset (bench-data.rules.ts) over the communes of the map before
 * 1/7/2025, in one transaction: all of it or nothing. A run is recorded with its parameters; the
 * same parameters again write nothing, others are refused (BenchDataConflict). Meant for a database
 * of its own: the load holds exclusive locks on the tables it writes until it commits.
 */
export async function generateBenchData(
  em: EntityManager,
  params: BenchParams,
  options: BenchDataOptions = {},
): Promise<BenchDataResult> {
  const problems = checkBenchParams(params);
  if (problems.length > 0) throw new RangeError(problems.map((p) => `${p.field}: ${p.message}`).join('; '));
  const progress = options.onProgress ?? (() => undefined);
  const started = Date.now();
  const key = paramsKey(params);
  const outcome = await em.fork().transactional(async (tx) => {
    await tx.execute(`select pg_advisory_xact_lock(hashtext('${BENCH_RECORD}'))`);
    const earlier = await earlierRun(tx, key);
    if (earlier !== null) return { kind: 'earlier' as const, earlier };
    // All or nothing: nobody waits for the disk before the commit. A statement's rows (the
    // triggers' transition tables) and the key checks' hash tables stay in memory.
    await tx.execute(`set local synchronous_commit = off`);
    await tx.execute(`set local work_mem = '512MB'`);
    const run = await writeAll(tx, params, { ...options, progress });
    const total = run.steps.reduce((s, step) => s + step.rows, 0);
    await tx.execute(
      `insert into reference_data_load (name, checksum, rows, loaded_at) values ('${BENCH_RECORD}', '${key}', ${Math.min(total, 2 ** 31 - 1)}, now())`,
    );
    audit(tx, options.actor ?? 'system', {
      action: 'benchData.generate',
      entityType: 'BenchData',
      entityId: BENCH_RECORD,
      changes: { params: { ...params }, rows: totalsOf(run.steps), communes: run.communes },
    });
    return { kind: 'run' as const, run };
  });
  // The survey service writes each survey's standards results; after a bulk load they are computed
  // here (and for a dataset generated before they existed), so the data is complete for analytics.
  await refreshStandardResults(em.fork(), progress);
  if (outcome.kind === 'earlier') {
    const { earlier } = outcome;
    progress(
      `Already generated: this database holds the bench data of these parameters (${key}, ${earlier.toLocaleString('en')} rows); nothing was written.`,
    );
    return {
      status: 'already-generated',
      params,
      rows: { total: earlier },
      steps: [],
      communes: null,
      skipped: [],
      ms: Date.now() - started,
      vacuumMs: 0,
    };
  }
  const ms = Date.now() - started;
  let vacuumMs = 0;
  if (options.vacuum ?? true) {
    progress('VACUUM ANALYZE of the written tables …');
    const vacuumStarted = Date.now();
    await em.fork().execute(`vacuum (analyze) ${[...BENCH_TABLES, 'analytics_standard_results'].join(', ')}`);
    vacuumMs = Date.now() - vacuumStarted;
    progress(`VACUUM ANALYZE done in ${seconds(vacuumMs)} s.`);
  }
  const { run } = outcome;
  return { status: 'generated', params, ...run, rows: totalsOf(run.steps), ms, vacuumMs };
}

/** The total rows of the earlier run with the same parameters, null when there is none; throws on another run. */
async function earlierRun(tx: EntityManager, key: string): Promise<number | null> {
  const [record] = await tx.execute<{ checksum: string; rows: number }[]>(
    `select checksum, rows from reference_data_load where name = '${BENCH_RECORD}'`,
  );
  const fresh =
    'Bench data of different parameters are never mixed: use a fresh HOCTAP_DATA_DIR (or an empty database in DATABASE_URL).';
  if (record && record.checksum !== key)
    throw new BenchDataConflict(`This database already holds bench data (${record.checksum}), not ${key}. ${fresh}`);
  if (record) return Number(record.rows);
  const [stray] = await tx.execute<{ found: boolean }[]>(
    `select exists (select 1 from subject where source = '${BENCH_SOURCE}') as found`,
  );
  if (stray?.found) throw new BenchDataConflict(`This database holds bench data that no run recorded. ${fresh}`);
  return null;
}

function totalsOf(steps: readonly BenchStep[]): Partial<Record<BenchTable | 'total', number>> {
  const rows: Partial<Record<BenchTable | 'total', number>> = {};
  for (const step of steps) rows[step.table] = (rows[step.table] ?? 0) + step.rows;
  rows.total = steps.reduce((s, step) => s + step.rows, 0);
  return rows;
}

interface WriteOptions extends BenchDataOptions {
  progress: (line: string) => void;
}

async function writeAll(tx: EntityManager, params: BenchParams, options: WriteOptions) {
  const ctx: RunContext = { seed: params.seed, firstYear: params.toYear - params.years + 1, toYear: params.toYear };
  const steps: BenchStep[] = [];
  const run = async (table: BenchTable, what: string, sql: string) => {
    const stepStarted = Date.now();
    const { affectedRows } = await tx.execute<{ affectedRows: number }>(sql, [], 'run');
    const ms = Date.now() - stepStarted;
    steps.push({ table, what, rows: affectedRows, ms });
    options.progress(
      `${table} ${what}: ${affectedRows.toLocaleString('en')} rows in ${seconds(ms)} s (${perSecond(affectedRows, ms)} rows/s)`,
    );
  };
  const { plan, communes } = await prepareTables(tx, params, ctx, options.progress);
  const deferred = await deferChecks(tx, { foreignKeysOf: BENCH_TABLES, indexesOf: ['evaluation'] }, options.progress);
  const size = options.chunkSize ?? HOUSEHOLD_CHUNK;
  const totals = totalsPerKind(plan);
  for (const kind of ['HOUSEHOLD', 'CLAN', 'CITIZEN', 'ORGANISATION'] as const)
    for (const range of chunks(totals[kind], size))
      await run('subject', `${kind} ${range.from}–${range.to - 1}`, subjectsSql(ctx, kind, range));

  const sets = await tx.find(CriteriaSet, { issuer: 'NATIONAL' });
  const { planned, skipped } = evaluationPlan(sets, params);
  if (skipped.length > 0)
    options.progress(
      `No national criteria set in force on 31 December, so no evaluations: ${skipped.map((s) => `${s.model} ${s.year}`).join(', ')}.`,
    );
  for (const { model, year, set } of planned) {
    const outcomes = outcomesFor(model, set);
    const kind = subjectKindOf(model);
    const ranges = kind ? chunks(totals[kind], size) : [{ from: 0, to: 0 }];
    for (const range of ranges) {
      const what = `${year} ${model}${kind && ranges.length > 1 ? ` ${range.from}–${range.to - 1}` : ''} (${set.code})`;
      await run('evaluation', what, evaluationsSql(ctx, { model, year, setId: set.id, outcomes, range }));
    }
  }
  for (const year of yearsOf(params)) {
    await run('education_survey', String(year), surveysSql(ctx, year));
    await run('survey_figure', String(year), surveyFiguresSql(ctx, year));
  }
  await run('study_promotion_association', 'one per commune', associationsSql(ctx));
  await run('study_promotion_fund', 'one per association', fundsSql(ctx));
  for (const year of yearsOf(params)) await run('fund_entry', String(year), fundEntriesSql(ctx, year));
  await restoreChecks(tx, deferred, options.progress);
  return { steps, communes, skipped };
}

/** The lineage, unit and commune-plan tables the statements read; analysed, as autovacuum never sees temporary tables. */
async function prepareTables(
  tx: EntityManager,
  params: BenchParams,
  ctx: RunContext,
  progress: (line: string) => void,
): Promise<{ plan: CommunePlan[]; communes: { used: number; withoutProvince: number } }> {
  const started = Date.now();
  await tx.execute(lineageTableSql(ctx));
  await tx.execute(unitTableSql());
  const rows = await tx.execute<{ unit_id: string; code: string; kind: string; valid_from: string }[]>(
    `select unit_id, code, kind, valid_from from bench_unit where level = 'COMMUNE' order by n`,
  );
  const [candidates] = await tx.execute<{ n: string }[]>(
    `select count(distinct u.id) as n from admin_unit u where u.level = 'COMMUNE'
       and (u.valid_from is null or u.valid_from <= '${LAST_DAY_BEFORE_REFORM}')
       and (u.valid_from is null or u.valid_from <= '${ctx.toYear}-12-31') and (u.valid_to is null or u.valid_to >= '${ctx.firstYear}-01-01')`,
  );
  const communes = { used: rows.length, withoutProvince: Number(candidates?.n ?? 0) - rows.length };
  if (rows.length === 0)
    throw new Error(
      `No commune of the map before 1/7/2025 whose lineage reaches a province exists in ${ctx.firstYear}–${ctx.toYear}: import the national map first (hoctap geo import).`,
    );
  const plan = planCommunes(
    rows.map((r) => ({ key: `COMMUNE:${r.code}:${r.valid_from}`, kind: r.kind, unitId: r.unit_id })),
    params,
  );
  await tx.execute(communeTableSql(jsonLiteral(plan, 'jsonb')));
  await tx.execute(`create index on bench_lineage (unit_id, year)`);
  await tx.execute('analyze bench_lineage, bench_unit, bench_commune');
  progress(
    `Planned ${params.households.toLocaleString('en')} households over ${rows.length.toLocaleString('en')} communes` +
      `${communes.withoutProvince > 0 ? ` (${communes.withoutProvince} left out: their lineage reaches no province)` : ''}, ` +
      `${ctx.firstYear}–${ctx.toYear}, seed ${params.seed}, in ${seconds(Date.now() - started)} s.`,
  );
  return { plan, communes };
}

function totalsPerKind(plan: readonly CommunePlan[]): Record<SubjectKindKey, number> {
  const last = plan[plan.length - 1];
  if (!last) return { HOUSEHOLD: 0, CLAN: 0, CITIZEN: 0, ORGANISATION: 0 };
  return {
    HOUSEHOLD: last.firstHousehold + last.households,
    CLAN: last.firstClan + last.clans,
    CITIZEN: last.firstCitizen + last.citizens,
    ORGANISATION: last.firstOrganisation + last.organisations,
  };
}
