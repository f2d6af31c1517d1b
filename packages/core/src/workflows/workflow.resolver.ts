import { Arg, Ctx, Extensions, ID, Int, Mutation, Resolver } from 'type-graphql';
import type { RequestContext } from '../common/context.js';
import { applyTransition } from './workflow-kernel.js';
import { WorkflowNodeInterface } from './workflow.types.js';

@Resolver()
export class WorkflowResolver {
  @Extensions({ argBounds: { note: { maxLength: 2000 } } })
  @Mutation(() => WorkflowNodeInterface, {
    description:
      'Takes a workflow action (see `availableActions`) on any record that follows a workflow: the core’s and a plugin’s own. A stale `expectedVersion` answers CONFLICT and writes nothing; a locked or final state refuses.',
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
    return applyTransition(ctx, { id, action, note, expectedVersion });
  }
}
