import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import {
  BENCH_DEFAULTS,
  checkBenchParams,
  countPreReformCommunes,
  generateBenchData,
  type BenchDataResult,
  type BenchParams,
} from '@hoctap/bench-data';
import { importDvhc } from '@hoctap/core';
import { loadConfig, openPlatformDatabase } from '@hoctap/server';

type EntityManager = Parameters<typeof countPreReformCommunes>[0];

export interface BenchDataOptions {
  households?: string;
  years?: string;
  toYear?: string;
  seed?: string;
  /** `--no-vacuum` sets it false. */
  vacuum?: boolean;
}

const DVHC_FILES = {
  before: 'units-2025-03-01.json',
  splits: 'splits-2025-07-01.json',
  after: 'merges-2025-07-01.json',
} as const;

/** `../shared/data/dvhc` beside the repository (this file is packages/cli/{src,dist}/commands/). */
const defaultDvhcDir = () => resolve(fileURLToPath(new URL('../../../../', import.meta.url)), '../shared/data/dvhc');

function paramsOf(options: BenchDataOptions): BenchParams {
  const number = (value: string | undefined, fallback: number) => (value === undefined ? fallback : Number(value));
  const params = {
    households: number(options.households, BENCH_DEFAULTS.households),
    years: number(options.years, BENCH_DEFAULTS.years),
    toYear: number(options.toYear, BENCH_DEFAULTS.toYear),
    seed: number(options.seed, BENCH_DEFAULTS.seed),
  };
  const flags: Record<keyof BenchParams, string> = {
    households: '--households',
    years: '--years',
    toYear: '--to-year',
    seed: '--seed',
  };
  const problems = checkBenchParams(params);
  if (problems.length > 0)
    throw new Error(problems.map((p) => `${flags[p.field as keyof BenchParams]} ${p.message}`).join('; '));
  return params;
}

/**
 * The map before 1/7/2025 is what the data is generated over: when its communes are missing, the
 * national files are imported first, as `hoctap geo import --skip-bad` does.
 */
async function ensureNationalMap(em: EntityManager): Promise<void> {
  const communes = await countPreReformCommunes(em);
  if (communes > 0) {
    console.error(`The map before 1/7/2025 is present (${communes.toLocaleString('en')} communes).`);
    return;
  }
  const dir = process.env.HOCTAP_DVHC_DIR ?? defaultDvhcDir();
  const missing = Object.values(DVHC_FILES).filter((f) => !existsSync(join(dir, f)));
  if (missing.length > 0)
    throw new Error(
      `The database has no communes of the map before 1/7/2025, and the national files to import it are not in ${dir} ` +
        `(missing ${missing.join(', ')}). Set HOCTAP_DVHC_DIR to the folder that holds ${Object.values(DVHC_FILES).join(', ')}, ` +
        'or run `hoctap geo import` first.',
    );
  console.error(`The database has no communes of the map before 1/7/2025: importing the national map from ${dir} …`);
  const read = async (file: string) => JSON.parse(await readFile(join(dir, file), 'utf8')) as unknown;
  const documents = {
    before: await read(DVHC_FILES.before),
    splits: await read(DVHC_FILES.splits),
    after: await read(DVHC_FILES.after),
  };
  const result = await importDvhc(em, documents, {
    actor: 'system',
    skipBad: true,
    onProgress: (line) => console.error(line),
  });
  for (const p of result.problems)
    console.error(`  ${DVHC_FILES[p.file]} ${p.path}${p.code ? ` (${p.code})` : ''}: ${p.rule}: ${p.message}`);
  if (result.problems.length > 0) console.error(`Skipped the ${result.problems.length} row(s) above (as --skip-bad).`);
  console.error(`Imported the national map: ${JSON.stringify(result.counts)}.`);
}

function printSummary(result: BenchDataResult, size: string): void {
  const perTable = new Map<string, { rows: number; ms: number }>();
  for (const step of result.steps) {
    const t = perTable.get(step.table) ?? { rows: 0, ms: 0 };
    perTable.set(step.table, { rows: t.rows + step.rows, ms: t.ms + step.ms });
  }
  for (const [table, t] of perTable)
    console.error(
      `  ${table.padEnd(28)} ${t.rows.toLocaleString('en').padStart(12)} rows ${(t.ms / 1000).toFixed(1).padStart(7)} s ` +
        `${Math.round(t.rows / Math.max(t.ms / 1000, 0.001))
          .toLocaleString('en')
          .padStart(10)} rows/s`,
    );
  const total = result.rows.total ?? 0;
  console.error(
    `bench-data: ${total.toLocaleString('en')} rows in ${(result.ms / 1000).toFixed(1)} s ` +
      `(${Math.round(total / Math.max(result.ms / 1000, 0.001)).toLocaleString('en')} rows/s)` +
      `${result.vacuumMs > 0 ? `, then VACUUM ANALYZE ${(result.vacuumMs / 1000).toFixed(1)} s` : ''}; database ${size}.`,
  );
}

/**
 * `hoctap bench-data`: a synthetic national dataset for benchmarks, generated inside PostgreSQL
 * over the real map before 1/7/2025, deterministic from the seed. Progress goes to stderr, a JSON
 * summary to stdout.
 */
export async function benchDataCommand(options: BenchDataOptions): Promise<void> {
  const params = paramsOf(options);
  const started = Date.now();
  const db = await openPlatformDatabase(loadConfig(), (line) => console.error(line));
  try {
    await ensureNationalMap(db.orm.em.fork());
    const result = await generateBenchData(db.orm.em.fork(), params, {
      vacuum: options.vacuum ?? true,
      onProgress: (line) => console.error(line),
    });
    const [size] = await db.orm.em
      .fork()
      .execute<{ size: string }[]>(`select pg_size_pretty(pg_database_size(current_database())) as size`);
    if (result.status === 'generated') printSummary(result, size?.size ?? '?');
    const { steps: _steps, ...summary } = result;
    console.log(JSON.stringify({ ...summary, databaseSize: size?.size ?? null }));
    console.error(`Done in ${((Date.now() - started) / 1000).toFixed(1)} s.`);
  } finally {
    await db.close();
  }
}
