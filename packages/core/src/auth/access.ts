import type { RequestContext } from '../common/context.js';
import { forbidden } from '../common/errors.js';
import { geographyLoaders } from '../geography/geography.service.js';
import { isScoped } from './principal.js';
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
  // Only scoped roles' decisions depend on where the data sits; spare the others the lookup.
  const needsLineage = unitId !== null && isScoped(ctx.principal) && access !== 'READ_PUBLIC';
  const lineage = needsLineage
    ? await geographyLoaders(ctx).lineage(asOf).load(unitId)
    : unitId === null
      ? null
      : [unitId];
  const decision = decideAccess(ctx.principal, access, lineage);
  if (!decision.allowed) throw forbidden(decision.reason);
}
