/**
 * `hoctap backup` / `restore` round trip. pg_dump must be at least the server's version: the
 * embedded server is PostgreSQL 18 and these machines carry the client tools of 15, so the round
 * trip runs against a PostgreSQL server on 127.0.0.1:5432 whose tools are installed (as on CI).
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { backupDatabase, dropDatabase, findPgTool, restoreDatabase, serverMajor, withDatabase } from '@hoctap/db';
import { openPlatformDatabase } from '@hoctap/server';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const SERVER = process.env.HOCTAP_BACKUP_TEST_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';

async function reachable(): Promise<string | null> {
  const client = new pg.Client({ connectionString: SERVER, connectionTimeoutMillis: 2000 });
  try {
    await client.connect();
    await client.end();
  } catch (error) {
    return `no PostgreSQL server answers at ${SERVER} (${(error as Error).message})`;
  }
  try {
    await findPgTool('pg_dump', await serverMajor(SERVER));
    await findPgTool('pg_restore', await serverMajor(SERVER));
  } catch (error) {
    return (error as Error).message;
  }
  return null;
}

const skipReason = await reachable();
const names = { source: `hoctap_backup_src_${process.pid}`, target: `hoctap_backup_dst_${process.pid}` };
let dir: string;

async function count(url: string, sql: string): Promise<number> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return (await client.query<{ n: number }>(sql)).rows[0]!.n;
  } finally {
    await client.end();
  }
}

async function createDatabase(name: string): Promise<string> {
  await dropDatabase(SERVER, name);
  const client = new pg.Client({ connectionString: SERVER });
  await client.connect();
  await client.query(`create database "${name}"`);
  await client.end();
  return withDatabase(SERVER, name);
}

describe.skipIf(skipReason !== null)(`backup and restore${skipReason ? ` (skipped: ${skipReason})` : ''}`, () => {
  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'hoctap-backup-'));
  });
  afterAll(async () => {
    await dropDatabase(SERVER, names.source);
    await dropDatabase(SERVER, names.target);
    await rm(dir, { recursive: true, force: true });
  });

  it('a backup restored into an empty database holds the same rows; a database with tables is refused unless replaced', async () => {
    const source = await createDatabase(names.source);
    const db = await openPlatformDatabase({ databaseUrl: source, dataDir: '' }, undefined, null, {
      nationalMap: false,
    });
    await db.orm.em
      .fork()
      .execute(`update admin_unit set name = name || ' (sao lưu)' where code = '01' and valid_to is null`);
    await db.close();

    const file = join(dir, 'hoctap.dump');
    const lines: string[] = [];
    await backupDatabase(source, file, (l) => lines.push(l));
    expect(lines.some((l) => l.includes('admin_unit'))).toBe(true);

    const target = await createDatabase(names.target);
    await restoreDatabase(target, file);
    for (const sql of [
      'select count(*)::int as n from admin_unit',
      'select count(*)::int as n from hoctap_migrations',
      `select count(*)::int as n from admin_unit where name like '% (sao lưu)'`,
    ])
      expect(await count(target, sql), sql).toBe(await count(source, sql));
    expect(await count(target, `select count(*)::int as n from admin_unit where name like '% (sao lưu)'`)).toBe(1);

    await expect(restoreDatabase(target, file)).rejects.toThrow(/already holds tables/);
    await restoreDatabase(target, file, { replace: true });
    expect(await count(target, 'select count(*)::int as n from admin_unit')).toBe(
      await count(source, 'select count(*)::int as n from admin_unit'),
    );
  });
});
