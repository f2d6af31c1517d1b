/**
 * Several servers, one database: start-up work under the advisory lock, `--no-migrate`, and the
 * recorded plugin set.
 */
import { coreMigrations } from '@hoctap/db';
import haNam from '@hoctap/plugin-ha-nam';
import { cloneTestDatabase, testServer } from '@hoctap/plugin-sdk/testing';
import {
  checkReadiness,
  MigrationsPendingError,
  openPlatformDatabase,
  PluginSetMismatchError,
  preparePlugins,
  readPluginSet,
} from '@hoctap/server';
import pg from 'pg';
import { afterEach, describe, expect, it } from 'vitest';
import { cloneDatabase, dropDatabase } from '@hoctap/db';

const dropAfter: (() => Promise<void>)[] = [];
afterEach(async () => {
  for (const drop of dropAfter.splice(0)) await drop();
});

async function emptyDatabase(): Promise<string> {
  const server = await testServer();
  const name = `hoctap_test_startup_${process.pid}_${dropAfter.length}`;
  // template0 is empty: a new installation.
  const url = await cloneDatabase(server.url, 'template0', name);
  dropAfter.push(() => dropDatabase(server.url, name));
  return url;
}

describe('start-up on one database from several processes', () => {
  it('two processes migrating a new database at once converge: every migration runs once, both succeed', async () => {
    const url = await emptyDatabase();
    const lines: string[][] = [[], []];
    // As `hoctap migrate` with HOCTAP_PLUGINS=none: the (empty) plugin set is known and recorded.
    const none = await preparePlugins([]);
    const open = (i: number) =>
      openPlatformDatabase({ databaseUrl: url, dataDir: '' }, (line) => lines[i]!.push(line), none, {
        nationalMap: false,
      });
    const [a, b] = await Promise.all([open(0), open(1)]);
    try {
      const applied = [...a.migrationsApplied, ...b.migrationsApplied];
      expect(applied.sort()).toEqual(coreMigrations.map((m) => m.name).sort());
      // The second waited for the first and found nothing to do.
      expect([a.migrationsApplied.length, b.migrationsApplied.length]).toContain(0);
      expect(lines.flat().some((l) => l.startsWith('Another Hoc Tap process is starting up'))).toBe(true);
      expect(await readPluginSet(a.orm.em.fork())).toEqual([]);
    } finally {
      await a.close();
      await b.close();
    }
  });

  it('--no-migrate refuses a database with pending migrations and names them, writing nothing', async () => {
    const url = await emptyDatabase();
    const refused = openPlatformDatabase({ databaseUrl: url, dataDir: '' }, undefined, null, { migrate: false });
    await expect(refused).rejects.toBeInstanceOf(MigrationsPendingError);
    await expect(refused).rejects.toThrow(/Migration20261122123340_init/);
    const client = new pg.Client({ connectionString: url });
    await client.connect();
    try {
      const { rows } = await client.query<{ n: number }>(
        `select count(*)::int as n from pg_tables where schemaname = 'public'`,
      );
      expect(rows[0]!.n).toBe(0);
    } finally {
      await client.end();
    }
  });
});

describe('the recorded plugin set', () => {
  it('is recorded by migrating, refuses a --no-migrate server with another set, and takes a stale server out of rotation', async () => {
    const db = await cloneTestDatabase('provinces');
    dropAfter.push(db.drop);
    const config = { databaseUrl: db.url, dataDir: '' };
    const withHaNam = await preparePlugins([haNam]);

    // Migrated with no plugins (HOCTAP_PLUGINS=none): a server with Hà Nam may not serve it unmigrated.
    await (await openPlatformDatabase(config, undefined, await preparePlugins([]), { nationalMap: false })).close();
    const refused = openPlatformDatabase(config, undefined, withHaNam, { migrate: false });
    await expect(refused).rejects.toBeInstanceOf(PluginSetMismatchError);
    await expect(refused).rejects.toThrow(`+ha-nam@${haNam.version} (thêm / not recorded)`);

    // Migrating with the new set records it (and says so) ...
    const lines: string[] = [];
    const migrated = await openPlatformDatabase(config, (l) => lines.push(l), withHaNam, { nationalMap: false });
    await migrated.close();
    expect(lines).toContain(
      `Plugin set changed from the one recorded: +ha-nam@${haNam.version} (thêm / not recorded).`,
    );

    // A command that opens the database without the plugins (token, user, imports) records nothing.
    const command = await openPlatformDatabase(config, undefined, null, { nationalMap: false });
    expect(await readPluginSet(command.orm.em.fork())).toEqual([{ id: 'ha-nam', version: haNam.version }]);
    await command.close();

    // ... after which a --no-migrate server with that set starts, with the plugin bound.
    const serving = await openPlatformDatabase(config, undefined, withHaNam, { migrate: false });
    try {
      expect(serving.plugins.plugins.map((p) => p.definition.id)).toEqual(['ha-nam']);
      expect(await readPluginSet(serving.orm.em.fork())).toEqual([{ id: 'ha-nam', version: haNam.version }]);

      // A server still running with no plugins is no longer ready.
      expect(await checkReadiness(serving.orm, { pluginSet: [] })).toEqual({
        status: 'not ready',
        reason: `plugin set differs from the database's: -ha-nam@${haNam.version} (thiếu / not loaded)`,
      });
      expect(await checkReadiness(serving.orm, { pluginSet: [{ id: 'ha-nam', version: haNam.version }] })).toEqual({
        status: 'ready',
      });
    } finally {
      await serving.close();
    }
  });
});
