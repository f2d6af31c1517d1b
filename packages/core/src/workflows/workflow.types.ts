import { Field, ID, Int, InterfaceType, ObjectType } from 'type-graphql';
import { ProvenanceType } from '../common/provenance.types.js';

@ObjectType('WorkflowAction', { description: 'An action the caller may take on a record now.' })
export class WorkflowActionType {
  @Field(() => String, { description: 'Pass it as `action` to `transition`, e.g. SUBMIT.' })
  name!: string;

  @Field(() => String, { description: 'Label in Vietnamese.' })
  label!: string;

  @Field(() => String, { description: 'Label in English.' })
  labelEn!: string;

  @Field(() => String, { description: 'The state the record moves to.' })
  to!: string;

  @Field(() => Boolean, { description: 'The action needs a `note` (a reason), e.g. when returning or revoking.' })
  noteRequired!: boolean;

  @Field(() => ProvenanceType, {
    nullable: true,
    description:
      "Whether a source states this step, its label and who takes it. `verified: false` marks a step the platform assumes (e.g. a province's endorsement no plan describes); null for a step of the platform's own design that states no legal fact.",
  })
  provenance?: ProvenanceType | null;
}

@ObjectType('WorkflowStep', { description: 'One step in the history of a record that follows a workflow.' })
export class WorkflowStepType {
  @Field(() => String, { description: 'The action taken, or CREATE / IMPORT for the first state.' })
  action!: string;

  @Field(() => String, { nullable: true, description: 'State before; null for the first step.' })
  fromState!: string | null;

  @Field(() => String, { description: 'State after.' })
  toState!: string;

  @Field(() => String, { description: 'Who acted (token subject, or `system`).' })
  actor!: string;

  @Field(() => String, { nullable: true, description: "The actor's role at the time." })
  actorRole!: string | null;

  @Field(() => String, { nullable: true, description: 'The note given with the action.' })
  note!: string | null;

  @Field(() => Date, { description: 'When.' })
  at!: Date;
}

@InterfaceType('WorkflowNode', {
  description: 'A record that follows a workflow (an evaluation, a GNLC application, a task report).',
  // Entities are class instances: the class names the GraphQL type (Evaluation, TaskReport).
  resolveType: (value: object) => value.constructor.name,
})
export abstract class WorkflowNodeInterface {
  @Field(() => ID, { description: 'Global id; pass it to `transition`.' })
  id!: string;

  @Field(() => String, { description: 'Current workflow state.' })
  state!: string;

  @Field(() => Int, { description: 'Pass it as `expectedVersion`; a stale one is refused with CONFLICT.' })
  version!: number;

  @Field(() => [WorkflowActionType], { description: 'What the caller may do now.' })
  availableActions!: WorkflowActionType[];

  @Field(() => [WorkflowStepType], { description: 'Every step so far, oldest first.' })
  history!: WorkflowStepType[];
}
