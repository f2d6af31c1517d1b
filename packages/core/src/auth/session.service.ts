import type { EntityManager } from '@mikro-orm/postgresql';
import { audit } from '../audit/audit.service.js';
import type { RequestContext } from '../common/context.js';
import { forbidden, notFound, unauthenticated } from '../common/errors.js';
import { mutate } from '../common/mutate.js';
import { AuthSession, RefreshToken, User, UserGrant } from './account.entity.js';
import { afterAttempt } from './lockout.rules.js';
import { randomToken, tokenHash, verifyPassword } from './password.js';
import type { Principal } from './principal.js';
import { type Role, SCOPED_ROLES } from './roles.js';

/** Access tokens live 15 minutes; refresh tokens 30 days (OWASP Session Management Cheat Sheet). */
export const ACCESS_TOKEN_SECONDS = 15 * 60;
export const REFRESH_TOKEN_MS = 30 * 24 * 3600_000;

/** The one answer to every failed sign-in: it tells no one whether the login exists or is locked. */
const WRONG = 'Sai tên đăng nhập hoặc mật khẩu / Login or password wrong.';
const REFRESH_REFUSED = 'Phiên đăng nhập không còn hiệu lực / The session is no longer valid: sign in again.';

export interface SessionResult {
  accessToken: string;
  /** Null when only the access token changed (switchGrant). */
  refreshToken: string | null;
  expiresAt: Date;
  user: User;
  grant: UserGrant;
}

/** Logins are compared without case and surrounding spaces. */
export function normaliseLogin(login: string): string {
  return login.trim().toLowerCase();
}

/** The principal a grant acts as. */
export function principalOfGrant(user: User, grant: UserGrant, sessionId?: string): Principal {
  const account = {
    userId: user.id,
    grantId: grant.id,
    revision: user.authRevision,
    ...(sessionId ? { sessionId } : {}),
  };
  if (SCOPED_ROLES.has(grant.role)) {
    const unit = grant.unit!;
    return {
      kind: 'user',
      subject: user.id,
      role: grant.role as Role.OFFICER | Role.ASSOCIATION,
      unitId: unit.id,
      unitCode: unit.code,
      account,
    };
  }
  return { kind: 'user', subject: user.id, role: grant.role as Role.ADMIN | Role.ANALYST, account };
}

function tokensOf(ctx: RequestContext) {
  if (!ctx.tokens) throw new Error('Sign-in needs the server’s token service (ctx.tokens).');
  return ctx.tokens;
}

async function accessToken(ctx: RequestContext, user: User, grant: UserGrant, sessionId: string) {
  const principal = principalOfGrant(user, grant, sessionId);
  const token = (await tokensOf(ctx).signPrincipal(principal, `${ACCESS_TOKEN_SECONDS}s`))!;
  return { token, expiresAt: new Date(Date.now() + ACCESS_TOKEN_SECONDS * 1000) };
}

async function grantsOf(em: EntityManager, userId: string): Promise<UserGrant[]> {
  return em.find(UserGrant, { user: userId }, { populate: ['unit'], orderBy: { createdAt: 'asc', id: 'asc' } });
}

function newRefreshToken(tx: EntityManager, session: AuthSession): string {
  const token = randomToken();
  tx.create(RefreshToken, {
    session,
    tokenHash: tokenHash(token),
    expiresAt: new Date(Date.now() + REFRESH_TOKEN_MS),
  });
  return token;
}

/**
 * Signs in with a login and password: a new session (refresh-token family) acting under the
 * user's first grant (or `grantId`). Every failure gets the same answer after the same work (a
 * password hash is verified even for an unknown login); wrong passwords count towards lockout.
 */
export async function signIn(
  ctx: RequestContext,
  login: string,
  password: string,
  grantId?: string | null,
): Promise<SessionResult> {
  const user = await ctx.em.findOne(User, { login: normaliseLogin(login) }, { populate: ['passwordHash'] });
  const correct = await verifyPassword(user?.passwordHash ?? null, password);
  if (!user || !user.active) throw unauthenticated(WRONG);
  const now = new Date();
  const attempt = afterAttempt(
    { failedAttempts: user.failedAttempts, lockedUntil: user.lockedUntil ?? null },
    correct,
    now,
  );
  const grants = attempt.signedIn ? await grantsOf(ctx.em, user.id) : [];
  const grant = grantId ? grants.find((g) => g.id === grantId) : grants[0];
  const result = await mutate(ctx, 'account', async (tx) => {
    const row = await tx.findOneOrFail(User, user.id);
    row.failedAttempts = attempt.state.failedAttempts;
    row.lockedUntil = attempt.state.lockedUntil;
    if (!attempt.signedIn || !grant) {
      audit(
        tx,
        'system',
        {
          action: 'auth.signInFailed',
          entityType: 'User',
          entityId: user.id,
          changes: { failedAttempts: row.failedAttempts, locked: row.lockedUntil !== null },
        },
        ctx.requestId,
      );
      return null;
    }
    const session = tx.create(AuthSession, { user: row, grant: tx.getReference(UserGrant, grant.id) });
    const refreshToken = newRefreshToken(tx, session);
    audit(
      tx,
      principalOfGrant(row, grant, session.id),
      {
        action: 'auth.signIn',
        entityType: 'AuthSession',
        entityId: session.id,
        changes: { grant: grant.id },
      },
      ctx.requestId,
    );
    return { session, refreshToken, row };
  });
  if (!result) {
    if (attempt.signedIn && grants.length === 0)
      throw unauthenticated('Tài khoản chưa được cấp vai trò / The account holds no grant yet.');
    if (attempt.signedIn) throw notFound(`grantId: the account holds no grant ${grantId}.`);
    throw unauthenticated(WRONG);
  }
  const access = await accessToken(ctx, result.row, grant!, result.session.id);
  return {
    accessToken: access.token,
    refreshToken: result.refreshToken,
    expiresAt: access.expiresAt,
    user: result.row,
    grant: grant!,
  };
}

