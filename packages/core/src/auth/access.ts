import type { RequestContext } from '../common/context.js';
import { forbidden, notFound, unauthenticated, type DomainError } from '../common/errors.js';
import type { AdminUnit } from '../geography/admin-unit.entity.js';
import { findUnitByCode, geographyLoaders, fullPredecessorAmong } from '../geography/geography.service.js';
import { isScoped } from './principal.js';
import { Role } from './roles.js';
import { decideAccess, type Access } from './scope.rules.js';

const SIGN_IN = 'Đăng nhập / Sign in: anonymous callers see published data only.';

/**
 * The first check of every mutation, before any input is read or any record looked up: anonymous
 * callers are UNAUTHENTICATED, analysts FORBIDDEN. A refusal then tells nothing about the data.
 */
export function assertMayWrite(ctx: RequestContext): void {
  const p = ctx.principal;
  if (p.kind === 'anonymous') throw unauthenticated(SIGN_IN);
  if (p.role === Role.ANALYST) throw forbidden('ANALYST reads aggregates only, never individual records or changes.');
}

/** The first check of a query for individual records: signed in, and not an analyst. */
export function assertMayReadRows(ctx: RequestContext): void {
  assertMayWrite(ctx);
}

/**
 * What a caller is told about a record id that names nothing: NOT_FOUND for an administrator,
 * who could see it wherever it were; for a scoped caller the very refusal a record outside their
 * scope gets, so that the answer never tells whether an id exists elsewhere.
 */
export function missingRecord(ctx: RequestContext, message: string): DomainError {
  const p = ctx.principal;
  if (p.kind === 'anonymous') return unauthenticated(SIGN_IN);
  if (isScoped(p)) {
    const decision = decideAccess(p, 'WRITE', []);
    return forbidden(decision.allowed ? message : decision.reason);
  }
  return notFound(message);
}

/**
 * Refuses with FORBIDDEN unless the caller may perform `access` on data of `unitId` (null for
 * national data). The unit's lineage is read as of `asOf`, the date the data belongs to.
 * Call it before writing anything, so a refusal writes nothing.
 */
export async function assertAccess(
  ctx: RequestContext,
  access: Access,
  unitId: string | null,
  asOf: string = ctx.today,
): Promise<void> {
  const refusal = await accessRefusal(ctx, access, unitId, asOf);
  if (refusal === null) return;
  if (ctx.principal.kind === 'anonymous') throw unauthenticated(SIGN_IN);
  throw forbidden(refusal);
}

/** Whether the caller may perform `access` on data of `unitId` on `asOf` (as assertAccess decides, without throwing). */
export async function mayAccess(
  ctx: RequestContext,
  access: Access,
  unitId: string | null,
  asOf: string = ctx.today,
): Promise<boolean> {
  return (await accessRefusal(ctx, access, unitId, asOf)) === null;
}

/** Why the caller may not, or null when they may. */
async function accessRefusal(
  ctx: RequestContext,
  access: Access,
  unitId: string | null,
  asOf: string,
): Promise<string | null> {
  // Only scoped roles' decisions depend on where the data sits; spare the others the lookup.
  const needsLineage = unitId !== null && isScoped(ctx.principal) && access !== 'READ_PUBLIC';
  const lineage = needsLineage
    ? await geographyLoaders(ctx).lineage(asOf).load(unitId)
    : unitId === null
      ? null
      : [unitId];
  const decision = decideAccess(ctx.principal, access, lineage);
  if (decision.allowed) return null;
  // A unit that wholly took over another (FULL succession, e.g. new province 82 from old 87 on
  // 1/7/2025) inherits its records: its officers carry on the predecessor's plans, memberships
  // and evaluations. A PARTIAL successor does not: it would see the other successors' share.
  if (
    lineage &&
    isScoped(ctx.principal) &&
    (await fullPredecessorAmong(ctx.em, ctx.principal.unitId, lineage)) !== null
  )
    return null;
  return decision.reason;
}

/**
 * The unit with this code on `asOf`, once the caller is known to be allowed `access` to its data:
 * NOT_FOUND when no unit has the code that day, FORBIDDEN outside the caller's scope.
 */
export async function accessibleUnit(
  ctx: RequestContext,
  access: Access,
  code: string,
  asOf: string,
): Promise<AdminUnit> {
  const unit = await findUnitByCode(ctx.em, code, asOf);
  if (!unit) throw notFound(`No administrative unit has code ${code} on ${asOf}.`);
  await assertAccess(ctx, access, unit.id, asOf);
  return unit;
}
