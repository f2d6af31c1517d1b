import { Entity, Index, ManyToOne, PrimaryKey, Property } from '@mikro-orm/decorators/legacy';
import { OptionalProps } from '@mikro-orm/core';
import { timeOrderedId } from '../../common/ids.js';
import { AdminUnit } from '../../geography/admin-unit.entity.js';
import { Subject } from '../../subjects/subject.entity.js';

/**
 * A commendation (khen thưởng) for work on the learning society: who was commended, by which
 * decision and authority, with what title (e.g. "Bằng khen của Chủ tịch UBND tỉnh").
 */
@Entity({ tableName: 'commendation' })
@Index({ properties: ['unit', 'decidedOn'] })
export class Commendation {
  [OptionalProps]?: 'id' | 'subject';

  @PrimaryKey({ type: 'uuid' })
  id: string = timeOrderedId();

  /** The unit the recipient belongs to (or the unit commended). */
  @ManyToOne(() => AdminUnit)
  unit!: AdminUnit;

  /** When the recipient is a household, clan, citizen or organisation on record. */
  @ManyToOne(() => Subject, { nullable: true })
  subject?: Subject | null;

  @Property({ type: 'text' })
  recipient!: string;

  @Property({ type: 'text' })
  title!: string;

  @Property({ type: 'text' })
  authority!: string;

  @Property({ type: 'text' })
  decisionNumber!: string;

  @Property({ type: 'date' })
  decidedOn!: string;
}
