import {
  coreModule,
  guardPool,
  loadReferenceData,
  nationalMapReferenceData,
  PluginRuntime,
  refreshStandardResults,
  type ReferenceLoadReport,
} from '@hoctap/core';
import {
  coreMigrations,
  migrate,
  migrationStatus,
  openDatabaseServer,
  withStartupLock,
  openOrm,
  ReplicaRouting,
  type ConnectionLimits,
  type DatabaseServer,
} from '@hoctap/db';
import type { MikroORM } from '@mikro-orm/postgresql';
import type { ServerConfig } from './config.js';
import type { PoolCounts } from './metrics.js';
import { assertPluginSet, pluginSetOf, recordPluginSet } from './plugin-set.js';
import { describePluginSetDifference } from './plugin-set.rules.js';
import { installPlugins, type PreparedPlugins } from './plugins.js';

/** A server started with `--no-migrate` on a database that `hoctap migrate` has not brought up to date. */
export class MigrationsPendingError extends Error {
  constructor(readonly pending: readonly string[]) {
    super(
      `Cơ sở dữ liệu chưa được nâng cấp / the database is not migrated: ${pending.length} core migration(s) pending (${pending.join(', ')}). Run \`hoctap migrate\` first.`,
    );
    this.name = 'MigrationsPendingError';
  }
}

export interface PlatformDatabase {
  database: DatabaseServer;
  orm: MikroORM;
  migrationsApplied: string[];
  referenceData: ReferenceLoadReport[];
  /** What the loaded plugins contribute to requests. */
  plugins: PluginRuntime;
  /** Present when the serving ORM has read replicas. */
  replicas?: ReplicaRouting;
  close(): Promise<void>;
}

/** How the ORM that serves requests connects, once the start-up jobs are done. */
export interface ServingOptions {
  limits: ConnectionLimits;
  poolMax: number;
  /** Names this server's connections in pg_stat_activity. */
  applicationName: string;
  /** Receives the serving pool once it exists (the metrics read its counts). */
  watchPool?: (pool: PoolCounts) => void;
  /** Read replicas for the serving ORM; reads are routed by lag and read-your-writes. */
  replicas?: { urls: readonly string[]; maxLagMs: number };
}

/**
 * Connects to (or starts) the database, applies pending migrations and loads new or changed
 * reference data: what `start`, `migrate` and `token` all need. Every step is idempotent, and all
 * of them run under the start-up lock, so several servers started at once on one database take
 * turns instead of racing (the first migrates, the others find nothing to do). Given `prepared`
 * (the plugins loaded), the plugin set is recorded; with `migrate: false` nothing is written: the start is refused when a migration is
 * pending or the recorded plugin set differs from this one.
 * Start-up jobs run without statement timeouts (a migration on a national table may take
 * minutes); with `serving`, the ORM returned is a fresh one bounded by its limits and guarded
 * against a second connection inside a transaction.
 */
export async function openPlatformDatabase(
  config: Pick<ServerConfig, 'databaseUrl' | 'dataDir'>,
  progress: (line: string) => void = () => undefined,
  prepared: PreparedPlugins | null = null,
  options: {
    nationalMap?: boolean;
    exclusive?: boolean;
    serving?: ServingOptions;
    /** False: apply nothing, refuse a database with pending migrations (`hoctap start --no-migrate`). */
    migrate?: boolean;
  } = {},
): Promise<PlatformDatabase> {
  progress(
    config.databaseUrl
      ? 'Using the PostgreSQL server in DATABASE_URL.'
      : `Starting embedded PostgreSQL in ${config.dataDir} …`,
  );
  const database = await openDatabaseServer({
    databaseUrl: config.databaseUrl,
    dataDir: config.dataDir,
    exclusive: options.exclusive ?? false,
    onLog: (line) => {
      if (line.startsWith('Took over')) progress(line);
    },
  });
  let orm: MikroORM | undefined;
  try {
    const pluginEntities = (prepared?.plugins ?? []).flatMap((p) => p.definition.entities ?? []);
    orm = await openOrm({
      clientUrl: database.url,
      entities: [...coreModule.entities, ...pluginEntities],
      migrations: coreMigrations,
    });
    const started = orm;
    const { migrationsApplied, referenceData, plugins } =
      options.migrate === false
        ? await checkMigrated(started, prepared, progress)
        : await withStartupLock(database.url, () => runStartupJobs(started, prepared, options, progress), progress);
    const serving = options.serving;
    if (serving) {
      await orm.close();
      orm = undefined;
      orm = await openOrm({
        clientUrl: database.url,
        entities: [...coreModule.entities, ...pluginEntities],
        migrations: coreMigrations,
        poolMax: serving.poolMax,
        limits: serving.limits,
        applicationName: serving.applicationName,
        ...(serving.replicas?.urls.length ? { replicas: serving.replicas.urls } : {}),
        onPoolCreated: (pool) => {
          guardPool(pool);
          serving.watchPool?.(pool as unknown as PoolCounts);
        },
      });
    }
    const opened = orm;
    let replicas: ReplicaRouting | undefined;
    if (serving?.replicas?.urls.length) {
      replicas = new ReplicaRouting(orm, { urls: serving.replicas.urls, maxLagMs: serving.replicas.maxLagMs });
      await replicas.start();
      for (const r of replicas.status())
        progress(
          `Read replica ${r.name}: ${r.inRotation ? `in rotation (${r.lagMs} ms behind)` : `out of rotation (${r.error ?? `${r.lagMs ?? '?'} ms behind`})`}.`,
        );
    }
    const routing = replicas;
    return {
      database,
      orm,
      migrationsApplied,
      referenceData,
      plugins,
      ...(routing ? { replicas: routing } : {}),
      async close() {
        routing?.stop();
        await opened.close();
        await database.stop();
      },
    };
  } catch (error) {
    await orm?.close();
    await database.stop();
    throw error;
  }
}

