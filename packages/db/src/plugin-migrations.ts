import type { MigrationObject } from '@mikro-orm/core';
import type { Migration } from '@mikro-orm/migrations';
import type { MikroORM } from '@mikro-orm/postgresql';
import { quoteIdent } from './database-url.js';

/** A plugin migration that failed, with the plugin and the migration named for the refusal message. */
export class PluginMigrationError extends Error {
  constructor(
    readonly schema: string,
    readonly migration: string,
    cause: unknown,
  ) {
    super(`migration ${migration} failed: ${cause instanceof Error ? cause.message : String(cause)}`, { cause });
  }
}

type MigrationClass = new (...args: ConstructorParameters<typeof Migration>) => Migration;

/**
 * Applies a plugin's pending migrations inside its own PostgreSQL schema, with its own history
 * table (`<schema>.migrations`), each migration in its own transaction. Core and plugin
 * histories never mix, so a plugin can be added, upgraded or removed without touching the core's.
 * Returns the names applied; throws PluginMigrationError naming the first that fails (it is rolled back).
 */
export async function migratePlugin(
  orm: MikroORM,
  schema: string,
  migrations: readonly MigrationObject[],
): Promise<string[]> {
  const em = orm.em.fork();
  const s = quoteIdent(schema);
  await em.execute(`create schema if not exists ${s}`);
  await em.execute(
    `create table if not exists ${s}.migrations (name text primary key, executed_at timestamptz not null default now())`,
  );
  const applied: string[] = [];
  for (const migration of migrations) {
    try {
      const ran = await em.transactional(async (tx) => {
        // Serialises two servers starting at once against one database.
        await tx.execute(`select pg_advisory_xact_lock(hashtext('plugin-migrations:' || ?))`, [schema]);
        const done = await tx.execute<{ name: string }[]>(`select name from ${s}.migrations where name = ?`, [
          migration.name,
        ]);
        if (done.length > 0) return false;
        const instance = new (migration.class as MigrationClass)(orm.em.getDriver(), orm.config);
        await instance.up();
        for (const query of instance.getQueries()) await tx.execute(String(query));
        await tx.execute(`insert into ${s}.migrations (name) values (?)`, [migration.name]);
        return true;
      });
      if (ran) applied.push(migration.name);
    } catch (error) {
      throw new PluginMigrationError(schema, migration.name, error);
    }
  }
  return applied;
}

/** The names of a plugin's migrations not yet applied in its schema (all of them when the schema is new). */
export async function pendingPluginMigrations(
  orm: MikroORM,
  schema: string,
  migrations: readonly MigrationObject[],
): Promise<string[]> {
  const em = orm.em.fork();
  const [table] = await em.execute<{ found: string | null }[]>(`select to_regclass(?) as found`, [
    `${quoteIdent(schema)}.migrations`,
  ]);
  if (!table?.found) return migrations.map((m) => m.name);
  const done = await em.execute<{ name: string }[]>(`select name from ${quoteIdent(schema)}.migrations`);
  const applied = new Set(done.map((d) => d.name));
  return migrations.map((m) => m.name).filter((name) => !applied.has(name));
}
