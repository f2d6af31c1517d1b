/**
 * Read replicas against a real streaming replica: a PostgreSQL primary and a standby started here
 * from the machine's PostgreSQL binaries (Debian's, or HOCTAP_PG_BIN), and the API reading from
 * the standby, reading its own writes from the primary, and leaving a lagging standby out.
 */
import { execFile } from 'node:child_process';
import { existsSync, readdirSync } from 'node:fs';
import { chmod, chown, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { AdminUnit, markWritten, runRequestScope } from '@hoctap/core';
import { freePort } from '@hoctap/db';
import { loadConfig, openPlatformDatabase, startPlatform, type Platform } from '@hoctap/server';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const exec = promisify(execFile);

function findBinaries(): string | null {
  const candidates = [
    ...(process.env.HOCTAP_PG_BIN ? [process.env.HOCTAP_PG_BIN] : []),
    ...(existsSync('/usr/lib/postgresql')
      ? readdirSync('/usr/lib/postgresql')
          .sort()
          .reverse()
          .map((v) => join('/usr/lib/postgresql', v, 'bin'))
      : []),
  ];
  return (
    candidates.find((dir) =>
      ['initdb', 'pg_ctl', 'pg_basebackup', 'postgres'].every((t) => existsSync(join(dir, t))),
    ) ?? null
  );
}

const bin = findBinaries();
const asRoot = process.getuid?.() === 0;
const skipReason = bin
  ? asRoot && !existsSync('/usr/sbin/runuser')
    ? 'running as root without runuser to start PostgreSQL as the postgres user'
    : null
  : 'no PostgreSQL server binaries (initdb, pg_ctl, pg_basebackup) in HOCTAP_PG_BIN or /usr/lib/postgresql/*/bin';

/** PostgreSQL refuses to run as root: as root, its tools run as the postgres user. */
function pgTool(tool: string, args: string[]) {
  const path = join(bin!, tool);
  return asRoot ? exec('runuser', ['-u', 'postgres', '--', path, ...args]) : exec(path, args);
}

let dir: string;
let ports: { primary: number; standby: number };
let platform: Platform;
const url = (port: number, db = 'hoctap') => `postgres://postgres@127.0.0.1:${port}/${db}`;

async function sql<T extends pg.QueryResultRow>(port: number, text: string): Promise<T[]> {
  const client = new pg.Client({ connectionString: url(port) });
  await client.connect();
  try {
    return (await client.query<T>(text)).rows;
  } finally {
    await client.end();
  }
}

async function startServer(data: string, port: number): Promise<void> {
  await pgTool('pg_ctl', [
    '-D',
    data,
    '-l',
    join(dir, `${port}.log`),
    '-w',
    '-o',
    `-p ${port} -c listen_addresses=127.0.0.1 -c unix_socket_directories=${dir} -c fsync=off -c wal_level=replica -c max_wal_senders=4 -c hot_standby=on`,
    'start',
  ]);
}

async function provinceName(code: string): Promise<string> {
  const response = await fetch(`${platform.url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ query: `{ adminUnit(code: "${code}") { name } }` }),
  });
  const body = (await response.json()) as { data: { adminUnit: { name: string } } };
  return body.data.adminUnit.name;
}

describe.skipIf(skipReason !== null)(`read replicas${skipReason ? ` (skipped: ${skipReason})` : ''}`, () => {
  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'hoctap-replica-'));
    if (asRoot) {
      await chmod(dir, 0o755);
      const id = async (flag: string) => Number((await exec('id', [flag, 'postgres'])).stdout.trim());
      await chown(dir, await id('-u'), await id('-g'));
    }
    ports = { primary: await freePort(), standby: await freePort() };
    await pgTool('initdb', ['-D', join(dir, 'primary'), '--auth=trust', '-U', 'postgres', '--no-sync']);
    await startServer(join(dir, 'primary'), ports.primary);
    const admin = new pg.Client({ connectionString: url(ports.primary, 'postgres') });
    await admin.connect();
    await admin.query('create database hoctap');
    await admin.end();
    const migrated = await openPlatformDatabase({ databaseUrl: url(ports.primary), dataDir: '' }, undefined, null, {
      nationalMap: false,
    });
    await migrated.close();
    await pgTool('pg_basebackup', [
      '-h',
      '127.0.0.1',
      '-p',
      String(ports.primary),
      '-U',
      'postgres',
      '-D',
      join(dir, 'standby'),
      '-R',
      '-X',
      'stream',
    ]);
    await startServer(join(dir, 'standby'), ports.standby);
    platform = await startPlatform(
      loadConfig({
        PORT: '0',
        DATABASE_URL: url(ports.primary),
        DATABASE_REPLICA_URLS: url(ports.standby),
        HOCTAP_REPLICA_MAX_LAG_MS: '2000',
        HOCTAP_JWT_SECRET: 'replica-test-secret-long-enough-for-hs256',
        HOCTAP_PLUGINS: 'none',
        LOG_LEVEL: 'silent',
        HOCTAP_METRICS_TOKEN: 'replica-metrics-token',
      }),
    );
  }, 300_000);

  afterAll(async () => {
    await platform?.close();
    for (const node of ['standby', 'primary'])
      if (dir && existsSync(join(dir, node)))
        await pgTool('pg_ctl', ['-D', join(dir, node), '-m', 'immediate', 'stop']).catch(() => undefined);
    if (dir) await rm(dir, { recursive: true, force: true });
  });

  it('reads from the standby, reads its own writes from the primary, and leaves a lagging standby out of rotation', async () => {
    const routing = platform.replicas!;
    // Caught up and in rotation, as /readyz says.
    let [status] = await routing.measure();
    expect(status).toMatchObject({ name: `127.0.0.1:${ports.standby}`, inRotation: true });
    const ready = (await (await fetch(`${platform.url}/readyz`)).json()) as { status: string; replicas: unknown[] };
    expect(ready).toMatchObject({
      status: 'ready',
      replicas: [{ name: `127.0.0.1:${ports.standby}`, inRotation: true }],
    });

    // Freeze the standby's replay just after a fresh transaction, then rename a province on the primary.
    await sql(ports.primary, `update admin_unit set name = name where code = '01' and valid_to is null`);
    const before = (
      await sql<{ name: string }>(ports.primary, `select name from admin_unit where code = '01' and valid_to is null`)
    )[0]!.name;
    await new Promise((r) => setTimeout(r, 200));
    await sql(ports.standby, 'select pg_wal_replay_pause()');
    await sql(
      ports.primary,
      `update admin_unit set name = 'Thành phố Hà Nội (đổi)' where code = '01' and valid_to is null`,
    );

    [status] = await routing.measure();
    expect(status!.inRotation).toBe(true);
    // An anonymous read goes to the standby: it has not seen the rename.
    expect(await provinceName('01')).toBe(before);
    // A request that has written reads from the primary.
    const own = await runRequestScope(async () => {
      markWritten();
      return (await platform.orm.em.fork().findOneOrFail(AdminUnit, { code: '01', validTo: null })).name;
    });
    expect(own).toBe('Thành phố Hà Nội (đổi)');

    // Past the bound the standby leaves the rotation and reads see the primary.
    await new Promise((r) => setTimeout(r, 2300));
    [status] = await routing.measure();
    expect(status).toMatchObject({ inRotation: false });
    expect(status!.lagMs).toBeGreaterThan(2000);
    expect(await provinceName('01')).toBe('Thành phố Hà Nội (đổi)');

    const metrics = await (
      await fetch(`${platform.url}/metrics`, { headers: { authorization: 'Bearer replica-metrics-token' } })
    ).text();
    expect(metrics).toContain(`hoctap_db_replica_in_rotation{replica="127.0.0.1:${ports.standby}"} 0`);
    expect(metrics).toMatch(
      new RegExp(`hoctap_db_replica_lag_seconds\\{replica="127.0.0.1:${ports.standby}"\\} [2-9]`),
    );

    // Replay resumes: the standby catches up and comes back.
    await sql(ports.standby, 'select pg_wal_replay_resume()');
    await expect.poll(async () => (await routing.measure())[0]!.inRotation, { timeout: 10_000 }).toBe(true);
  });
});
