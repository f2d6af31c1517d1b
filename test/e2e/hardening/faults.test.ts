/**
 * The server and the CLI under faults, as real processes: a SIGTERM with requests in flight (each
 * is answered, or rolled back and told so — never committed after its client was cut off), a
 * kill -9 in the middle of an import (nothing of it stays), and a restart after a server was
 * killed.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { once } from 'node:events';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { NATIONAL_CRITERIA_SETS, Role, TokenService, toGlobalId } from '@hoctap/core';
import { cloneDatabase, dropDatabase, withDatabase } from '@hoctap/db';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';

const ROOT = join(import.meta.dirname, '../../..');
const SECRET = 'a-fault-secret-that-is-long-enough-for-hs256';
const serverUrl = inject('testServerUrl');
const dbName = `hoctap_test_faults_${process.pid}`;
const dbUrl = withDatabase(serverUrl, dbName);
let dir: string;
const children: ChildProcess[] = [];

/** `hoctap <args>` as a user runs it, on this test's database. */
function hoctap(args: string[], env: Record<string, string> = {}): { child: ChildProcess; output: () => string } {
  const child = spawn(process.execPath, [join(ROOT, 'scripts/hoctap.mjs'), ...args], {
    cwd: ROOT,
    env: {
      ...process.env,
      DATABASE_URL: dbUrl,
      HOCTAP_JWT_SECRET: SECRET,
      HOCTAP_PLUGINS: 'none',
      PORT: '0',
      LOG_LEVEL: 'warn',
      ...env,
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  children.push(child);
  let out = '';
  child.stdout?.on('data', (c: Buffer) => (out += c.toString()));
  child.stderr?.on('data', (c: Buffer) => (out += c.toString()));
  return { child, output: () => out };
}

async function waitFor(what: string, test: () => boolean | Promise<boolean>, ms = 60_000): Promise<void> {
  const until = Date.now() + ms;
  while (!(await test())) {
    if (Date.now() > until) throw new Error(`Timed out waiting for ${what}.`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

async function startServer(env: Record<string, string> = {}) {
  const server = hoctap(['start'], env);
  await waitFor('the server to be ready', () => /ready at (http:\/\/\S+)\/graphql/.test(server.output()));
  const url = /ready at (http:\/\/\S+)\/graphql/.exec(server.output())![1]!;
  return { ...server, url };
}

async function query<T>(text: string): Promise<T[]> {
  const client = new pg.Client({ connectionString: dbUrl });
  await client.connect();
  try {
    return (await client.query(text)).rows as T[];
  } finally {
    await client.end();
  }
}

beforeAll(async () => {
  const buildError = inject('cliBuildError');
  if (buildError) throw new Error(buildError);
  dir = await mkdtemp(join(tmpdir(), 'hoctap-faults-'));
  await cloneDatabase(serverUrl, inject('testNationalTemplate'), dbName);
});

afterAll(async () => {
  for (const child of children) if (child.exitCode === null) child.kill('SIGKILL');
  await dropDatabase(serverUrl, dbName);
  await rm(dir, { recursive: true, force: true });
});

describe('SIGTERM with requests in flight', () => {
  it('answers what finishes within the grace period and rolls back what cannot, committing nothing after', async () => {
    const [fund] = await query<{ id: string }>(
      `with a as (insert into study_promotion_association (id, unit_id, name, founded_on, members)
                  select gen_random_uuid(), id, 'Chi hội thử', '2010-01-01', '[]' from admin_unit
                  where code = '30175' and level = 'COMMUNE' and valid_to = '2025-06-30' returning id)
       insert into study_promotion_fund (id, association_id, name) select gen_random_uuid(), a.id, 'Quỹ thử' from a
       returning id`,
    );
    const server = await startServer({ HOCTAP_SHUTDOWN_GRACE_MS: '800', HOCTAP_DB_LOCK_TIMEOUT_MS: '60000' });
    const token = await new TokenService(SECRET).sign({ subject: 'fault-admin', role: Role.ADMIN });
    const post = (body: unknown) =>
      fetch(`${server.url}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
        body: JSON.stringify(body),
      }).then(
        async (r) => ({
          status: r.status,
          body: (await r.json()) as { errors?: { extensions?: { code?: string } }[] },
        }),
        (error: unknown) => ({ status: 0, body: { cut: String(error) } as never }),
      );
    // Another official holds the fund row: the donation waits for the lock past the grace period.
    const holder = new pg.Client({ connectionString: dbUrl });
    await holder.connect();
    await holder.query('begin');
    await holder.query('select * from study_promotion_fund where id = $1 for update', [fund!.id]);
    const donation = post({
      query: `mutation ($i: FundEntryInput!) { recordFundEntry(input: $i) { id } }`,
      variables: {
        i: {
          fundId: toGlobalId('StudyPromotionFund', fund!.id),
          expectedVersion: 1,
          kind: 'DONATION',
          date: '2024-03-01',
          amountVnd: 500000,
          counterpart: 'Ông B',
          donorType: 'INDIVIDUAL',
        },
      },
    });
    await waitFor('the donation to wait on the lock', async () => {
      const rows = await query<{ n: string }>(
        `select count(*) as n from pg_stat_activity where datname = '${dbName}' and wait_event_type = 'Lock'`,
      );
      return Number(rows[0]?.n) > 0;
    });
    server.child.kill('SIGTERM');
    const quick = await post({ query: '{ viewer { role } }' }).catch(() => null);
    const answered = await donation;
    // The other official lets go only now, after the server gave up on the donation.
    await holder.query('rollback');
    await holder.end();
    const [code] = await once(server.child, 'exit');
    expect(code).toBe(0);
    const [entries] = await query<{ n: string }>(`select count(*) as n from fund_entry`);
    expect(Number(entries!.n)).toBe(0);
    // Told that nothing was saved (or cut off without a word): never told it was saved.
    if (answered.status !== 0) {
      expect(answered.body.errors?.[0]?.extensions?.code).toBe('UNAVAILABLE');
      expect(answered.status).toBe(503);
      expect(JSON.stringify(answered.body)).toMatch(/shutting down; nothing was saved/);
    }
    // A request arriving after SIGTERM is not served by this process; nothing half-done either way.
    if (quick && quick.status !== 0) expect([200, 503]).toContain(quick.status);
  }, 90_000);
});

describe('kill -9 during an import', () => {
  it('leaves nothing of the import behind', async () => {
    const family = NATIONAL_CRITERIA_SETS.find((s) => s.code === 'KHVN-448-FAMILY')!;
    const indicators = family.criteria.flatMap((c) => c.indicators);
    const header = ['model', 'year', 'unit_code', 'subject_code', 'subject_name', ...indicators.map((i) => i.code)];
    const scores = indicators.map((i) => String(i.maxScore ?? 1)).join(',');
    const lines = [header.join(',')];
    for (let i = 1; i <= 150_000; i++) lines.push(`LEARNING_FAMILY,2024,30175,K${i},Hộ K${i},${scores}`);
    const file = join(dir, 'evaluations.csv');
    await writeFile(file, lines.join('\n'));
    const before = await query<{ e: string; s: string }>(
      `select (select count(*) from evaluation) as e, (select count(*) from subject) as s`,
    );
    const run = hoctap(['evaluations', 'import', file]);
    // Past the first 100,000 rows, ten chunks have been written inside the import's transaction.
    await waitFor('the import to be half-way', () => /checked 100,000 rows/.test(run.output()), 120_000);
    run.child.kill('SIGKILL');
    await once(run.child, 'exit');
    // PostgreSQL notices the dropped connection and rolls its transaction back.
    await waitFor('the import backend to end', async () => {
      const rows = await query<{ n: string }>(
        `select count(*) as n from pg_stat_activity where datname = '${dbName}' and pid <> pg_backend_pid()`,
      );
      return Number(rows[0]?.n) === 0;
    });
    const after = await query<{ e: string; s: string }>(
      `select (select count(*) from evaluation) as e, (select count(*) from subject) as s`,
    );
    expect(after).toEqual(before);
  }, 180_000);
});

describe('a server killed with SIGKILL', () => {
  it('starts again on the same database and answers', async () => {
    const first = await startServer();
    first.child.kill('SIGKILL');
    await once(first.child, 'exit');
    const second = await startServer();
    expect((await fetch(`${second.url}/readyz`)).status).toBe(200);
    second.child.kill('SIGTERM');
    const [code] = await once(second.child, 'exit');
    expect(code).toBe(0);
  }, 90_000);
});
