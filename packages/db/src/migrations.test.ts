import { coreModule } from '@hoctap/core';
import type {} from '@hoctap/plugin-sdk/testing';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { MikroORM } from '@mikro-orm/postgresql';
import { coreMigrations } from './migrations/index.js';
import { migrationStatus, openOrm } from './orm.js';
import { cloneDatabase, dropDatabase } from './test-databases.js';

const serverUrl = inject('testServerUrl');
const name = `hoctap_test_migrations_${process.pid}`;
let orm: MikroORM;

beforeAll(async () => {
  // template0 is empty: the migrations run from scratch here, as on a new installation.
  const url = await cloneDatabase(serverUrl, 'template0', name);
  orm = await openOrm({ clientUrl: url, entities: coreModule.entities, migrations: coreMigrations, poolMax: 2 });
});

afterAll(async () => {
  await orm?.close();
  await dropDatabase(serverUrl, name);
});

describe('core migrations', () => {
  it('apply to an empty database and leave nothing pending', async () => {
    await orm.migrator.up();
    const status = await migrationStatus(orm);
    expect(status.pending).toEqual([]);
    expect(status.applied).toEqual(coreMigrations.map((m) => m.name));
  });

  it('create exactly what the entities declare (run "pnpm hoctap migration create <name>" when this fails)', async () => {
    const diff = await orm.schema.getUpdateSchemaSQL({ wrap: false });
    expect(diff.trim()).toBe('');
  });

  it('are idempotent: running them again changes nothing', async () => {
    expect(await orm.migrator.up()).toEqual([]);
  });
});
