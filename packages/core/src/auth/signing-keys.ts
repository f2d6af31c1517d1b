import { createHash, createPrivateKey, createPublicKey, createSecretKey, type KeyObject } from 'node:crypto';
import type { JWK } from 'jose';

/** The algorithms tokens may be signed with: HMAC for development, ECDSA P-256 for production. */
export type SigningAlgorithm = 'HS256' | 'ES256';

/** One key of the ring, imported once (never per verification). */
export interface SigningKey {
  kid: string;
  alg: SigningAlgorithm;
  /** Signs (the secret, or the EC private key). */
  signing: KeyObject;
  /** Verifies (the secret, or the EC public key). */
  verifying: KeyObject;
  /** The public JWK served at /.well-known/jwks.json; null for a shared secret. */
  publicJwk: JWK | null;
}

/**
 * The keys tokens are signed and verified with. The first key signs; every key verifies, so a
 * rotation (a new key put first, the old one kept after it) keeps tokens signed by the old key
 * valid until they expire. Configured as a JSON list of JWKs in `HOCTAP_JWT_KEYS`, each with a
 * `kid`: `{"kid":"2026-12","kty":"EC","crv":"P-256","x":…,"y":…,"d":…}` (ES256) or
 * `{"kid":"dev","kty":"oct","k":…}` (HS256, at least 32 bytes).
 */
export class SigningKeys {
  private readonly byKid: ReadonlyMap<string, SigningKey>;

  private constructor(readonly keys: readonly SigningKey[]) {
    if (keys.length === 0) throw new Error('HOCTAP_JWT_KEYS: give at least one key.');
    const byKid = new Map<string, SigningKey>();
    for (const key of keys) {
      if (byKid.has(key.kid)) throw new Error(`HOCTAP_JWT_KEYS: kid "${key.kid}" appears twice.`);
      byKid.set(key.kid, key);
    }
    this.byKid = byKid;
  }

  /** One HS256 key from a shared secret (development, tests, scripts); its kid derives from the secret. */
  static fromSecret(secret: string): SigningKeys {
    if (secret.length < 32) throw new Error('The JWT secret must be at least 32 characters long.');
    const key = createSecretKey(Buffer.from(secret, 'utf8'));
    const kid = `hs-${createHash('sha256').update(secret).digest('hex').slice(0, 12)}`;
    return new SigningKeys([{ kid, alg: 'HS256', signing: key, verifying: key, publicJwk: null }]);
  }

  /** The keys of `HOCTAP_JWT_KEYS` (a JSON list of JWKs, newest first). */
  static fromJson(json: string): SigningKeys {
    let parsed: unknown;
    try {
      parsed = JSON.parse(json);
    } catch {
      throw new Error('HOCTAP_JWT_KEYS must be a JSON list of JWKs.');
    }
    if (!Array.isArray(parsed)) throw new Error('HOCTAP_JWT_KEYS must be a JSON list of JWKs.');
    return SigningKeys.fromJwks(parsed as JWK[]);
  }

  static fromJwks(jwks: readonly JWK[]): SigningKeys {
    return new SigningKeys(jwks.map((jwk, i) => importKey(jwk, i)));
  }

  /** The key new tokens are signed with. */
  get current(): SigningKey {
    return this.keys[0]!;
  }

  /** The key a token's `kid` names; a token without `kid` (older development tokens) uses the current HMAC key. */
  find(kid: string | undefined): SigningKey | undefined {
    if (kid === undefined) return this.current.alg === 'HS256' ? this.current : undefined;
    return this.byKid.get(kid);
  }

  /** Whether only a shared secret signs (refused in production). */
  get signsWithSharedSecret(): boolean {
    return this.current.alg === 'HS256';
  }

  /** The public keys, as a JWK Set. */
  jwks(): { keys: JWK[] } {
    return { keys: this.keys.flatMap((k) => (k.publicJwk ? [k.publicJwk] : [])) };
  }
}

function importKey(jwk: JWK, index: number): SigningKey {
  const where = `HOCTAP_JWT_KEYS[${index}]`;
  if (typeof jwk !== 'object' || jwk === null) throw new Error(`${where}: not a JWK object.`);
  const kid = jwk.kid;
  if (typeof kid !== 'string' || !/^[\w.-]{1,64}$/.test(kid))
    throw new Error(`${where}: give a "kid" of 1 to 64 letters, digits, ".", "_" or "-".`);
  if (jwk.kty === 'oct') {
    if (typeof jwk.k !== 'string') throw new Error(`${where}: an "oct" key needs "k".`);
    const bytes = Buffer.from(jwk.k, 'base64url');
    if (bytes.length < 32) throw new Error(`${where}: an HS256 key needs at least 32 bytes.`);
    const key = createSecretKey(bytes);
    return { kid, alg: 'HS256', signing: key, verifying: key, publicJwk: null };
  }
  if (jwk.kty === 'EC' && jwk.crv === 'P-256') {
    if (typeof jwk.d !== 'string') throw new Error(`${where}: an ES256 key needs its private part "d".`);
    let signing: KeyObject;
    try {
      signing = createPrivateKey({ key: jwk as import('node:crypto').JsonWebKey, format: 'jwk' });
    } catch {
      throw new Error(`${where}: not a valid P-256 private key.`);
    }
    const verifying = createPublicKey(signing);
    const pub = verifying.export({ format: 'jwk' }) as JWK;
    return { kid, alg: 'ES256', signing, verifying, publicJwk: { ...pub, kid, alg: 'ES256', use: 'sig' } };
  }
  throw new Error(`${where}: only "oct" (HS256) and "EC" P-256 (ES256) keys are supported.`);
}
