import { Entity, Index, ManyToOne, PrimaryKey, Property } from '@mikro-orm/decorators/legacy';
import { randomUUID } from 'node:crypto';
import { AdminUnit } from './admin-unit.entity.js';

/**
 * A unit's parent over a period. Parents change without the unit changing (a commune moved to
 * another district), so the tree is a set of dated links, not a column on the unit.
 */
@Entity({ tableName: 'admin_unit_parent' })
@Index({ properties: ['parent', 'validFrom'] })
@Index({ properties: ['unit', 'validFrom'] })
export class AdminUnitParent {
  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @ManyToOne(() => AdminUnit, { deleteRule: 'cascade' })
  unit!: AdminUnit;

  @ManyToOne(() => AdminUnit, { deleteRule: 'cascade' })
  parent!: AdminUnit;

  @Property({ type: 'date', nullable: true })
  validFrom?: string | null;

  @Property({ type: 'date', nullable: true })
  validTo?: string | null;
}
