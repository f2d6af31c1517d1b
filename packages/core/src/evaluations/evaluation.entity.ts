import { OptionalProps } from '@mikro-orm/core';
import { timeOrderedId } from '../common/ids.js';
import { Entity, Index, ManyToOne, PrimaryKey, Property, Unique } from '@mikro-orm/decorators/legacy';
import { CriteriaSet } from '../criteria/criteria-set.entity.js';
import type { ModelKind } from '../criteria/criteria.model.js';
import { AdminUnit } from '../geography/admin-unit.entity.js';
import { Subject } from '../subjects/subject.entity.js';
import { RecognitionDecision } from './recognition-decision.entity.js';

/** A link to evidence kept elsewhere (minutes, photos, a signed form). */
export interface EvidenceLink {
  title: string;
  url: string;
}

/**
 * One subject rated for one learning model and year. The subject is a household, clan, citizen or
 * organisation (`subject`), or an administrative unit rated as a community (`subject` null, the
 * unit is `unit`). `lineage` freezes the unit's ancestry at the evaluation's year so that filters
 * by subtree and scope checks are one indexed predicate, and stay right after the map changes.
 */
@Entity({ tableName: 'evaluation' })
@Unique({ properties: ['subjectKey', 'modelKind', 'year'] })
@Index({ name: 'evaluation_lineage_idx', properties: ['lineage'], type: 'gin' })
export class Evaluation {
  [OptionalProps]?:
    | 'id'
    | 'version'
    | 'source'
    | 'createdAt'
    | 'updatedAt'
    | 'subject'
    | 'total'
    | 'rating'
    | 'recognised'
    | 'evidence'
    | 'recognitionDecision';

  /** Time-ordered (UUIDv7): bulk imports append to the indexes, and id order is creation order. */
  @PrimaryKey({ type: 'uuid' })
  id: string = timeOrderedId();

  @ManyToOne(() => Subject, { nullable: true })
  subject?: Subject | null;

  /** The subject's id, or the unit's when a unit is the subject: one evaluation per subject, model and year. */
  @Property({ type: 'uuid' })
  subjectKey!: string;

  /** The unit the subject belongs to (or the unit rated). */
  @ManyToOne(() => AdminUnit)
  unit!: AdminUnit;

  /** `unit` then its ancestors up to the province, as of the evaluation's year. */
  @Property({ type: 'string[]', columnType: 'uuid[]' })
  lineage!: string[];

  /** The unit that self-assesses (a commune for households); the level above it verifies. */
  @Property({ type: 'uuid' })
  evaluatingUnitId!: string;

  @Property({ type: 'text' })
  modelKind!: ModelKind;

  @Property({ type: 'smallint' })
  year!: number;

  @ManyToOne(() => CriteriaSet)
  criteriaSet!: CriteriaSet;

  /** Indicator code → value, as entered. */
  @Property({ type: 'jsonb' })
  scores!: Record<string, number>;

  @Property({ type: 'numeric', precision: 8, scale: 2, nullable: true, runtimeType: 'number' })
  total?: number | null;

  /** The grade reached (e.g. RECOGNISED, LEVEL_1); null while incomplete or when none is reached. */
  @Property({ type: 'text', nullable: true })
  rating?: string | null;

  /**
   * Whether the score sheet reaches a recognised grade; null while incomplete. Total, rating and
   * this are kept for filters and sorting; the details (subtotals, reasons) are recomputed from the
   * scores and the set on read, since the rating is a pure function of the two.
   */
  @Property({ type: 'boolean', nullable: true })
  recognised?: boolean | null;

  @Property({ type: 'jsonb' })
  evidence: EvidenceLink[] = [];

  /** Workflow state; text because plugins add states. */
  @Property({ type: 'text' })
  state!: string;

  @ManyToOne(() => RecognitionDecision, { nullable: true })
  recognitionDecision?: RecognitionDecision | null;

  /** `user` or `import`. */
  @Property({ type: 'text' })
  source: string = 'user';

  @Property({ type: 'timestamptz', defaultRaw: 'now()' })
  createdAt: Date = new Date();

  @Property({ type: 'timestamptz', defaultRaw: 'now()', onUpdate: () => new Date() })
  updatedAt: Date = new Date();

  @Property({ version: true })
  version!: number;
}
