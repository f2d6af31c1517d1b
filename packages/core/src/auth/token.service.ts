import { errors as joseErrors, jwtVerify, SignJWT, type JWTHeaderParameters } from 'jose';
import { unauthenticated } from '../common/errors.js';
import { ANONYMOUS, type AccountRef, type Principal } from './principal.js';
import { isRole, Role, SCOPED_ROLES } from './roles.js';
import { SigningKeys } from './signing-keys.js';

const ISSUER = 'hoctap';
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export interface TokenClaims {
  subject: string;
  role: Role;
  /** Required for OFFICER and ASSOCIATION: the scope unit's id and code. */
  unit?: { id: string; code: string };
  /** Lifetime, e.g. '8h' or '30d'. */
  expiresIn?: string;
  /** The account and grant the token acts for (then `subject` is the user's id). */
  account?: AccountRef;
}

/**
 * Signs and verifies the platform's bearer tokens (JWT). The first key of the ring signs, with its
 * `kid` in the header; any key of the ring verifies. Keys are imported once, when the ring is made.
 */
export class TokenService {
  readonly keys: SigningKeys;

  constructor(keys: string | SigningKeys) {
    this.keys = typeof keys === 'string' ? SigningKeys.fromSecret(keys) : keys;
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
    if (claims.account) {
      payload.gid = claims.account.grantId;
      payload.rev = claims.account.revision;
      if (claims.account.sessionId) payload.sid = claims.account.sessionId;
    }
    const key = this.keys.current;
    return new SignJWT(payload)
      .setProtectedHeader({ alg: key.alg, kid: key.kid })
      .setIssuer(ISSUER)
      .setSubject(claims.account ? claims.account.userId : claims.subject)
      .setIssuedAt()
      .setExpirationTime(claims.expiresIn ?? '8h')
      .sign(key.signing);
  }

  /** A token for a principal as the server would see it (tests, scripts); null for anonymous. */
  async signPrincipal(principal: Principal, expiresIn?: string): Promise<string | null> {
    if (principal.kind === 'anonymous') return null;
    return this.sign({
      subject: principal.subject,
      role: principal.role,
      ...('unitId' in principal ? { unit: { id: principal.unitId, code: principal.unitCode } } : {}),
      ...(principal.account ? { account: principal.account } : {}),
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
      // The key is chosen by `kid` and its algorithm is the only one accepted for it.
      ({ payload } = await jwtVerify(
        token,
        (header: JWTHeaderParameters) => {
          const key = this.keys.find(header.kid);
          if (!key || header.alg !== key.alg) throw new joseErrors.JWKSNoMatchingKey();
          return key.verifying;
        },
        { issuer: ISSUER, algorithms: ['HS256', 'ES256'], requiredClaims: ['exp'] },
      ));
    } catch (error) {
      if (error instanceof joseErrors.JWTExpired) {
        throw unauthenticated('The token has expired: ask for a new one.');
      }
      throw unauthenticated('The token is not valid: its signature, issuer or format was rejected.');
    }
    const { role, sub, unit, unitCode, gid, rev, sid } = payload;
    if (!isRole(role) || typeof sub !== 'string' || sub.length === 0 || sub.length > 200) {
      throw unauthenticated('The token is not valid: it names no known role or subject.');
    }
    let account: AccountRef | undefined;
    if (gid !== undefined) {
      if (
        typeof gid !== 'string' ||
        !UUID.test(gid) ||
        !UUID.test(sub) ||
        typeof rev !== 'number' ||
        !Number.isInteger(rev) ||
        (sid !== undefined && (typeof sid !== 'string' || !UUID.test(sid)))
      )
        throw unauthenticated('The token is not valid: its account claims are malformed.');
      account = { userId: sub, grantId: gid, revision: rev, ...(typeof sid === 'string' ? { sessionId: sid } : {}) };
    }
    const withAccount = account ? { account } : {};
    if (role === Role.OFFICER || role === Role.ASSOCIATION) {
      if (typeof unit !== 'string' || !UUID.test(unit) || typeof unitCode !== 'string' || unitCode.length > 50) {
        throw unauthenticated(`The token is not valid: role ${role} needs a unit (its id and code).`);
      }
      return { kind: 'user', subject: sub, role, unitId: unit, unitCode, ...withAccount };
    }
    return { kind: 'user', subject: sub, role, ...withAccount };
  }
}
