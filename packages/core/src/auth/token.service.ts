import { webcrypto } from 'node:crypto';
import { errors as joseErrors, jwtVerify, SignJWT } from 'jose';
import { unauthenticated } from '../common/errors.js';
import { ANONYMOUS, type Principal } from './principal.js';
import { isRole, Role, SCOPED_ROLES } from './roles.js';

const ISSUER = 'hoctap';
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const ALGORITHM = 'HS256';

export interface TokenClaims {
  subject: string;
  role: Role;
  /** Required for OFFICER and ASSOCIATION: the scope unit's id and code. */
  unit?: { id: string; code: string };
  /** Lifetime, e.g. '8h' or '30d'. */
  expiresIn?: string;
}

/** Signs and verifies the platform's bearer tokens (JWT, HMAC with the configured secret). */
export class TokenService {
  private readonly key: Uint8Array;
  /** The HMAC key imported once: with raw bytes, jose imports them again on every verify. */
  private verifyKey: Promise<webcrypto.CryptoKey> | undefined;

  constructor(secret: string) {
    if (secret.length < 32) throw new Error('The JWT secret must be at least 32 characters long.');
    this.key = new TextEncoder().encode(secret);
  }

  private importedKey(): Promise<webcrypto.CryptoKey> {
    this.verifyKey ??= webcrypto.subtle.importKey('raw', this.key, { name: 'HMAC', hash: 'SHA-256' }, false, [
      'verify',
    ]);
    return this.verifyKey;
  }

  async sign(claims: TokenClaims): Promise<string> {
    if (SCOPED_ROLES.has(claims.role) && !claims.unit) {
      throw new Error(`Role ${claims.role} is scoped to an administrative unit: give --unit <code>.`);
    }
    const payload: Record<string, unknown> = { role: claims.role };
    if (claims.unit && SCOPED_ROLES.has(claims.role)) {
      payload.unit = claims.unit.id;
      payload.unitCode = claims.unit.code;
    }
    return new SignJWT(payload)
      .setProtectedHeader({ alg: ALGORITHM })
      .setIssuer(ISSUER)
      .setSubject(claims.subject)
      .setIssuedAt()
      .setExpirationTime(claims.expiresIn ?? '8h')
      .sign(this.key);
  }

  /** A token for a principal as the server would see it (tests, scripts); null for anonymous. */
  async signPrincipal(principal: Principal, expiresIn?: string): Promise<string | null> {
    if (principal.kind === 'anonymous') return null;
    return this.sign({
      subject: principal.subject,
      role: principal.role,
      ...('unitId' in principal ? { unit: { id: principal.unitId, code: principal.unitCode } } : {}),
      ...(expiresIn ? { expiresIn } : {}),
    });
  }

  /** Turns an `Authorization` header into a principal; no header means anonymous. */
  async principalFromHeader(header: string | undefined): Promise<Principal> {
    if (header === undefined || header.trim() === '') return ANONYMOUS;
    const match = /^Bearer\s+(\S+)$/i.exec(header.trim());
    if (!match?.[1]) throw unauthenticated('The Authorization header must be "Bearer <token>".');
    return this.verify(match[1]);
  }

  async verify(token: string): Promise<Principal> {
    let payload;
    try {
      // A token without an expiry would be valid forever: refused, like one whose signature fails.
      ({ payload } = await jwtVerify(token, await this.importedKey(), {
        issuer: ISSUER,
        algorithms: [ALGORITHM],
        requiredClaims: ['exp'],
      }));
    } catch (error) {
      if (error instanceof joseErrors.JWTExpired) {
        throw unauthenticated('The token has expired: ask for a new one.');
      }
      throw unauthenticated('The token is not valid: its signature, issuer or format was rejected.');
    }
    const { role, sub, unit, unitCode } = payload;
    if (!isRole(role) || typeof sub !== 'string' || sub.length === 0 || sub.length > 200) {
      throw unauthenticated('The token is not valid: it names no known role or subject.');
    }
    if (role === Role.OFFICER || role === Role.ASSOCIATION) {
      if (typeof unit !== 'string' || !UUID.test(unit) || typeof unitCode !== 'string' || unitCode.length > 50) {
        throw unauthenticated(`The token is not valid: role ${role} needs a unit (its id and code).`);
      }
      return { kind: 'user', subject: sub, role, unitId: unit, unitCode };
    }
    return { kind: 'user', subject: sub, role };
  }
}
