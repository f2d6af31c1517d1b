/** Two API servers started together on one database, as behind a load balancer. */
import { Role } from '@hoctap/core';
import { cloneTestDatabase } from '@hoctap/plugin-sdk/testing';
import { loadConfig, startPlatform, type Platform } from '@hoctap/server';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

let servers: Platform[] = [];
let drop: () => Promise<void>;

beforeAll(async () => {
  const db = await cloneTestDatabase('national');
  drop = db.drop;
  const config = loadConfig({
    PORT: '0',
    DATABASE_URL: db.url,
    HOCTAP_JWT_SECRET: 'two-servers-secret-long-enough-for-hs256',
    HOCTAP_PLUGINS: 'none',
    LOG_LEVEL: 'silent',
    HOCTAP_METRICS: 'off',
  });
  // At once: both take the start-up lock in turn and both serve.
  servers = await Promise.all([startPlatform(config), startPlatform(config)]);
}, 120_000);

afterAll(async () => {
  await Promise.all(servers.map((s) => s.close()));
  await drop?.();
});

async function call<T>(server: Platform, query: string, variables: Record<string, unknown> = {}): Promise<T> {
  const token = await server.tokens.sign({ subject: 'two-servers', role: Role.ADMIN });
  const response = await fetch(`${server.url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
    body: JSON.stringify({ query, variables }),
  });
  const body = (await response.json()) as { data: T; errors?: unknown[] };
  expect(body.errors).toBeUndefined();
  return body.data;
}

describe('two servers on one database', () => {
  it('both become ready, and a village created and renamed through one is seen through the other', async () => {
    const [a, b] = servers as [Platform, Platform];
    for (const s of servers) expect((await fetch(`${s.url}/readyz`)).status).toBe(200);
    const { adminUnits } = await call<{ adminUnits: { nodes: { code: string }[] } }>(
      a,
      '{ adminUnits(filter: { level: COMMUNE }, first: 1) { nodes { code } } }',
    );
    const communeCode = adminUnits.nodes[0]!.code;
    const { createVillage } = await call<{ createVillage: { id: string; version: number; code: string } }>(
      a,
      'mutation ($c: String!) { createVillage(input: { communeCode: $c, name: "Thôn Hai Máy" }) { id version code } }',
      { c: communeCode },
    );
    // A token signed by one server is accepted by the other: they share the configured key.
    await call(
      b,
      'mutation ($id: ID!, $v: Int!) { updateVillage(input: { id: $id, expectedVersion: $v, name: "Thôn Hai Máy Chủ" }) { id } }',
      { id: createVillage.id, v: createVillage.version },
    );
    const seen = await call<{ adminUnit: { name: string } | null }>(
      a,
      'query ($c: String!) { adminUnit(code: $c) { name } }',
      {
        c: createVillage.code,
      },
    );
    expect(seen.adminUnit?.name).toBe('Thôn Hai Máy Chủ');
  });
});
