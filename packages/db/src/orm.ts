import type { EntityClass, MigrationObject } from '@mikro-orm/core';
import { ReflectMetadataProvider } from '@mikro-orm/decorators/legacy';
import { Migrator } from '@mikro-orm/migrations';
import { MikroORM, type Options } from '@mikro-orm/postgresql';

export interface OrmOptions {
  clientUrl: string;
  entities: EntityClass<object>[];
  migrations: MigrationObject[];
  /** Pool size; tests keep it small because many databases live on one server. */
  poolMax?: number;
  /** Receives each SQL statement, e.g. to count them in tests. */
  onQuery?: (sql: string) => void;
  /** Bounds for serving requests; absent for migrations and bulk jobs, whose statements may run long. */
  limits?: ConnectionLimits;
  /** Called with the `pg` pool once it exists (the server guards it against a second connection per transaction). */
  onPoolCreated?: (pool: { connect(...args: unknown[]): unknown }) => void;
  /** Shown in pg_stat_activity; the server names itself so it can find its own backends at shutdown. */
  applicationName?: string;
  /** Read replicas (DATABASE_REPLICA_URLS): reads outside transactions may go to them, see ReplicaRouting. */
  replicas?: readonly string[];
}

/**
 * How long a request may wait for or hold the database. Without them a stuck request (a lock held
 * elsewhere, a pool run dry) waits forever and takes the server with it; with them it fails with a
 * typed error (UNAVAILABLE) and its transaction rolls back.
 */
export interface ConnectionLimits {
  /** Longest wait for a pooled connection. */
  acquireTimeoutMs: number;
  /** Longest single statement. */
  statementTimeoutMs: number;
  /** Longest wait for a row or table lock. */
  lockTimeoutMs: number;
  /** Longest a transaction may stay open with nothing running. */
  idleInTransactionTimeoutMs: number;
}

export const DEFAULT_LIMITS: ConnectionLimits = {
  acquireTimeoutMs: 5_000,
  statementTimeoutMs: 30_000,
  lockTimeoutMs: 5_000,
  idleInTransactionTimeoutMs: 30_000,
};

function driverOptionsOf(options: OrmOptions): Record<string, unknown> {
  const l = options.limits;
  return {
    ...(options.applicationName ? { application_name: options.applicationName } : {}),
    ...(l
      ? {
          connectionTimeoutMillis: l.acquireTimeoutMs,
          statement_timeout: l.statementTimeoutMs,
          lock_timeout: l.lockTimeoutMs,
          idle_in_transaction_session_timeout: l.idleInTransactionTimeoutMs,
        }
      : {}),
    ...(options.onPoolCreated ? { onPoolCreated: options.onPoolCreated } : {}),
  };
}

export function ormConfig(options: OrmOptions): Options {
  return {
    clientUrl: options.clientUrl,
    entities: options.entities,
    metadataProvider: ReflectMetadataProvider,
    extensions: [Migrator],
    migrations: {
      migrationsList: options.migrations,
      tableName: 'hoctap_migrations',
      transactional: true,
      allOrNothing: true,
      snapshot: false,
      silent: true,
    },
    // SQL functions and triggers are written by hand in migrations (search's hoctap_unaccent, the
    // analytics triggers), the analytics summary tables, the reports' data values (kept by a
    // trigger) and the recorded plugin set are not entities: the schema diff must not propose
    // dropping any of them.
    schemaGenerator: {
      ignoreRoutines: true,
      ignoreTriggers: true,
      skipTables: [
        /^analytics_/,
        'hoctap_plugin_set',
        'data_value',
        'evaluation_import',
        'evaluation_import_problem',
        'job',
        'job_file_part',
      ],
    },
    pool: { min: 0, max: options.poolMax ?? 10 },
    ...(options.replicas?.length
      ? {
          replicas: options.replicas.map((clientUrl, i) => ({ name: `replica-${i + 1}`, clientUrl })),
          preferReadReplicas: true,
        }
      : { preferReadReplicas: false }),
    driverOptions: driverOptionsOf(options),
    // Every request forks its own EntityManager; the global one must never be used by mistake.
    allowGlobalContext: false,
    forceUtcTimezone: true,
    debug: options.onQuery !== undefined,
    logger: options.onQuery ? (message: string) => options.onQuery?.(message) : undefined,
  };
}

export async function openOrm(options: OrmOptions): Promise<MikroORM> {
  return MikroORM.init(ormConfig(options));
}

export interface MigrationStatus {
  applied: string[];
  pending: string[];
}

/** Applies pending migrations in one transaction and returns what ran. */
export async function migrate(orm: MikroORM): Promise<string[]> {
  const ran = await orm.migrator.up();
  return ran.map((m) => m.name);
}

/**
 * What is applied and what is pending. Writes nothing: on a database never migrated (no history
 * table) everything is pending, where the migrator would create its table to find out.
 */
export async function migrationStatus(orm: MikroORM): Promise<MigrationStatus> {
  const [history] = await orm.em
    .fork()
    .execute<{ found: string | null }[]>(`select to_regclass('hoctap_migrations')::text as found`);
  if (!history?.found)
    return { applied: [], pending: (orm.config.get('migrations').migrationsList ?? []).map((m) => m.name) };
  // One after the other: the migrator checks its table on each call.
  const executed = await orm.migrator.getExecuted();
  const pending = await orm.migrator.getPending();
  return { applied: executed.map((m) => m.name), pending: pending.map((m) => m.name) };
}
