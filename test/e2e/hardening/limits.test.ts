/**
 * Limits an operator relies on: requests per caller and per IP, and a production mode with
 * introspection and the IDE off.
 */
import { createHash } from 'node:crypto';
import { Role, TokenService } from '@hoctap/core';
import { buildHoctapSchema, createApp, loadConfig } from '@hoctap/server';
import { createTestDatabase, TEST_JWT_SECRET, type TestDatabase } from '@hoctap/plugin-sdk/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

let db: TestDatabase;
const tokens = new TokenService(TEST_JWT_SECRET);
const apps: Awaited<ReturnType<typeof createApp>>[] = [];

async function app(options: Partial<Parameters<typeof createApp>[0]> = {}) {
  const created = await createApp({
    orm: db.orm,
    schema: await buildHoctapSchema(),
    tokens,
    limits: { maxDepth: 10, maxCost: 20000 },
    logLevel: 'silent',
    production: false,
    ...options,
  });
  apps.push(created);
  return created;
}

beforeAll(async () => {
  db = await createTestDatabase();
});
afterAll(async () => {
  for (const a of apps) await a.close();
  await db?.drop();
});

const ask = (a: Awaited<ReturnType<typeof app>>, headers: Record<string, string> = {}, ip = '10.0.0.1') =>
  a.inject({
    method: 'POST',
    url: '/graphql',
    headers: { 'content-type': 'application/json', ...headers },
    payload: { query: '{ viewer { role } }' },
    remoteAddress: ip,
  });

describe('rate limits', () => {
  it('refuse a caller past its limit with 429, RATE_LIMITED and Retry-After, while others go on', async () => {
    const limited = await app({ rateLimit: { perCaller: 5, perIp: 100 } });
    const one = `Bearer ${await tokens.sign({ subject: 'script-1', role: Role.ANALYST })}`;
    const two = `Bearer ${await tokens.sign({ subject: 'official-2', role: Role.ANALYST })}`;
    for (let i = 0; i < 5; i++) expect((await ask(limited, { authorization: one })).statusCode).toBe(200);
    const refused = await ask(limited, { authorization: one });
    expect(refused.statusCode).toBe(429);
    expect(Number(refused.headers['retry-after'])).toBeGreaterThan(0);
    expect(refused.json()).toMatchObject({ errors: [{ extensions: { code: 'RATE_LIMITED', limit: 5 } }] });
    expect((await ask(limited, { authorization: two })).statusCode).toBe(200);
  });

  it('hold many made-up tokens from one address by the per-IP limit', async () => {
    const limited = await app({ rateLimit: { perCaller: 100, perIp: 5 } });
    const codes = [];
    for (let i = 0; i < 7; i++) codes.push((await ask(limited, { authorization: `Bearer forged-${i}` })).statusCode);
    expect(codes.slice(0, 5)).toEqual([401, 401, 401, 401, 401]);
    expect(codes.slice(5)).toEqual([429, 429]);
    expect((await ask(limited, {}, '10.0.0.2')).statusCode).toBe(200);
  });

  it('never refuse the health probes', async () => {
    const limited = await app({ rateLimit: { perCaller: 1, perIp: 1 } });
    for (let i = 0; i < 5; i++)
      expect((await limited.inject({ method: 'GET', url: '/healthz', remoteAddress: '10.0.0.3' })).statusCode).toBe(
        200,
      );
  });
});

const REDIS_URL = process.env.HOCTAP_TEST_REDIS_URL ?? 'redis://127.0.0.1:6379';
async function redisReason(): Promise<string | null> {
  const { Socket } = await import('node:net');
  const { hostname, port } = new URL(REDIS_URL);
  return new Promise((resolve) => {
    const socket = new Socket();
    socket.setTimeout(1000);
    socket.once('connect', () => (socket.destroy(), resolve(null)));
    socket.once('timeout', () => (socket.destroy(), resolve(`no Redis answers at ${REDIS_URL}`)));
    socket.once('error', (e) => resolve(`no Redis answers at ${REDIS_URL} (${e.message})`));
    socket.connect(Number(port || 6379), hostname);
  });
}
const noRedis = await redisReason();

describe.skipIf(noRedis !== null)(
  `rate limits and persisted queries shared through Redis${noRedis ? ` (skipped: ${noRedis})` : ''}`,
  () => {
    it('hold a caller to one limit across two servers', async () => {
      const shared = { perCaller: 4, perIp: 1000, redisUrl: REDIS_URL };
      const [a, b] = [await app({ rateLimit: shared }), await app({ rateLimit: shared })];
      // A subject of this run's own: the counters live in Redis for a minute.
      const caller = `Bearer ${await tokens.sign({ subject: `shared-${process.pid}-${Date.now()}`, role: Role.ANALYST })}`;
      const codes = [];
      for (const server of [a, b, a, b, a]) codes.push((await ask(server, { authorization: caller })).statusCode);
      expect(codes).toEqual([200, 200, 200, 200, 429]);
    });

    it('let a document registered by hash on one server run by its hash alone on another', async () => {
      const [a, b] = [await app({ redisUrl: REDIS_URL }), await app({ redisUrl: REDIS_URL })];
      // A document of this run's own, so an entry left by an earlier run cannot answer for it.
      const query = `query Apq${process.pid}x${Date.now()} { __typename }`;
      const sha256Hash = createHash('sha256').update(query).digest('hex');
      const persisted = { persistedQuery: { version: 1, sha256Hash } };
      const post = (server: typeof a, payload: object) =>
        server.inject({ method: 'POST', url: '/graphql', headers: { 'content-type': 'application/json' }, payload });
      const unknown = await post(b, { extensions: persisted });
      expect(unknown.json()).toMatchObject({ errors: [{ extensions: { code: 'PERSISTED_QUERY_NOT_FOUND' } }] });
      expect((await post(a, { query, extensions: persisted })).json()).toEqual({ data: { __typename: 'Query' } });
      expect((await post(b, { extensions: persisted })).json()).toEqual({ data: { __typename: 'Query' } });
    });
  },
);

describe('production mode', () => {
  it('is on with NODE_ENV=production or HOCTAP_ENV=production, and HOCTAP_ENV wins', () => {
    expect(loadConfig({ NODE_ENV: 'production' }).production).toBe(true);
    expect(loadConfig({ HOCTAP_ENV: 'production' }).production).toBe(true);
    expect(loadConfig({ NODE_ENV: 'production', HOCTAP_ENV: 'development' }).production).toBe(false);
    expect(loadConfig({}).production).toBe(false);
    expect(() => loadConfig({ HOCTAP_ENV: 'staging' })).toThrow(/HOCTAP_ENV/);
  });

  it('turns introspection and the IDE off', async () => {
    const production = await app({ production: true });
    const introspection = await production.inject({
      method: 'POST',
      url: '/graphql',
      headers: { 'content-type': 'application/json' },
      payload: { query: '{ __schema { types { name } } }' },
    });
    expect(introspection.statusCode).toBe(400);
    expect(introspection.json()).toMatchObject({ errors: [{ extensions: { code: 'GRAPHQL_VALIDATION_FAILED' } }] });
    expect((await production.inject({ method: 'GET', url: '/graphiql' })).statusCode).toBe(404);
    const development = await app({ production: false });
    expect((await development.inject({ method: 'GET', url: '/graphiql' })).statusCode).not.toBe(404);
  });
});
