import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Role } from '@hoctap/core';
import { cloneDatabase, dropDatabase } from '@hoctap/db';
import { loadConfig, startPlatform, type Platform } from '@hoctap/server';
import { SignJWT } from 'jose';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { TcpProxy } from './tcp-proxy.js';

async function graphql(platform: Platform, query: string, headers: Record<string, string> = {}) {
  const response = await fetch(`${platform.url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: JSON.stringify({ query }),
  });
  return {
    status: response.status,
    body: (await response.json()) as {
      data?: Record<string, unknown>;
      errors?: { message: string; extensions?: { code?: string } }[];
    },
  };
}

describe('a fresh data directory (embedded PostgreSQL)', () => {
  let dataDir: string;

  beforeAll(async () => {
    dataDir = await mkdtemp(join(tmpdir(), 'hoctap-e2e-'));
  });

  afterAll(async () => {
    await rm(dataDir, { recursive: true, force: true });
  });

  it('starts, migrates, loads reference data and answers; a second start reuses all of it', async () => {
    // DATABASE_URL is deliberately absent here: this test is about the embedded database.
    const config = {
      ...loadConfig({ PORT: '0', HOCTAP_DATA_DIR: dataDir, LOG_LEVEL: 'silent' }),
      databaseUrl: undefined,
    };
    const first = await startPlatform(config);
    try {
      expect(first.database.embedded).toBe(true);
      expect(first.migrationsApplied.length).toBeGreaterThan(0);
      expect(first.referenceData.every((r) => r.status === 'loaded')).toBe(true);
      const token = await first.tokens.sign({ subject: 'e2e', role: Role.ADMIN });
      const created = await graphql(
        first,
        'mutation { createVillage(input: { communeCode: "87", name: "x" }) { id } }',
        { authorization: `Bearer ${token}` },
      );
      expect(created.body.errors?.[0]?.message).toBe('communeCode: names no commune on that date');
      const answer = await graphql(first, '{ adminUnits(filter: { level: PROVINCE }) { totalCount } }');
      expect(answer.body).toEqual({ data: { adminUnits: { totalCount: 34 } } });
    } finally {
      await first.close();
    }

    const second = await startPlatform(config);
    try {
      expect(second.migrationsApplied).toEqual([]);
      expect(second.referenceData.map((r) => r.status)).toEqual(second.referenceData.map(() => 'unchanged'));
      const answer = await graphql(
        second,
        '{ adminUnits(filter: { level: PROVINCE, asOf: "2025-01-01" }) { totalCount } }',
      );
      expect(answer.body).toEqual({ data: { adminUnits: { totalCount: 63 } } });
    } finally {
      await second.close();
    }
  });
});

describe('a running server', () => {
  const serverUrl = inject('testServerUrl');
  const dbName = `hoctap_test_e2e_${process.pid}`;
  let proxy: TcpProxy;
  let platform: Platform;

  beforeAll(async () => {
    const dbUrl = new URL(await cloneDatabase(serverUrl, inject('testTemplate'), dbName));
    proxy = new TcpProxy(dbUrl.hostname, Number(dbUrl.port || 5432));
    dbUrl.port = String(await proxy.start());
    dbUrl.hostname = '127.0.0.1';
    platform = await startPlatform(
      loadConfig({
        PORT: '0',
        DATABASE_URL: dbUrl.toString(),
        HOCTAP_JWT_SECRET: 'an-e2e-secret-that-is-long-enough-for-hs256',
        HOCTAP_MAX_DEPTH: '6',
        LOG_LEVEL: 'silent',
      }),
    );
  });

  afterAll(async () => {
    proxy?.resume();
    await platform?.close();
    await proxy?.cut();
    await dropDatabase(serverUrl, dbName);
  });

  it('serves GraphQL over GET as well as POST', async () => {
    const response = await fetch(
      `${platform.url}/graphql?query=${encodeURIComponent('{ viewer { authenticated } }')}`,
      {
        headers: { 'apollo-require-preflight': 'true' },
      },
    );
    expect(await response.json()).toEqual({ data: { viewer: { authenticated: false } } });
  });

  it('treats a missing token as anonymous', async () => {
    const { body } = await graphql(platform, '{ viewer { authenticated role } }');
    expect(body).toEqual({ data: { viewer: { authenticated: false, role: null } } });
  });

  it('answers a bad token with 401 and UNAUTHENTICATED', async () => {
    const { status, body } = await graphql(platform, '{ viewer { role } }', { authorization: 'Bearer not-a-token' });
    expect(status).toBe(401);
    expect(body.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
  });

  it('answers an expired token with a message that says so', async () => {
    const expired = await new SignJWT({ role: 'ADMIN' })
      .setProtectedHeader({ alg: 'HS256' })
      .setIssuer('hoctap')
      .setSubject('someone')
      .setExpirationTime(Math.floor(Date.now() / 1000) - 10)
      .sign(new TextEncoder().encode('an-e2e-secret-that-is-long-enough-for-hs256'));
    const { status, body } = await graphql(platform, '{ viewer { role } }', { authorization: `Bearer ${expired}` });
    expect(status).toBe(401);
    expect(body.errors?.[0]?.message).toBe('The token has expired: ask for a new one.');
  });

  it('accepts a valid token and reports who is asking', async () => {
    const token = await platform.tokens.sign({ subject: 'analyst-1', role: Role.ANALYST });
    const { body } = await graphql(platform, '{ viewer { authenticated role subject } }', {
      authorization: `Bearer ${token}`,
    });
    expect(body).toEqual({ data: { viewer: { authenticated: true, role: 'ANALYST', subject: 'analyst-1' } } });
  });

  it('refuses a query deeper than the limit before running it', async () => {
    const deep =
      '{ adminUnit(code: "01") { current { current { current { current { current { current { code } } } } } } } }';
    const { status, body } = await graphql(platform, deep);
    expect(status).toBe(400);
    expect(body.errors?.[0]?.message).toBe('Query refused: Query depth limit of 6 exceeded, found 8.');
  });

  it('refuses a query above the cost limit, naming its cost', async () => {
    const costly = '{ adminUnits(first: 100) { nodes { children { children { children { code } } } } } }';
    const { status, body } = await graphql(platform, costly);
    expect(status).toBe(400);
    expect(body.errors?.[0]?.extensions?.code).toBe('QUERY_TOO_COSTLY');
    expect(body.errors?.[0]?.message).toMatch(/estimated cost \d+ is above the limit of 20000/);
  });

  it('reports /readyz not ready while the database is unreachable, and ready again after', async () => {
    const ready = await fetch(`${platform.url}/readyz`);
    expect(ready.status).toBe(200);
    await proxy.cut();
    const down = await fetch(`${platform.url}/readyz`);
    expect(down.status).toBe(503);
    expect(await down.json()).toMatchObject({
      status: 'not ready',
      reason: expect.stringMatching(/database unreachable/),
    });
    expect((await fetch(`${platform.url}/healthz`)).status).toBe(200);
    await proxy.restore();
    await expect.poll(async () => (await fetch(`${platform.url}/readyz`)).status, { timeout: 10_000 }).toBe(200);
  });

  it('finishes a request in flight when shut down, then stops', async () => {
    proxy.pause();
    const inFlight = graphql(platform, '{ adminUnit(code: "87", asOf: "2024-01-01") { name } }');
    await new Promise((resolve) => setTimeout(resolve, 200));
    const closing = platform.close();
    let closed = false;
    void closing.then(() => (closed = true));
    await new Promise((resolve) => setTimeout(resolve, 200));
    expect(closed).toBe(false);
    proxy.resume();
    const { status, body } = await inFlight;
    expect(status).toBe(200);
    expect(body).toEqual({ data: { adminUnit: { name: 'Tỉnh Đồng Tháp' } } });
    await closing;
    await expect(fetch(`${platform.url}/healthz`)).rejects.toThrow();
  });
});
