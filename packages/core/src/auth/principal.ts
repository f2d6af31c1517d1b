import { Role } from './roles.js';

/**
 * The account a token was issued for: checked on every request against the account's state
 * (active, revision, grant still held). Development tokens of `hoctap token` without `--login`
 * have none (refused in production).
 */
export interface AccountRef {
  userId: string;
  /** The grant the request acts under. */
  grantId: string;
  /** The user's auth revision when the token was issued. */
  revision: number;
  /** The sign-in session (refresh-token family) the token belongs to. */
  sessionId?: string;
}

/** Who is asking. Anonymous callers have no role and see published data only. */
export type Principal =
  | { kind: 'anonymous' }
  | { kind: 'user'; subject: string; role: Role.ADMIN | Role.ANALYST; account?: AccountRef }
  | {
      kind: 'user';
      subject: string;
      role: Role.OFFICER | Role.ASSOCIATION;
      account?: AccountRef;
      /** The id of the administrative unit the caller is scoped to (ids are stable; codes are reused). */
      unitId: string;
      /** The unit's code, for messages. */
      unitCode: string;
    };

export const ANONYMOUS: Principal = { kind: 'anonymous' };

export type ScopedPrincipal = Extract<Principal, { unitId: string }>;

export function isScoped(p: Principal): p is ScopedPrincipal {
  return p.kind === 'user' && (p.role === Role.OFFICER || p.role === Role.ASSOCIATION);
}

export function describePrincipal(p: Principal): string {
  if (p.kind === 'anonymous') return 'anonymous';
  return isScoped(p) ? `${p.role} of unit ${p.unitCode}` : p.role;
}
