import { isScoped, type Principal } from './principal.js';
import { Role } from './roles.js';

/**
 * What a caller wants to do with data that belongs to an administrative unit.
 * - `READ_PUBLIC`: published reference data (the map, criteria sets): everyone.
 * - `READ_AGGREGATE`: counts and shares, never personal rows.
 * - `READ_ROWS`: individual records (evaluations, households, citizens).
 * - `WRITE`: any change.
 */
export type Access = 'READ_PUBLIC' | 'READ_AGGREGATE' | 'READ_ROWS' | 'WRITE';

export type AccessDecision = { allowed: true } | { allowed: false; reason: string };

/**
 * Decides whether `principal` may perform `access` on data of the unit whose lineage is given
 * (the unit's own id first, then its ancestors up to the province, as of the data's date).
 * `lineage` is null for national data that belongs to no unit.
 *
 * Scoped roles reach their unit's subtree only, never sideways or upwards: an officer of a
 * commune cannot read its province's rows.
 */
export function decideAccess(principal: Principal, access: Access, lineage: readonly string[] | null): AccessDecision {
  if (access === 'READ_PUBLIC') return { allowed: true };
  if (principal.kind === 'anonymous') {
    return { allowed: false, reason: 'Sign in: anonymous callers see published data only.' };
  }
  switch (principal.role) {
    case Role.ADMIN:
      return { allowed: true };
    case Role.ANALYST:
      return access === 'READ_AGGREGATE'
        ? { allowed: true }
        : { allowed: false, reason: 'ANALYST reads aggregates only, never individual records or changes.' };
    case Role.OFFICER:
    case Role.ASSOCIATION:
      if (isScoped(principal) && lineage?.includes(principal.unitId)) return { allowed: true };
      return {
        allowed: false,
        reason:
          lineage === null
            ? `${principal.role} of unit ${principal.unitCode} may not act on national data.`
            : `${principal.role} of unit ${principal.unitCode} may act only within that unit and its subtree.`,
      };
  }
}
