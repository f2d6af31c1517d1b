import { generateKeyPairSync } from 'node:crypto';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { OidcVerifier, Role, TokenService, User, UserGrant } from '@hoctap/core';
import { TEST_JWT_SECRET, useTestApi } from '@hoctap/plugin-sdk/testing';
import type { FastifyInstance } from 'fastify';
import { exportJWK, SignJWT } from 'jose';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp } from './app.js';
import { buildHoctapSchema } from './schema.js';

const ISSUER = 'https://sso.example.gov.vn/realms/dong-thap';
const provider = generateKeyPairSync('ec', { namedCurve: 'P-256' });
const stranger = generateKeyPairSync('ec', { namedCurve: 'P-256' });

describe('OIDC access tokens verified against the provider JWKS', () => {
  const t = useTestApi();
  let jwks: Server;
  let app: FastifyInstance;

  beforeAll(async () => {
    const key = { ...(await exportJWK(provider.publicKey)), kid: 'kc-1', alg: 'ES256', use: 'sig' };
    // The provider's certs endpoint, as Keycloak serves it.
    jwks = createServer((_req, res) => {
      res.setHeader('content-type', 'application/json');
      res.end(JSON.stringify({ keys: [key] }));
    });
    await new Promise<void>((resolve) => jwks.listen(0, '127.0.0.1', resolve));
    const { port } = jwks.address() as AddressInfo;
    app = await createApp({
      orm: t.db.orm,
      schema: await buildHoctapSchema(),
      tokens: new TokenService(TEST_JWT_SECRET),
      limits: { maxDepth: 10, maxCost: 20000 },
      logLevel: 'silent',
      production: false,
      oidc: new OidcVerifier({ issuer: ISSUER, jwksUrl: `http://127.0.0.1:${port}/certs`, audience: 'hoctap' }),
    });
    const em = t.db.orm.em.fork();
    const user = em.create(User, { name: 'Cán bộ SSO', login: 'sso@example.gov.vn' });
    em.create(UserGrant, { user, role: Role.ANALYST });
    await em.flush();
  });
  afterAll(async () => {
    await app?.close();
    await new Promise((resolve) => jwks?.close(resolve));
  });

  const idToken = (claims: Record<string, unknown>, key = provider.privateKey, kid = 'kc-1') =>
    new SignJWT(claims)
      .setProtectedHeader({ alg: 'ES256', kid })
      .setIssuer(ISSUER)
      .setAudience('hoctap')
      .setSubject('kc-user-1')
      .setExpirationTime('5m')
      .sign(key);

  const viewer = async (token: string) =>
    (
      await app.inject({
        method: 'POST',
        url: '/graphql',
        headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
        payload: { query: '{ viewer { role user { login } } }' },
      })
    ).json() as { data?: { viewer: unknown }; errors?: { extensions: { code: string } }[] };

  it('maps the email claim to the account and acts under its grant', async () => {
    const result = await viewer(await idToken({ email: 'SSO@example.gov.vn' }));
    expect(result.data?.viewer).toEqual({ role: 'ANALYST', user: { login: 'sso@example.gov.vn' } });
  });

  it('refuses a token signed by another key, one without an account, and one without the claim', async () => {
    for (const token of [
      await idToken({ email: 'sso@example.gov.vn' }, stranger.privateKey),
      await idToken({ email: 'nobody@example.gov.vn' }),
      await idToken({ preferred_username: 'sso' }),
    ])
      expect((await viewer(token)).errors?.[0]?.extensions.code).toBe('UNAUTHENTICATED');
  });
});
