import type { RequestContext } from '../common/context.js';
import { forbidden } from '../common/errors.js';
import { geographyLoaders } from '../geography/geography.service.js';
import { decideAccess, type Access } from './scope.rules.js';

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
  const lineage = unitId === null ? null : await geographyLoaders(ctx).lineage(asOf).load(unitId);
  const decision = decideAccess(ctx.principal, access, lineage);
  if (!decision.allowed) throw forbidden(decision.reason);
}
