import { Arg, Ctx, Extensions, ID, Int, Mutation, Resolver } from 'type-graphql';
import type { RequestContext } from '../common/context.js';
import { badInput } from '../common/errors.js';
import { fromGlobalId } from '../common/node-id.js';
import { transitionEvaluation } from '../evaluations/evaluation-workflow.service.js';
import { transitionGnlcApplication } from '../gnlc/gnlc.service.js';
import { transitionTaskReport } from '../programme/plan.service.js';
import { WorkflowNodeInterface } from './workflow.types.js';

/** The records that follow a workflow, by the type named in their global id. */
const TARGETS: Record<
  string,
  (ctx: RequestContext, input: Parameters<typeof transitionEvaluation>[1]) => Promise<object>
> = {
  Evaluation: transitionEvaluation,
  TaskReport: transitionTaskReport,
  GnlcApplication: transitionGnlcApplication,
};

@Resolver()
export class WorkflowResolver {
  @Extensions({ argBounds: { note: { maxLength: 2000 } } })
  @Mutation(() => WorkflowNodeInterface, {
    description:
      'Takes a workflow action (see `availableActions`) on any record that follows a workflow. A stale `expectedVersion` answers CONFLICT and writes nothing; a locked or final state refuses.',
  })
  transition(
    @Arg('id', () => ID, { description: 'Global id of the record.' }) id: string,
    @Arg('action', () => String, { description: 'Action name, e.g. SUBMIT, VERIFY, RETURN.' }) action: string,
    @Arg('note', () => String, { nullable: true, description: 'A note; required by some actions.' })
    note: string | null,
    @Arg('expectedVersion', () => Int, { nullable: true, description: 'The `version` you read.' })
    expectedVersion: number | null,
    @Ctx() ctx: RequestContext,
  ) {
    const { type } = fromGlobalId(id);
    const target = TARGETS[type];
    if (!target) throw badInput([{ field: 'id', rule: 'WORKFLOW_TARGET', message: `a ${type} follows no workflow` }]);
    return target(ctx, { id, action, note, expectedVersion });
  }
}
