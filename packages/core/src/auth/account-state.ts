import type { EntityManager } from '@mikro-orm/postgresql';
import { unauthenticated } from '../common/errors.js';
import type { Principal } from './principal.js';

/** What a token depends on, per user: whether the account is active, its revision, its grants. */
interface AccountState {
  active: boolean;
  revision: number;
  /** grant id → role and unit id (null for national roles). */
  grants: Map<string, { role: string; unitId: string | null }>;
  /** Sessions signed out within the last hour (access tokens live 15 minutes). */
  revokedSessions: Set<string>;
}

export interface AccountStateOptions {
  /**
   * How old the known `account_state.version` may be before a request asks again, in ms (default
   * 1000): a change made on another server is seen within this delay. Changes made through this
   * server are seen at once (the services invalidate the user).
   */
  pollMs?: number;
  /** Refuse tokens that name no account (production). */
  requireAccount?: boolean;
  maxEntries?: number;
}

const REFUSED = 'Phiên đăng nhập không còn hiệu lực / The session is no longer valid: sign in again.';

/**
 * Checks every request's token against its account: the user active, the revision the token was
 * issued under still current (sign-out everywhere, deactivation and password changes bump it), the
 * grant still held with the same role and unit. The states are kept in memory and dropped whenever
 * `account_state.version` (bumped by triggers on every change to users and grants) moves; that
 * version is read at most once per `pollMs`, so a request costs a map lookup, and several servers
 * agree within `pollMs`.
 */
export class AccountStateCheck {
  private readonly users = new Map<string, AccountState>();
  private version: string | null = null;
  private checkedAt = -Infinity;
  private polling: Promise<void> | null = null;
  private readonly pollMs: number;
  private readonly maxEntries: number;
  readonly requireAccount: boolean;

  constructor(options: AccountStateOptions = {}) {
    this.pollMs = options.pollMs ?? 1000;
    this.maxEntries = options.maxEntries ?? 50_000;
    this.requireAccount = options.requireAccount ?? false;
  }

  async assertCurrent(em: EntityManager, principal: Principal, now = Date.now()): Promise<void> {
    if (principal.kind !== 'user') return;
    const account = principal.account;
    if (!account) {
      if (this.requireAccount)
        throw unauthenticated('Mã thông báo không gắn với tài khoản / The token names no account: sign in.');
      return;
    }
    if (now - this.checkedAt >= this.pollMs) await this.poll(em, now);
    const unitId = 'unitId' in principal ? principal.unitId : null;
    const cached = this.users.get(account.userId);
    if (cached && matches(cached, { ...account, role: principal.role, unitId })) return;
    // Not known, or refused by what is known: ask the database once before refusing.
    const state = await this.load(em, account.userId);
    if (!state || !matches(state, { ...account, role: principal.role, unitId })) throw unauthenticated(REFUSED);
  }

  /** Forgets a user's state (after a change through this server). */
  invalidate(userId: string): void {
    this.users.delete(userId);
  }

  private poll(em: EntityManager, now: number): Promise<void> {
    this.polling ??= (async () => {
      try {
        const [row] = await em.execute<{ version: string }[]>('select version::text as version from account_state');
        const version = row?.version ?? null;
        if (version !== this.version) {
          this.users.clear();
          this.version = version;
        }
        this.checkedAt = now;
      } finally {
        this.polling = null;
      }
    })();
    return this.polling;
  }

  private async load(em: EntityManager, userId: string): Promise<AccountState | null> {
    const rows = await em.execute<
      { active: boolean; auth_revision: number; grant_id: string | null; role: string | null; unit_id: string | null }[]
    >(
      `select u.active, u.auth_revision, g.id as grant_id, g.role, g.unit_id
       from app_user u left join user_grant g on g.user_id = u.id where u.id = ?`,
      [userId],
    );
    const first = rows[0];
    if (!first) {
      this.users.delete(userId);
      return null;
    }
    const revoked = await em.execute<{ id: string }[]>(
      `select id from auth_session where user_id = ? and revoked_at > now() - interval '1 hour'`,
      [userId],
    );
    const state: AccountState = {
      active: first.active,
      revision: first.auth_revision,
      grants: new Map(),
      revokedSessions: new Set(revoked.map((r) => r.id)),
    };
    for (const r of rows) if (r.grant_id && r.role) state.grants.set(r.grant_id, { role: r.role, unitId: r.unit_id });
    if (this.users.size >= this.maxEntries) this.users.delete(this.users.keys().next().value!);
    this.users.set(userId, state);
    return state;
  }
}

function matches(
  state: AccountState,
  token: { grantId: string; revision: number; role: string; unitId: string | null; sessionId?: string },
): boolean {
  if (!state.active || state.revision !== token.revision) return false;
  if (token.sessionId !== undefined && state.revokedSessions.has(token.sessionId)) return false;
  const grant = state.grants.get(token.grantId);
  return grant !== undefined && grant.role === token.role && grant.unitId === token.unitId;
}