/**
 * Exchanges a refresh token for a new pair (rotation). A refresh token already exchanged means it
 * was copied: the whole family (this device's session) is revoked and the caller must sign in again.
 */
export async function refreshSession(ctx: RequestContext, refreshToken: string): Promise<SessionResult> {
  const found = await ctx.em.findOne(
    RefreshToken,
    { tokenHash: tokenHash(refreshToken) },
    { populate: ['session', 'session.user', 'session.grant', 'session.grant.unit'] },
  );
  if (!found || found.session.revokedAt || found.expiresAt.getTime() <= Date.now())
    throw unauthenticated(REFRESH_REFUSED);
  const session = found.session;
  const user = session.user;
  if (!user.active || !session.grant) throw unauthenticated(REFRESH_REFUSED);
  const grant = session.grant;
  const rotated = await mutate(ctx, 'session', async (tx) => {
    const now = new Date();
    // Only one exchange wins, even when two arrive together.
    const won = await tx.nativeUpdate(RefreshToken, { id: found.id, usedAt: null }, { usedAt: now });
    const row = await tx.findOneOrFail(AuthSession, session.id);
    if (won === 0) {
      row.revokedAt = now;
      audit(
        tx,
        principalOfGrant(user, grant, session.id),
        {
          action: 'auth.refreshReused',
          entityType: 'AuthSession',
          entityId: session.id,
          changes: { revoked: true },
        },
        ctx.requestId,
      );
      return null;
    }
    row.lastUsedAt = now;
    return newRefreshToken(tx, row);
  });
  if (rotated === null) {
    ctx.accounts?.invalidate(user.id);
    throw unauthenticated(REFRESH_REFUSED);
  }
  const access = await accessToken(ctx, user, grant, session.id);
  return { accessToken: access.token, refreshToken: rotated, expiresAt: access.expiresAt, user, grant };
}

function accountOf(ctx: RequestContext) {
  const p = ctx.principal;
  if (p.kind === 'anonymous') throw unauthenticated('Đăng nhập / Sign in first.');
  if (!p.account) throw forbidden('The token names no account (a development token): nothing to sign out of.');
  return p.account;
}

/** Ends this device's session: its refresh token and its access tokens stop working. */
export async function signOut(ctx: RequestContext): Promise<boolean> {
  const account = accountOf(ctx);
  if (!account.sessionId) return false;
  const sessionId = account.sessionId;
  return mutate(ctx, 'session', async (tx, log) => {
    const changed = await tx.nativeUpdate(
      AuthSession,
      { id: sessionId, user: account.userId, revokedAt: null },
      { revokedAt: new Date() },
    );
    if (changed > 0) log.audit({ action: 'auth.signOut', entityType: 'AuthSession', entityId: sessionId });
    return changed > 0;
  }).finally(() => ctx.accounts?.invalidate(account.userId));
}

/** Ends every session of the caller's account and makes every access token already issued fail on its next request. */
export async function signOutEverywhere(ctx: RequestContext): Promise<boolean> {
  const account = accountOf(ctx);
  await mutate(ctx, 'account', async (tx, log) => {
    await revokeAllSessions(tx, account.userId);
    log.audit({ action: 'auth.signOutEverywhere', entityType: 'User', entityId: account.userId });
  });
  ctx.accounts?.invalidate(account.userId);
  return true;
}

/** Bumps the user's revision (all access tokens fail) and revokes all its sessions; inside a transaction. */
export async function revokeAllSessions(tx: EntityManager, userId: string): Promise<void> {
  const user = await tx.findOneOrFail(User, userId);
  user.authRevision += 1;
  await tx.nativeUpdate(AuthSession, { user: userId, revokedAt: null }, { revokedAt: new Date() });
}

/** A new access token acting under another of the caller's grants; the session follows it. */
export async function switchGrant(ctx: RequestContext, grantId: string): Promise<SessionResult> {
  const account = accountOf(ctx);
  const grant = await ctx.em.findOne(UserGrant, { id: grantId, user: account.userId }, { populate: ['unit', 'user'] });
  if (!grant) throw notFound(`grantId: the account holds no grant ${grantId}.`);
  const user = grant.user;
  if (account.sessionId) {
    const sessionId = account.sessionId;
    await mutate(ctx, 'session', async (tx, log) => {
      await tx.nativeUpdate(AuthSession, { id: sessionId, user: user.id }, { grant: grant.id });
      log.audit({
        action: 'auth.switchGrant',
        entityType: 'AuthSession',
        entityId: sessionId,
        changes: { grant: grant.id },
      });
    });
  }
  const access = await accessToken(ctx, user, grant, account.sessionId ?? '');
  return { accessToken: access.token, refreshToken: null, expiresAt: access.expiresAt, user, grant };
}