interface StartupResult {
  migrationsApplied: string[];
  referenceData: ReferenceLoadReport[];
  plugins: PluginRuntime;
}

/** Migrations, reference data, the standards refresh, the plugins and their set: under the start-up lock. */
async function runStartupJobs(
  orm: MikroORM,
  prepared: PreparedPlugins | null,
  options: { nationalMap?: boolean },
  progress: (line: string) => void,
): Promise<StartupResult> {
  const migrationsApplied = await migrate(orm);
  progress(
    migrationsApplied.length
      ? `Applied ${migrationsApplied.length} migration(s): ${migrationsApplied.join(', ')}.`
      : 'Database schema is up to date.',
  );
  // The national map ships with the core and loads once (a few seconds) on a new database; tests
  // whose template holds the provinces only pass `nationalMap: false`.
  // Right after the provinces, so that later sets (the GNLC members) find their communes and districts.
  const [provinces, ...rest] = coreModule.referenceData;
  const referenceData = await loadReferenceData(orm.em.fork(), [
    ...(provinces ? [provinces] : []),
    ...(options.nationalMap === false ? [] : [nationalMapReferenceData]),
    ...rest,
  ]);
  for (const r of referenceData)
    progress(`Reference data ${r.name}: ${r.status === 'loaded' ? `loaded (${r.rows} rows)` : 'unchanged'}.`);
  // Surveys loaded in bulk, or assessed under rules since replaced, get their results now.
  await refreshStandardResults(orm.em.fork(), progress);
  let plugins = PluginRuntime.empty();
  if (prepared && prepared.plugins.length > 0) {
    const installed = await installPlugins(orm, prepared);
    plugins = installed.runtime;
    referenceData.push(...installed.referenceData);
    for (const p of installed.runtime.plugins)
      progress(
        `Plugin ${p.definition.id} ${p.definition.version}: ${p.migrationsApplied.length} migration(s) applied; provinces ${p.provinces.map((b) => b.code).join(', ')}.`,
      );
    for (const r of installed.referenceData)
      progress(`Reference data ${r.name}: ${r.status === 'loaded' ? `loaded (${r.rows} rows)` : 'unchanged'}.`);
  }
  // Only a process that loaded the configured plugins (start, migrate, demo) knows the set: the
  // other commands (token, user, imports) open the database without them and must not record an
  // empty set, which would take every running server out of rotation.
  if (prepared) {
    const changed = await recordPluginSet(orm.em.fork(), pluginSetOf(prepared), process.env.HOSTNAME ?? 'hoctap');
    if (changed) progress(`Plugin set changed from the one recorded: ${describePluginSetDifference(changed)}.`);
  }
  return { migrationsApplied, referenceData, plugins };
}

/** `--no-migrate`: everything must already be in place; nothing is written. */
async function checkMigrated(
  orm: MikroORM,
  prepared: PreparedPlugins | null,
  progress: (line: string) => void,
): Promise<StartupResult> {
  const { pending } = await migrationStatus(orm);
  if (pending.length > 0) throw new MigrationsPendingError(pending);
  await assertPluginSet(orm.em.fork(), pluginSetOf(prepared));
  progress('Database schema is up to date (not migrating: --no-migrate).');
  const plugins =
    prepared && prepared.plugins.length > 0
      ? (await installPlugins(orm, prepared, { apply: false })).runtime
      : PluginRuntime.empty();
  return { migrationsApplied: [], referenceData: [], plugins };
}
