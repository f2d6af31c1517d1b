import {
  AccountStateCheck,
  GeographyCache,
  type OidcVerifier,
  LoaderRegistry,
  ScopeUnitCheck,
  todayInVietnam,
  type PluginRuntime,
  type Principal,
  type RequestContext,
  type TokenService,
  type TransactionGate,
} from '@hoctap/core';
import { contextError } from './errors.js';
import type { MikroORM } from '@mikro-orm/postgresql';
import type { FastifyRequest } from 'fastify';

/** What every request of one server shares. */
export interface ContextOptions {
  /** The loaded plugins; absent: the core alone. */
  plugins?: PluginRuntime | undefined;
  /** Today's date (Vietnam) for each request. */
  clock?: (() => string) | undefined;
  /** The server's in-memory map for analytics. */
  geography?: GeographyCache;
  /** Whether transactions may still commit (closed at the end of a shutdown's grace period). */
  transactions?: TransactionGate;
  /** Checks that a scoped token's unit exists with the code it states. */
  scopeUnits?: ScopeUnitCheck;
  /** Checks an account token against the account's state (active, revision, grant). */
  accounts?: AccountStateCheck;
  /** Accepts an external provider's access tokens (OIDC), when configured. */
  oidc?: OidcVerifier | undefined;
}

/** Builds each request's context: who is asking, a fresh EntityManager fork and empty loaders. */
export function contextFactory(orm: MikroORM, tokens: TokenService, options: ContextOptions = {}) {
  const {
    plugins,
    clock = todayInVietnam,
    geography = new GeographyCache(),
    transactions,
    scopeUnits = new ScopeUnitCheck(),
    accounts = new AccountStateCheck(),
    oidc,
  } = options;
  return async (request: FastifyRequest): Promise<RequestContext> => {
    const em = orm.em.fork();
    let principal: Principal;
    try {
      const bearer = /^Bearer\s+(\S+)$/i.exec(request.headers.authorization?.trim() ?? '')?.[1];
      principal =
        oidc && bearer && oidc.claims(bearer)
          ? await oidc.principal(em, bearer)
          : await tokens.principalFromHeader(request.headers.authorization);
      await accounts.assertCurrent(em, principal);
      await scopeUnits.assertKnown(em, principal);
    } catch (error) {
      throw contextError(error);
    }
    return {
      principal,
      em,
      loaders: new LoaderRegistry(),
      requestId: request.id,
      logger: request.log,
      today: clock(),
      ...(plugins ? { plugins } : {}),
      geography,
      ...(transactions ? { transactions } : {}),
      tokens,
      accounts,
    };
  };
}
