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
@Index({ properties: ['level', 'code'] })
// Word search that ignores case and diacritics: a full-text vector of the unaccented name with a
// GIN index (hoctap_unaccent is created by the first migration).
@Index({ name: 'admin_unit_search_idx', properties: ['searchVector'], type: 'gin' })
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

  /**
   * When `validFrom` is null: the first day the unit is known to have existed, the date of the list
   * it comes from (2025-03-01 for the GSO list). Before it, the map is that list's, not a record.
   */
  @Property({ type: 'date', nullable: true })
  knownFrom?: string | null;

  /** Last day the unit existed; null while it exists. */
  @Property({ type: 'date', nullable: true })
  validTo?: string | null;

  /** Words of the name without case or diacritics, for search; maintained by PostgreSQL. */
  @Property({
    type: 'unknown',
    columnType: 'tsvector',
    generated: `(to_tsvector('simple'::regconfig, hoctap_unaccent(lower(name)))) stored`,
    lazy: true,
    hidden: true,
    nullable: true,
  })
  searchVector?: unknown;

  /** Where the row came from: `reference`, `import`, `user` or `plugin:<id>`. */
  @Property({ type: 'text', default: 'reference' })
  source: string = 'reference';

  @Property({ version: true })
  version!: number;
}
