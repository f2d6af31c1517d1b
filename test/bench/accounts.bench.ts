// `pnpm bench accounts [--users N]`: what accounts cost a request. The account-state check (the
// token's user, grant and revision against the in-memory cache) per request once warm, the cost of
// a cache miss and of the version poll, token verification (HS256, ES256), and Argon2id hashing
// and verification of one password.
// Target (issue #18): the per-request check well under 1 ms.
import { generateKeyPairSync, randomUUID } from 'node:crypto';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  AccountStateCheck,
  hashPassword,
  Role,
  SigningKeys,
  TokenService,
  verifyPassword,
  type Principal,
} from '@hoctap/core';
import { ensureDatabase, openDatabaseServer, withDatabase } from '@hoctap/db';
import { openPlatformDatabase } from '@hoctap/server';

const argValue = (flag: string, fallback: number) => {
  const i = process.argv.indexOf(flag);
  return i > 0 ? Number(process.argv[i + 1]) : fallback;
};
const USERS = argValue('--users', 10_000);
const report = (scenario: string, figures: Record<string, unknown>) =>
  console.log(JSON.stringify({ scenario, ...figures }));
const percentile = (sorted: number[], p: number) => sorted[Math.min(sorted.length - 1, Math.floor(p * sorted.length))]!;
const summary = (samplesUs: number[]) => {
  const s = [...samplesUs].sort((a, b) => a - b);
  return { p50_us: +percentile(s, 0.5).toFixed(2), p99_us: +percentile(s, 0.99).toFixed(2), samples: s.length };
};

const dataDir = await mkdtemp(join(tmpdir(), 'hoctap-bench-accounts-'));
const server = await openDatabaseServer({ databaseUrl: process.env.DATABASE_URL, dataDir });
const name = `hoctap_bench_accounts_${process.pid}`;
await ensureDatabase(server.url, name);
try {
  const db = await openPlatformDatabase({ databaseUrl: withDatabase(server.url, name), dataDir });
  const em = db.orm.em.fork();
  try {
    // USERS accounts with one national grant each, written in one statement each table.
    const users = Array.from({ length: USERS }, () => ({ id: randomUUID(), grant: randomUUID() }));
    await em.execute(
      `insert into app_user (id, name, login, created_at, updated_at)
       select u, 'Bench user', 'bench-' || u, now(), now() from unnest(?::uuid[]) u`,
      [`{${users.map((u) => u.id).join(',')}}`],
    );
    await em.execute(
      `insert into user_grant (id, user_id, role, created_at)
       select g, u, 'ADMIN', now() from unnest(?::uuid[], ?::uuid[]) as x(g, u)`,
      [`{${users.map((u) => u.grant).join(',')}}`, `{${users.map((u) => u.id).join(',')}}`],
    );
    const principals: Principal[] = users.map((u) => ({
      kind: 'user',
      subject: u.id,
      role: Role.ADMIN,
      account: { userId: u.id, grantId: u.grant, revision: 0 },
    }));

    // Warm: every user's state in memory; the version read at most once a second.
    const check = new AccountStateCheck({ pollMs: 1000 });
    const missUs: number[] = [];
    for (const p of principals.slice(0, 2000)) {
      const t0 = performance.now();
      await check.assertCurrent(em, p);
      missUs.push((performance.now() - t0) * 1000);
    }
    report('accounts.check.miss', {
      ...summary(missUs),
      note: 'first request of a user on a server: two queries (account and grants, sessions signed out)',
    });
    for (const p of principals) await check.assertCurrent(em, p);
    const warmUs: number[] = [];
    const rounds = 20;
    for (let r = 0; r < rounds; r++) {
      const t0 = performance.now();
      for (const p of principals) await check.assertCurrent(em, p);
      warmUs.push(((performance.now() - t0) * 1000) / principals.length);
    }
    report('accounts.check.warm', {
      ...summary(warmUs),
      note: `mean per request over ${principals.length} users, ${rounds} rounds (includes the version poll once a second)`,
      target: 'well under 1000 us',
    });
    const pollEvery = new AccountStateCheck({ pollMs: 0 });
    for (const p of principals.slice(0, 200)) await pollEvery.assertCurrent(em, p);
    const pollUs: number[] = [];
    for (const p of principals.slice(0, 2000)) {
      const t0 = performance.now();
      await pollEvery.assertCurrent(em, p);
      pollUs.push((performance.now() - t0) * 1000);
    }
    report('accounts.check.poll_every_request', {
      ...summary(pollUs),
      note: 'pollMs 0: the version query on every request',
    });

    // Token verification with keys imported once.
    for (const [alg, keys] of [
      ['HS256', SigningKeys.fromSecret('a-bench-secret-that-is-long-enough-for-hs256')],
      [
        'ES256',
        SigningKeys.fromJwks([
          {
            ...(generateKeyPairSync('ec', { namedCurve: 'P-256' }).privateKey.export({ format: 'jwk' }) as object),
            kid: 'b',
          },
        ]),
      ],
    ] as const) {
      const tokens = new TokenService(keys);
      const token = (await tokens.signPrincipal(principals[0]!))!;
      const us: number[] = [];
      for (let i = 0; i < 2000; i++) {
        const t0 = performance.now();
        await tokens.verify(token);
        us.push((performance.now() - t0) * 1000);
      }
      report(`accounts.token.verify.${alg}`, summary(us));
    }

    // Argon2id (19 MiB, 2 passes, 1 lane): the cost of one sign-in's password check.
    const hashMs: number[] = [];
    const verifyMs: number[] = [];
    let stored = '';
    for (let i = 0; i < 10; i++) {
      let t0 = performance.now();
      stored = await hashPassword(`bench password number ${i}`);
      hashMs.push(performance.now() - t0);
      t0 = performance.now();
      await verifyPassword(stored, `bench password number ${i}`);
      verifyMs.push(performance.now() - t0);
    }
    const ms = (v: number[]) => {
      const s = [...v].sort((a, b) => a - b);
      return { p50_ms: +percentile(s, 0.5).toFixed(1), max_ms: +s.at(-1)!.toFixed(1), samples: s.length };
    };
    report('accounts.argon2id.hash', ms(hashMs));
    report('accounts.argon2id.verify', ms(verifyMs));
  } finally {
    await db.close();
  }
} finally {
  await server.stop();
  await rm(dataDir, { recursive: true, force: true });
}
