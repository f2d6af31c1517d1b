import { OptionalProps } from '@mikro-orm/core';
import { Entity, PrimaryKey, Property } from '@mikro-orm/decorators/legacy';

/**
 * Which version of each reference data set is in the database. Start-up compares checksums and
 * loads a set only when it is new or changed, so a second start adds nothing.
 */
@Entity({ tableName: 'reference_data_load' })
export class ReferenceDataLoad {
  [OptionalProps]?: 'loadedAt';

  @PrimaryKey({ type: 'text' })
  name!: string;

  @Property({ type: 'text' })
  checksum!: string;

  @Property({ type: 'integer' })
  rows!: number;

  @Property({ type: 'timestamptz' })
  loadedAt: Date = new Date();
}
