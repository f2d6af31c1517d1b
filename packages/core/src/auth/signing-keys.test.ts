import { generateKeyPairSync, randomBytes } from 'node:crypto';
import { decodeProtectedHeader, SignJWT, type JWK } from 'jose';
import { describe, expect, it } from 'vitest';
import { Role } from './roles.js';
import { SigningKeys } from './signing-keys.js';
import { TokenService } from './token.service.js';

const ecKey = (kid: string): JWK => ({
  ...(generateKeyPairSync('ec', { namedCurve: 'P-256' }).privateKey.export({ format: 'jwk' }) as JWK),
  kid,
});
const octKey = (kid: string): JWK => ({ kty: 'oct', kid, k: randomBytes(32).toString('base64url') });
const admin = { subject: 'script', role: Role.ADMIN };

describe('SigningKeys and key rotation', () => {
  it('signs with the first key and its kid; after a rotation old tokens still verify and new ones carry the new kid', async () => {
    const old = ecKey('2026-11');
    const before = new TokenService(SigningKeys.fromJwks([old]));
    const oldToken = await before.sign(admin);
    expect(decodeProtectedHeader(oldToken)).toEqual({ alg: 'ES256', kid: '2026-11' });

    const rotated = new TokenService(SigningKeys.fromJson(JSON.stringify([ecKey('2026-12'), old])));
    await expect(rotated.verify(oldToken)).resolves.toMatchObject({ subject: 'script', role: Role.ADMIN });
    const newToken = await rotated.sign(admin);
    expect(decodeProtectedHeader(newToken).kid).toBe('2026-12');
    // The old server does not know the new key yet; once the old key is dropped its tokens fail.
    await expect(before.verify(newToken)).rejects.toMatchObject({ extensions: { code: 'UNAUTHENTICATED' } });
    const dropped = new TokenService(SigningKeys.fromJwks([ecKey('2027-01')]));
    await expect(dropped.verify(oldToken)).rejects.toMatchObject({ extensions: { code: 'UNAUTHENTICATED' } });
  });

  it('mixes HS256 and ES256 keys, each verifying only with its own algorithm', async () => {
    const hs = octKey('dev');
    const ring = new TokenService(SigningKeys.fromJwks([hs, ecKey('prod')]));
    const token = await ring.sign(admin);
    expect(decodeProtectedHeader(token)).toEqual({ alg: 'HS256', kid: 'dev' });
    await expect(ring.verify(token)).resolves.toMatchObject({ role: Role.ADMIN });
    // A token claiming the EC key's kid but signed with HMAC is refused (no algorithm confusion).
    const confused = await new SignJWT({ role: Role.ADMIN })
      .setProtectedHeader({ alg: 'HS256', kid: 'prod' })
      .setIssuer('hoctap')
      .setSubject('x')
      .setExpirationTime('1h')
      .sign(Buffer.from(hs.k!, 'base64url'));
    await expect(ring.verify(confused)).rejects.toMatchObject({ extensions: { code: 'UNAUTHENTICATED' } });
  });

  it('serves only public EC keys in the JWKS', () => {
    const keys = SigningKeys.fromJwks([ecKey('a'), octKey('b')]);
    const { keys: published } = keys.jwks();
    expect(published).toHaveLength(1);
    expect(published[0]).toMatchObject({ kid: 'a', kty: 'EC', crv: 'P-256', alg: 'ES256', use: 'sig' });
    expect(published[0]).not.toHaveProperty('d');
    expect(keys.signsWithSharedSecret).toBe(false);
    expect(SigningKeys.fromSecret('s'.repeat(32)).signsWithSharedSecret).toBe(true);
  });

  it('refuses bad configurations with a message naming the key', () => {
    expect(() => SigningKeys.fromJson('not json')).toThrow(/JSON list/);
    expect(() => SigningKeys.fromJson('[]')).toThrow(/at least one key/);
    expect(() => SigningKeys.fromJwks([{ kty: 'oct', k: randomBytes(32).toString('base64url') }])).toThrow(
      /\[0\].*kid/,
    );
    expect(() => SigningKeys.fromJwks([{ kty: 'oct', kid: 'x', k: 'c2hvcnQ' }])).toThrow(/32 bytes/);
    expect(() => SigningKeys.fromJwks([octKey('x'), octKey('x')])).toThrow(/twice/);
    const { d: _d, ...publicOnly } = ecKey('p');
    expect(() => SigningKeys.fromJwks([publicOnly])).toThrow(/private part/);
    expect(() => SigningKeys.fromJwks([{ kty: 'RSA', kid: 'r' }])).toThrow(/only "oct"/);
  });
});
