import { OptionalProps } from '@mikro-orm/core';
import { Entity, Index, PrimaryKey, Property } from '@mikro-orm/decorators/legacy';

/**
 * One step of any workflow (evaluations, GNLC applications, task reports): who moved which record
 * from which state to which, when, and why. Written in the transaction that changes the state.
 */
@Entity({ tableName: 'workflow_transition' })
@Index({ properties: ['targetId', 'at'] })
export class WorkflowTransition {
  [OptionalProps]?: 'id' | 'at' | 'note' | 'fromState' | 'actorRole';

  @PrimaryKey({ type: 'bigint', autoincrement: true })
  id!: string;

  /** The workflow definition's id, e.g. `evaluation`. */
  @Property({ type: 'text' })
  workflow!: string;

  /** The record's id (its table follows from the workflow). */
  @Property({ type: 'uuid' })
  targetId!: string;

  /** The action taken, or IMPORT / CREATE for a record's first state. */
  @Property({ type: 'text' })
  action!: string;

  @Property({ type: 'text', nullable: true })
  fromState?: string | null;

  @Property({ type: 'text' })
  toState!: string;

  @Property({ type: 'text' })
  actor!: string;

  @Property({ type: 'text', nullable: true })
  actorRole?: string | null;

  @Property({ type: 'text', nullable: true })
  note?: string | null;

  @Property({ type: 'timestamptz', defaultRaw: 'now()' })
  at: Date = new Date();
}
