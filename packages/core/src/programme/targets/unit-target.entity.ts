import { OptionalProps } from '@mikro-orm/core';
import { Entity, ManyToOne, PrimaryKey, Property, Unique } from '@mikro-orm/decorators/legacy';
import { timeOrderedId } from '../../common/ids.js';
import { AdminUnit } from '../../geography/admin-unit.entity.js';

/**
 * A unit's own target for an indicator and year (a province's plan may aim higher than the
 * nation): the indicator is that of a national target, named by its code.
 */
@Entity({ tableName: 'unit_target' })
@Unique({ properties: ['unit', 'indicator', 'year'] })
export class UnitTarget {
  [OptionalProps]?: 'id' | 'version';

  @PrimaryKey({ type: 'uuid' })
  id: string = timeOrderedId();

  @ManyToOne(() => AdminUnit)
  unit!: AdminUnit;

  /** The code of the national target whose indicator this measures, e.g. 387-2025-FAMILIES. */
  @Property({ type: 'text' })
  indicator!: string;

  @Property({ type: 'smallint' })
  year!: number;

  /** Percent, 0–100. */
  @Property({ type: 'numeric', precision: 5, scale: 2, runtimeType: 'number' })
  percent!: number;

  /** The document that set it, e.g. "Kế hoạch 481/KH-UBND". */
  @Property({ type: 'text' })
  source!: string;

  @Property({ version: true })
  version!: number;
}
