import type { EntityManager } from '@mikro-orm/postgresql';
import { createRemoteJWKSet, decodeJwt, errors as joseErrors, jwtVerify, type JWTVerifyGetKey } from 'jose';
import { unauthenticated } from '../common/errors.js';
import { User, UserGrant } from './account.entity.js';
import type { Principal } from './principal.js';
import { normaliseLogin, principalOfGrant } from './session.service.js';

export interface OidcOptions {
  /** The provider's issuer (`iss`), e.g. https://sso.example.gov.vn/realms/dong-thap. */
  issuer: string;
  /** Where its signing keys are, e.g. …/protocol/openid-connect/certs for Keycloak. */
  jwksUrl: string;
  /** The claim naming the account's login (default `email`; `preferred_username` for user names). */
  claim?: string;
  /** The audience the tokens must carry, if any (Keycloak: the client id, or `account`). */
  audience?: string;
}

const REFUSED = 'Mã thông báo của nhà cung cấp định danh không hợp lệ / The identity provider’s token is not valid.';

/**
 * Accepts access tokens of an external OpenID Connect provider (a province's single sign-on):
 * verified against the provider's JWKS (fetched and cached by jose), mapped by one claim to an
 * account's login. The request then acts under the account's first grant, and is checked against
 * the account's state like any other.
 */
export class OidcVerifier {
  private readonly keys: JWTVerifyGetKey;
  readonly claim: string;

  constructor(readonly options: OidcOptions) {
    this.keys = createRemoteJWKSet(new URL(options.jwksUrl));
    this.claim = options.claim ?? 'email';
  }

  /** Whether the token claims to come from this provider (read before any verification). */
  claims(token: string): boolean {
    try {
      return decodeJwt(token).iss === this.options.issuer;
    } catch {
      return false;
    }
  }

  async principal(em: EntityManager, token: string): Promise<Principal> {
    let payload;
    try {
      ({ payload } = await jwtVerify(token, this.keys, {
        issuer: this.options.issuer,
        ...(this.options.audience ? { audience: this.options.audience } : {}),
        algorithms: ['RS256', 'ES256', 'PS256', 'EdDSA'],
        requiredClaims: ['exp'],
      }));
    } catch (error) {
      if (error instanceof joseErrors.JWTExpired) throw unauthenticated('The token has expired: sign in again.');
      throw unauthenticated(REFUSED);
    }
    const login = payload[this.claim];
    if (typeof login !== 'string' || login.length === 0 || login.length > 200) throw unauthenticated(REFUSED);
    const user = await em.findOne(User, { login: normaliseLogin(login) });
    if (!user || !user.active)
      throw unauthenticated('Không có tài khoản cho người dùng này / No active account for this identity.');
    const grant = await em.findOne(
      UserGrant,
      { user: user.id },
      { populate: ['unit'], orderBy: { createdAt: 'asc', id: 'asc' } },
    );
    if (!grant) throw unauthenticated('Tài khoản chưa được cấp vai trò / The account holds no grant yet.');
    return principalOfGrant(user, grant);
  }
}
