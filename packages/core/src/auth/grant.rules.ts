import { Role } from './roles.js';

/**
 * Who may hand out or take back which grant (the grant ceiling). A grant is a role in a unit;
 * `lineage` is the unit's own id first, then its ancestors (null for the national roles).
 *
 * - ADMIN manages every grant.
 * - OFFICER manages OFFICER and ASSOCIATION grants in its own unit's subtree only: never a
 *   national role (ADMIN, ANALYST), never a unit outside its subtree, so it never grants more than
 *   it holds.
 * - ASSOCIATION and ANALYST manage no accounts.
 */
export interface GrantHolder {
  role: Role;
  /** The unit of a scoped role; null for ADMIN and ANALYST. */
  unitId: string | null;
}

export interface GrantTarget {
  role: Role;
  /** The target unit's id then its ancestors; null for a national role. */
  lineage: readonly string[] | null;
}

export type GrantDecision = { allowed: true } | { allowed: false; rule: string; reason: string };

const NATIONAL: ReadonlySet<Role> = new Set([Role.ADMIN, Role.ANALYST]);

export function decideGrant(holder: GrantHolder, target: GrantTarget): GrantDecision {
  if (NATIONAL.has(target.role) !== (target.lineage === null))
    return {
      allowed: false,
      rule: 'UNIT',
      reason: NATIONAL.has(target.role)
        ? `Vai trò ${target.role} là cấp quốc gia, không gắn đơn vị / ${target.role} is national: give no unit`
        : `Vai trò ${target.role} cần một đơn vị / ${target.role} needs a unit`,
    };
  if (holder.role === Role.ADMIN) return { allowed: true };
  if (holder.role !== Role.OFFICER || holder.unitId === null)
    return {
      allowed: false,
      rule: 'MANAGER',
      reason: `Vai trò ${holder.role} không quản lý tài khoản / ${holder.role} manages no accounts`,
    };
  if (NATIONAL.has(target.role))
    return {
      allowed: false,
      rule: 'CEILING',
      reason: `Không được cấp vai trò ${target.role} cao hơn vai trò của mình / may not grant ${target.role}, above its own role`,
    };
  if (!target.lineage?.includes(holder.unitId))
    return {
      allowed: false,
      rule: 'SUBTREE',
      reason: 'Đơn vị nằm ngoài phạm vi quản lý / the unit is outside the officer’s subtree',
    };
  return { allowed: true };
}

/**
 * Whether `holder` may manage a user (deactivate, reset the password, see the account): only if
 * it could have granted every grant the user holds, so that an officer never locks out someone
 * above it. A user without grants is managed by ADMIN only.
 */
export function decideManageUser(holder: GrantHolder, grants: readonly GrantTarget[]): GrantDecision {
  if (holder.role === Role.ADMIN) return { allowed: true };
  if (grants.length === 0)
    return {
      allowed: false,
      rule: 'SUBTREE',
      reason: 'Chỉ quản trị viên quản lý tài khoản chưa có vai trò / only ADMIN manages an account without grants',
    };
  for (const grant of grants) {
    const decision = decideGrant(holder, grant);
    if (!decision.allowed) return decision;
  }
  return { allowed: true };
}
