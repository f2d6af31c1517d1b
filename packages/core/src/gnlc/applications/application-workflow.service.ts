import type { EntityManager } from '@mikro-orm/postgresql';
import type { RequestContext } from '../../common/context.js';
import { conflict } from '../../common/errors.js';
import type { MutationLog } from '../../common/mutate.js';
import { AdminUnit } from '../../geography/admin-unit.entity.js';
import { registerWorkflowNode, workflowActions, type WorkflowNode } from '../../workflows/workflow-kernel.js';
import type { ActionDefinition } from '../../workflows/workflow.rules.js';
import { GnlcMembership } from '../memberships/membership.entity.js';
import { assertApplicationAccess, standingTowards } from './application-access.js';
import { applicationLoaders } from './application-query.service.js';
import { GnlcApplication } from './application.entity.js';
import { checkApplicationForm } from './application.rules.js';
import { GNLC_APPLICATION_WORKFLOW_ID, GNLC_FORWARDED_STATES, GNLC_MEMBER_STATE } from './application.workflow.js';

/** What the guards of the GNLC application workflow read (see GNLC_APPLICATION_GUARDS). */
function factsOf(application: GnlcApplication, day: string, forwardedInCall: number) {
  return {
    formProblems: checkApplicationForm(application.form),
    day,
    callYear: application.callYear,
    forwardedInCall,
  };
}

/** Applications of a call already forwarded to UIL. */
async function forwardedInCall(em: EntityManager, callYear: number): Promise<number> {
  return em.count(GnlcApplication, { callYear, state: { $in: [...GNLC_FORWARDED_STATES] } });
}

/**
 * GNLC applications in the workflow kernel (the province's extension when a plugin serves it), on
 * `ctx.today`: forwarding to UIL must fall within the call window, and entering MEMBER records
 * UIL's decision and creates the membership, counting from that day, in the same transaction.
 */
export const GNLC_APPLICATION_NODE: WorkflowNode<GnlcApplication> = {
  typeName: 'GnlcApplication',
  what: 'GNLC application',
  workflowId: GNLC_APPLICATION_WORKFLOW_ID,
  auditAction: 'gnlc.transition',
  load: (em, id) => em.findOne(GnlcApplication, id),
  provinceOf: (a) => a.lineage.at(-1),
  // Serialises transitions within a call, so two forwards cannot both pass the per-country limit.
  lock: async (tx, a) =>
    void (await tx.execute('select pg_advisory_xact_lock(hashtext(?))', [`gnlc.call:${a.callYear}`])),
  access: (ctx, application) => assertApplicationAccess(ctx, 'READ_ROWS', application),
  async caller(ctx, application, em) {
    const forwarded = em
      ? await forwardedInCall(em, application.callYear)
      : await applicationLoaders(ctx).forwardedInCall.load(application.callYear);
    return { standing: standingTowards(ctx, application), facts: factsOf(application, ctx.today, forwarded) };
  },
  async onTransition({ ctx, tx, log, record, to }) {
    if (to === 'SUBMITTED') record.submittedOn = ctx.today;
    if (to === GNLC_MEMBER_STATE || to === 'DECLINED') record.decidedOn = ctx.today;
    if (to === GNLC_MEMBER_STATE) await admit(ctx, tx, log, record);
  },
  onUnique: () =>
    conflict('The city already has a GNLC membership recorded under this code and day.', { rule: 'ALREADY_MEMBER' }),
};
registerWorkflowNode(GNLC_APPLICATION_NODE);

/** The actions the caller may take on the application now. */
export function gnlcApplicationActions(ctx: RequestContext, application: GnlcApplication): Promise<ActionDefinition[]> {
  return workflowActions(ctx, GNLC_APPLICATION_NODE, application);
}

/** Creates the membership UIL's decision grants, counting from the day the decision is recorded. */
async function admit(
  ctx: RequestContext,
  tx: EntityManager,
  log: MutationLog,
  application: GnlcApplication,
): Promise<void> {
  const unit = await tx.findOneOrFail(AdminUnit, application.applicant.id);
  const membership = tx.create(GnlcMembership, {
    cityName: unit.name,
    unitCode: unit.code,
    unitAsOf: application.appliedOn,
    unit,
    joinedYear: Number(ctx.today.slice(0, 4)),
    joinedOn: ctx.today,
    source: 'application',
    application,
  });
  log.audit({
    action: 'gnlc.admit',
    entityType: 'GnlcMembership',
    entityId: membership.id,
    changes: { unit: unit.code, unitAsOf: application.appliedOn, joinedOn: ctx.today, application: application.id },
  });
}
