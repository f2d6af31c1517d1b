import { randomUUID } from 'node:crypto';
import { OptionalProps } from '@mikro-orm/core';
import { Entity, Index, ManyToOne, PrimaryKey, Property, Unique } from '@mikro-orm/decorators/legacy';
import { AdminUnit } from '../geography/admin-unit.entity.js';

/**
 * A decision (quyết định công nhận) by which an authority recognises evaluations, usually many at
 * once: the chair of a district People's Committee recognising its district's learning units for a
 * year (Thông tư 24/2023/TT-BGDĐT). Every evaluation of one decision falls under one authority rule.
 */
@Entity({ tableName: 'recognition_decision' })
@Unique({ properties: ['authorityUnit', 'number', 'decidedOn'] })
@Index({ properties: ['decidedOn'] })
export class RecognitionDecision {
  [OptionalProps]?: 'id' | 'createdAt' | 'note' | 'authorityRule';

  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  /** The unit whose authority decides. */
  @ManyToOne(() => AdminUnit)
  authorityUnit!: AdminUnit;

  /**
   * The rule naming the recognising authority the decision was made under
   * (recognition-authority.data.ts); null for decisions recorded before rules were data.
   */
  @Property({ type: 'text', nullable: true })
  authorityRule?: string | null;

  /** Who signs, e.g. "Chủ tịch UBND xã". */
  @Property({ type: 'text' })
  authority!: string;

  /** Decision number, e.g. "125/QĐ-UBND". */
  @Property({ type: 'text' })
  number!: string;

  @Property({ type: 'date' })
  decidedOn!: string;

  @Property({ type: 'text', nullable: true })
  note?: string | null;

  /** The token subject who recorded it. */
  @Property({ type: 'text' })
  recordedBy!: string;

  @Property({ type: 'timestamptz', defaultRaw: 'now()' })
  createdAt: Date = new Date();
}
