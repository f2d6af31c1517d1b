import { isScoped } from '../auth/principal.js';
import { decideAccess, type Access } from '../auth/scope.rules.js';
import type { RequestContext } from '../common/context.js';
import { forbidden, unauthenticated } from '../common/errors.js';
import { standingOf, type Standing } from '../workflows/workflow.rules.js';
import type { Evaluation } from './evaluation.entity.js';

/**
 * Scope checks read the lineage frozen on the evaluation, so deciding who may see or change one
 * needs no query, and stays right for evaluations made on a map that has since changed.
 */
export function assertEvaluationAccess(
  ctx: RequestContext,
  access: Access,
  evaluation: Pick<Evaluation, 'lineage'>,
): void {
  if (ctx.principal.kind === 'anonymous')
    throw unauthenticated('Đăng nhập / Sign in: anonymous callers see published data only.');
  const decision = decideAccess(ctx.principal, access, evaluation.lineage);
  if (!decision.allowed) throw forbidden(decision.reason);
}

export function standingTowards(
  ctx: RequestContext,
  evaluation: Pick<Evaluation, 'lineage' | 'evaluatingUnitId'>,
): Standing {
  const p = ctx.principal;
  return standingOf({
    role: p.kind === 'user' ? p.role : null,
    scopeUnitId: isScoped(p) ? p.unitId : null,
    lineage: evaluation.lineage,
    evaluatingIndex: Math.max(0, evaluation.lineage.indexOf(evaluation.evaluatingUnitId)),
  });
}

/**
 * The self-assessment is entered by the unit being assessed (or an administrator); the level
 * above verifies it and must not author it, or verification would check its own work.
 */
export function assertMayAuthor(
  ctx: RequestContext,
  evaluation: Pick<Evaluation, 'lineage' | 'evaluatingUnitId'>,
): void {
  const standing = standingTowards(ctx, evaluation);
  if (standing === 'OWN' || standing === 'ADMIN') return;
  throw forbidden(
    standing === 'ABOVE'
      ? 'The self-assessment is entered by the unit being assessed; the level above verifies it.'
      : 'You may act only on evaluations within your unit and its subtree.',
  );
}
