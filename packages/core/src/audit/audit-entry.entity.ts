import { OptionalProps } from '@mikro-orm/core';
import { Entity, Index, PrimaryKey, Property } from '@mikro-orm/decorators/legacy';

/**
 * One change made through the platform: who, when, what. Written in the same transaction as the
 * change itself, so a change without its audit record cannot exist.
 */
@Entity({ tableName: 'audit_entry' })
@Index({ properties: ['entityType', 'entityId'] })
export class AuditEntry {
  [OptionalProps]?: 'id' | 'at';

  @PrimaryKey({ type: 'bigint', autoincrement: true })
  id!: string;

  @Property({ type: 'timestamptz', defaultRaw: 'now()' })
  at: Date = new Date();

  /** The token subject, or 'system' for start-up jobs and imports run from the command line. */
  @Property({ type: 'text' })
  actor!: string;

  @Property({ type: 'text', nullable: true })
  actorRole?: string | null;

  @Property({ type: 'uuid', nullable: true })
  actorUnitId?: string | null;

  /** What was done, as `<module>.<verb>`, e.g. `geography.import` or `evaluation.transition`. */
  @Property({ type: 'text' })
  action!: string;

  @Property({ type: 'text' })
  entityType!: string;

  @Property({ type: 'text', nullable: true })
  entityId?: string | null;

  /** The fields that changed, `{ field: [before, after] }`, or a summary for bulk operations. */
  @Property({ type: 'jsonb', nullable: true })
  changes?: Record<string, unknown> | null;

  @Property({ type: 'text', nullable: true })
  requestId?: string | null;
}
