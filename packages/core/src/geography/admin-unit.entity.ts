import { randomUUID } from 'node:crypto';
import { OptionalProps } from '@mikro-orm/core';
import { Entity, Enum, Index, PrimaryKey, Property, Unique } from '@mikro-orm/decorators/legacy';
import { AdminLevel, AdminUnitKindEnum } from './geography.enums.js';

/**
 * An administrative unit for the period it existed. Codes are not identities: the same code names
 * different units at different dates (GSO reused codes on 1/7/2025), so rows are keyed by id and a
 * code is always looked up as of a date.
 */
@Entity({ tableName: 'admin_unit' })
@Unique({ properties: ['code', 'level', 'validFrom'] })
@Index({ properties: ['code', 'validFrom', 'validTo'] })
// Diacritic- and case-blind name search through a trigram index (the function is created by the first migration).
@Index({
  name: 'admin_unit_name_search_idx',
  expression:
    'create index "admin_unit_name_search_idx" on "admin_unit" using gin (hoctap_unaccent(lower("name")) gin_trgm_ops)',
})
export class AdminUnit {
  [OptionalProps]?: 'id' | 'source' | 'version';

  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @Property({ type: 'text' })
  code!: string;

  @Property({ type: 'text' })
  name!: string;

  @Enum({ items: () => AdminUnitKindEnum, nativeEnumName: 'admin_unit_kind' })
  kind!: AdminUnitKindEnum;

  @Enum({ items: () => AdminLevel, nativeEnumName: 'admin_level' })
  level!: AdminLevel;

  /** First day the unit existed; null when it predates the records. */
  @Property({ type: 'date', nullable: true })
  validFrom?: string | null;

  /** Last day the unit existed; null while it exists. */
  @Property({ type: 'date', nullable: true })
  validTo?: string | null;

  /** Where the row came from: `reference`, `import`, `user` or `plugin:<id>`. */
  @Property({ type: 'text', default: 'reference' })
  source: string = 'reference';

  @Property({ version: true })
  version!: number;
}
