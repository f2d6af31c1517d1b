import { isScoped } from '../../auth/principal.js';
import { Role } from '../../auth/roles.js';
import { decideAccess, type Access } from '../../auth/scope.rules.js';
import type { RequestContext } from '../../common/context.js';
import { forbidden } from '../../common/errors.js';
import { standingOf, type Standing } from '../../workflows/workflow.rules.js';
import { roleOf } from '../gnlc-common.js';
import type { GnlcApplication } from './application.entity.js';

/** Applications are the city's working files: READ_ROWS within the applicant's lineage (officers of it or above, ADMIN). */
export function assertApplicationAccess(ctx: RequestContext, access: Access, application: GnlcApplication): void {
  const decision = decideAccess(ctx.principal, access, application.lineage);
  if (!decision.allowed) throw forbidden(decision.reason);
}

/** The city prepares its application through its government officers; an ADMIN may act for it. */
export function assertOfficerOrAdmin(ctx: RequestContext, what: string): void {
  const role = roleOf(ctx);
  if (role !== Role.OFFICER && role !== Role.ADMIN) throw forbidden(`Only an OFFICER or an ADMIN may ${what}.`);
}

/** The caller's standing over the applicant's lineage: the applicant (index 0) stands OWN, its ancestors ABOVE. */
export function standingTowards(ctx: RequestContext, application: Pick<GnlcApplication, 'lineage'>): Standing {
  const p = ctx.principal;
  return standingOf({
    role: roleOf(ctx),
    scopeUnitId: isScoped(p) ? p.unitId : null,
    lineage: application.lineage,
    evaluatingIndex: 0,
  });
}
