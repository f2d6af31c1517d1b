import type { RequestContext } from '../common/context.js';
import { WorkflowTransition } from './workflow-transition.entity.js';

export interface Step {
  /** The workflow's id, e.g. `evaluation` or `taskReport`. */
  workflow: string;
  targetId: string;
  action: string;
  fromState: string | null;
  toState: string;
  note?: string | null;
}

/** Queues one step of a record's history in the caller's transaction, as the caller. */
export function recordStep(tx: RequestContext['em'], ctx: RequestContext, step: Step): void {
  tx.create(WorkflowTransition, {
    ...step,
    note: step.note ?? null,
    actor: ctx.principal.kind === 'user' ? ctx.principal.subject : 'anonymous',
    actorRole: ctx.principal.kind === 'user' ? ctx.principal.role : null,
  });
}
