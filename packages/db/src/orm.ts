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
    // analytics triggers) and the analytics summary tables are not entities: the schema diff must
    // not propose dropping any of them.
    schemaGenerator: { ignoreRoutines: true, ignoreTriggers: true, skipTables: [/^analytics_/] },
    pool: { min: 0, max: options.poolMax ?? 10 },
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

export async function migrationStatus(orm: MikroORM): Promise<MigrationStatus> {
  const [executed, pending] = await Promise.all([orm.migrator.getExecuted(), orm.migrator.getPending()]);
  return { applied: executed.map((m) => m.name), pending: pending.map((m) => m.name) };
}
