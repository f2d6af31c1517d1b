import { randomUUID } from 'node:crypto';
import { OptionalProps } from '@mikro-orm/core';
import { Entity, Index, PrimaryKey, Property, Unique } from '@mikro-orm/decorators/legacy';
import type { CriterionDefinition, GradeDefinition, ModelKind, UnitTier } from './criteria.model.js';

/**
 * A criteria set as stored: national sets are loaded as reference data, plugin sets when the
 * plugin registers them. Evaluations point at the row, so a rating can always be recomputed
 * against exactly the set it was made with, even after a new version supersedes it.
 */
@Entity({ tableName: 'criteria_set' })
@Unique({ properties: ['code'] })
@Index({ properties: ['modelKind', 'validFrom'] })
export class CriteriaSet {
  [OptionalProps]?: 'id' | 'version' | 'provinceCodes' | 'unitTier' | 'replacesNationalBasis';

  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @Property({ type: 'text' })
  code!: string;

  @Property({ type: 'text' })
  modelKind!: ModelKind;

  @Property({ type: 'text', nullable: true })
  unitTier?: UnitTier | null;

  @Property({ type: 'text' })
  name!: string;

  @Property({ type: 'text' })
  nameEn!: string;

  @Property({ type: 'text' })
  source!: string;

  /** `NATIONAL`, or `plugin:<id>` for a province plugin's set. */
  @Property({ type: 'text' })
  issuer!: string;

  /** Province codes a plugin's set applies to; null for national sets. */
  @Property({ type: 'text[]', nullable: true })
  provinceCodes?: string[] | null;

  /**
   * A province's set only: the source saying the province issued its own criteria. Only such a set
   * is chosen before the national one (set-choice.rules.ts); null otherwise.
   */
  @Property({ type: 'text', nullable: true })
  replacesNationalBasis?: string | null;

  @Property({ type: 'date' })
  validFrom!: string;

  @Property({ type: 'date', nullable: true })
  validTo?: string | null;

  @Property({ type: 'boolean' })
  sample!: boolean;

  @Property({ type: 'text' })
  description!: string;

  @Property({ type: 'jsonb' })
  criteria!: CriterionDefinition[];

  @Property({ type: 'jsonb' })
  grades!: GradeDefinition[];

  @Property({ version: true })
  version!: number;
}
