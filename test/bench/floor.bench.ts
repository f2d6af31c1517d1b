// `pnpm bench floor [--runs R] [--rounds N]`: the request floor. `{ __typename }` over HTTP
// (keep-alive, from a client process of its own), anonymous and with a bearer token, against a
// bare Fastify route answering the same JSON in the same server process, interleaved in one run.
// Prints p50/p95 of each and the ratio to the bare route. Target (issue #21): within 1.5× of the bare route.
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { accountPrincipal, addUserLocally, Role, TokenService, todayInVietnam } from '@hoctap/core';
import { buildHoctapSchema, createApp, openPlatformDatabase } from '@hoctap/server';
import Fastify from 'fastify';
import { measureFromClientProcess, type LatencySummary } from './http.ts';

const arg = (name: string, fallback: string) => {
  const i = process.argv.indexOf(`--${name}`);
  return i > 0 ? process.argv[i + 1]! : fallback;
};
const runs = Number(arg('runs', '2000'));
const rounds = Number(arg('rounds', '2'));
const SECRET = 'bench-secret-that-is-long-enough-for-hs256-signing';
const report = (scenario: string, figures: Record<string, unknown>) =>
  console.log(JSON.stringify({ scenario, ...figures }));

// The floor needs no data: a fresh embedded database with the provinces only.
const dataDir = await mkdtemp(join(tmpdir(), 'hoctap-bench-floor-'));
const db = await openPlatformDatabase({ databaseUrl: undefined, dataDir }, undefined, null, { nationalMap: false });
const tokens = new TokenService(SECRET);
const app = await createApp({
  orm: db.orm,
  schema: await buildHoctapSchema(),
  tokens,
  limits: { maxDepth: 10, maxCost: 20000 },
  logLevel: 'warn',
  production: true,
});
const bare = Fastify({ logger: { level: 'warn' } });
bare.post('/graphql', async () => ({ data: { __typename: 'Query' } }));
try {
  const api = await app.listen({ host: '127.0.0.1', port: 0 });
  const raw = await bare.listen({ host: '127.0.0.1', port: 0 });
  // Production refuses tokens of no account: the bearer is an administrator's account, so its
  // per-request account check is part of the floor.
  const em = db.orm.em.fork();
  await addUserLocally(
    em,
    { name: 'Bench Admin', login: 'bench-admin', grant: { role: Role.ADMIN }, password: 'bench-admin-password-2026' },
    todayInVietnam(),
  );
  const admin =
    (await tokens.signPrincipal(await accountPrincipal(db.orm.em.fork(), 'bench-admin'), '8h')) ?? undefined;
  const query = { query: '{ __typename }', variables: {} };
  const cases = {
    bare: () => measureFromClientProcess(`${raw}/graphql`, query, runs),
    anonymous: () => measureFromClientProcess(`${api}/graphql`, query, runs),
    bearer: () => measureFromClientProcess(`${api}/graphql`, { ...query, token: admin }, runs),
  };
  const results: Record<keyof typeof cases, LatencySummary[]> = { bare: [], anonymous: [], bearer: [] };
  for (let r = 0; r < rounds; r++)
    for (const [name, run] of Object.entries(cases) as [keyof typeof cases, () => Promise<LatencySummary>][])
      results[name].push(await run());
  // Each figure: the best round's (the machine is shared; the least disturbed round is the fairest).
  const best = (name: keyof typeof cases) => results[name].reduce((a, b) => (b.p50_ms < a.p50_ms ? b : a));
  const floor = best('bare');
  report('floor.bare-fastify', { ...floor, rounds });
  for (const name of ['anonymous', 'bearer'] as const) {
    const s = best(name);
    report(`floor.graphql-typename.${name}`, {
      ...s,
      bare_p50_ms: floor.p50_ms,
      ratio_p50: Math.round((s.p50_ms / floor.p50_ms) * 100) / 100,
      overhead_p50_ms: Math.round((s.p50_ms - floor.p50_ms) * 1000) / 1000,
      rounds,
      target: 'ratio ≤ 1.5',
    });
  }
} finally {
  await app.close();
  await bare.close();
  await db.close();
  await rm(dataDir, { recursive: true, force: true });
}
