import { randomUUID } from 'node:crypto';
import { Entity, Enum, ManyToOne, PrimaryKey, Property, Unique } from '@mikro-orm/decorators/legacy';
import { AdminUnit } from './admin-unit.entity.js';
import { SuccessionKind } from './geography.enums.js';

/** A unit (or part of it) passing to another unit on a date, by a legal act. */
@Entity({ tableName: 'admin_unit_succession' })
@Unique({ properties: ['from', 'to', 'effectiveDate'] })
export class Succession {
  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @ManyToOne(() => AdminUnit, { deleteRule: 'cascade' })
  from!: AdminUnit;

  @ManyToOne(() => AdminUnit, { deleteRule: 'cascade', index: true })
  to!: AdminUnit;

  @Enum({ items: () => SuccessionKind, nativeEnumName: 'succession_kind' })
  kind!: SuccessionKind;

  @Property({ type: 'date' })
  effectiveDate!: string;

  @Property({ type: 'text' })
  legalBasis!: string;

  /** Share of the predecessor that went to this successor (0–1), when known. */
  @Property({ type: 'double', nullable: true })
  weight?: number | null;
}
