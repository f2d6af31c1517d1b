import { generateKeyPairSync } from 'node:crypto';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Role, SigningKeys, TokenService, User, UserGrant } from '@hoctap/core';
import { testPrincipals, useTestApi } from '@hoctap/plugin-sdk/testing';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp } from './app.js';
import { resolveSigningKeys } from './config.js';
import { buildHoctapSchema } from './schema.js';

const ec = () => ({
  ...(generateKeyPairSync('ec', { namedCurve: 'P-256' }).privateKey.export({ format: 'jwk' }) as object),
  kid: 'prod-1',
});
const secret = 'a-production-secret-that-is-long-enough';

describe('resolveSigningKeys', () => {
  it('refuses a bare HS256 secret in production, and an HS256 key first in HOCTAP_JWT_KEYS', async () => {
    const base = { dataDir: '/nonexistent', production: true, jwtKeys: undefined };
    await expect(resolveSigningKeys({ ...base, jwtSecret: secret })).rejects.toThrow(/ES256/);
    const oct = JSON.stringify([{ kty: 'oct', kid: 'x', k: Buffer.from(secret).toString('base64url') }]);
    await expect(resolveSigningKeys({ ...base, jwtSecret: undefined, jwtKeys: oct })).rejects.toThrow(/ES256/);
    const keys = await resolveSigningKeys({ ...base, jwtSecret: undefined, jwtKeys: JSON.stringify([ec()]) });
    expect(keys.current).toMatchObject({ kid: 'prod-1', alg: 'ES256' });
  });

  it('generates a local secret for development when nothing is configured', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'hoctap-keys-'));
    try {
      const config = { dataDir: dir, production: false, jwtSecret: undefined, jwtKeys: undefined };
      const first = await resolveSigningKeys(config);
      expect(first.current.alg).toBe('HS256');
      expect((await resolveSigningKeys(config)).current.kid).toBe(first.current.kid);
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });
});

describe('a production server', () => {
  const t = useTestApi();
  let app: FastifyInstance;
  const tokens = new TokenService(SigningKeys.fromJwks([ec()]));

  beforeAll(async () => {
    app = await createApp({
      orm: t.db.orm,
      schema: await buildHoctapSchema(),
      tokens,
      limits: { maxDepth: 10, maxCost: 20000 },
      logLevel: 'silent',
      production: true,
    });
  });
  afterAll(() => app.close());

  const viewer = async (token: string | null) =>
    (
      await app.inject({
        method: 'POST',
        url: '/graphql',
        headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
        payload: { query: '{ viewer { authenticated role user { login } } }' },
      })
    ).json() as { data?: { viewer: unknown }; errors?: { extensions: { code: string } }[] };

  it('serves its public key at /.well-known/jwks.json', async () => {
    const response = await app.inject({ method: 'GET', url: '/.well-known/jwks.json' });
    expect(response.statusCode).toBe(200);
    const { keys } = response.json() as { keys: Record<string, unknown>[] };
    expect(keys).toEqual([expect.objectContaining({ kid: 'prod-1', kty: 'EC', alg: 'ES256' })]);
    expect(keys[0]).not.toHaveProperty('d');
  });

  it('refuses a token without an account and accepts one for an active account', async () => {
    const devToken = await tokens.signPrincipal(testPrincipals.admin);
    expect((await viewer(devToken)).errors?.[0]?.extensions.code).toBe('UNAUTHENTICATED');
    const em = t.db.orm.em.fork();
    const user = em.create(User, { name: 'Quản trị', login: 'root@example.vn' });
    const grant = em.create(UserGrant, { user, role: Role.ADMIN });
    await em.flush();
    const token = await tokens.sign({
      subject: user.id,
      role: Role.ADMIN,
      account: { userId: user.id, grantId: grant.id, revision: 0 },
    });
    expect((await viewer(token)).data?.viewer).toEqual({
      authenticated: true,
      role: 'ADMIN',
      user: { login: 'root@example.vn' },
    });
    // A token claiming a revision the account never had is refused.
    const future = await tokens.sign({
      subject: user.id,
      role: Role.ADMIN,
      account: { userId: user.id, grantId: grant.id, revision: 7 },
    });
    expect((await viewer(future)).errors?.[0]?.extensions.code).toBe('UNAUTHENTICATED');
  });
});
