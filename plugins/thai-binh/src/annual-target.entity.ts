import { Entity, OptionalProps, PrimaryKey, Property, Unique, timeOrderedId } from '@hoctap/plugin-sdk';

/**
 * A learning-society target Thái Bình adopted in a year's socio-economic plan (as the provincial
 * Party committee's Công văn implementing Kết luận 49-KL/TW asks), with the resolution or decision
 * that adopted it. One row per year and indicator; changed only with the version read.
 */
@Entity({ schema: 'plugin_thai_binh', tableName: 'annual_target' })
@Unique({ properties: ['year', 'indicator'] })
export class ThaiBinhAnnualTarget {
  [OptionalProps]?: 'id' | 'version';

  @PrimaryKey({ type: 'uuid' })
  id: string = timeOrderedId();

  @Property({ type: 'smallint' })
  year!: number;

  /** A national target's code (e.g. 387-2025-FAMILIES) or a code of the province's own. */
  @Property({ type: 'text' })
  indicator!: string;

  /** Percent, 0–100, at most two decimals. */
  @Property({ type: 'numeric', precision: 5, scale: 2, runtimeType: 'number' })
  percent!: number;

  /** The resolution or decision that adopted it, e.g. "Nghị quyết …/NQ-HĐND". */
  @Property({ type: 'text' })
  resolution!: string;

  @Property({ type: 'date' })
  adoptedOn!: string;

  /** Who recorded the current value (the caller's subject). */
  @Property({ type: 'text' })
  recordedBy!: string;

  @Property({ version: true })
  version!: number;
}
