import { Field, Float, ID, InputType, Int, ObjectType, registerEnumType, Extensions } from 'type-graphql';
import { connectionOf } from '../common/connection.js';
import { DateScalar } from '../common/scalars.js';
import { ProvenanceType } from '../common/provenance.types.js';
import { ModelKindEnum } from '../criteria/criteria.enums.js';
import type { ModelKind } from '../criteria/criteria.model.js';
import { CriterionResultType, RatingReasonType, ScoreInput } from '../criteria/criteria.types.js';
import { SubjectKind } from '../subjects/subject.enums.js';
import { WorkflowNodeInterface } from '../workflows/workflow.types.js';

@InputType({ description: 'A link to evidence kept elsewhere (minutes, photos, a signed form).' })
export class EvidenceInput {
  @Extensions({ maxLength: 200 })
  @Field(() => String, { description: 'What it is, 1–200 characters.' })
  title!: string;

  @Extensions({ maxLength: 2000 })
  @Field(() => String, { description: 'An http or https address.' })
  url!: string;
}

@ObjectType('EvidenceLink', { description: 'A link to evidence kept elsewhere.' })
export class EvidenceLinkType {
  @Field(() => String, { description: 'What it is.' })
  title!: string;

  @Field(() => String, { description: 'Where it is.' })
  url!: string;
}

@ObjectType('IndicatorScore', { description: 'One value of a score sheet.' })
export class IndicatorScoreType {
  @Field(() => String, { description: 'Indicator code.' })
  indicatorCode!: string;

  @Field(() => Float, { description: 'The value entered.' })
  value!: number;
}

@ObjectType('EvaluationResult', { description: 'The rating of the score sheet as it stands.' })
export class EvaluationResultType {
  @Field(() => Float, { description: 'Points available.' })
  maxTotal!: number;

  @Field(() => [CriterionResultType], { description: 'Subtotals per criterion; empty while incomplete.' })
  criteria!: CriterionResultType[];

  @Field(() => [RatingReasonType], { description: 'Every rule not met; empty while incomplete.' })
  details!: RatingReasonType[];

  @Field(() => [String], { description: 'Required indicators not yet scored; the sheet is rated once none remain.' })
  missingIndicators!: string[];
}

export enum AuthorityLevelEnum {
  DISTRICT = 'DISTRICT',
  PROVINCE = 'PROVINCE',
  ABOVE_SELF_ASSESSING = 'ABOVE_SELF_ASSESSING',
  NATIONAL = 'NATIONAL',
}
registerEnumType(AuthorityLevelEnum, {
  name: 'RecognisingAuthorityLevel',
  description: "Where the recognising authority sits on the evaluated subject's lineage.",
  valuesConfig: {
    DISTRICT: { description: 'The district of the lineage, and only its officers.' },
    PROVINCE: { description: 'The province of the lineage, and only its officers.' },
    ABOVE_SELF_ASSESSING: {
      description: 'Any unit above the self-assessing one: used where the sources do not name the authority.',
    },
    NATIONAL: { description: 'No unit of the lineage: a national ADMIN only.' },
  },
});

@ObjectType('RecognisingAuthority', {
  description:
    'Who recognises an evaluation (cơ quan, người có thẩm quyền công nhận), per learning model and period, with its source; `provenance.verified: false` where the sources do not say (e.g. after 1/7/2025, when districts were abolished).',
})
export class RecognisingAuthorityType {
  @Field(() => String, { description: 'Stable code of the rule, e.g. TT24-2023-UNIT-DISTRICT.' })
  code!: string;

  @Field(() => AuthorityLevelEnum, { description: 'Where the authority sits.' })
  level!: AuthorityLevelEnum;

  @Field(() => String, { description: 'Who decides, in Vietnamese, e.g. "Chủ tịch Ủy ban nhân dân cấp huyện".' })
  authority!: string;

  @Field(() => String, { description: 'Who decides, in English.' })
  authorityEn!: string;

  @Field(() => ProvenanceType, { description: 'The source of the rule, or what is unknown.' })
  provenance!: ProvenanceType;

  /** Resolved by the field resolver. */
  unitId!: string | null;
}

@ObjectType('RecognitionDecision', {
  description: 'A decision by which an authority recognises evaluations (quyết định công nhận).',
})
export class RecognitionDecisionType {
  @Field(() => ID, { description: 'Global id.' })
  id!: string;

  @Field(() => String, { description: 'Decision number, e.g. "125/QĐ-UBND".' })
  number!: string;

  @Field(() => DateScalar, { description: 'Date of the decision.' })
  decidedOn!: string;

  @Field(() => String, { description: 'Who decided, e.g. "Chủ tịch UBND xã".' })
  authority!: string;

  @Field(() => String, { nullable: true, description: 'A note.' })
  note!: string | null;
}

@ObjectType('Evaluation', {
  implements: WorkflowNodeInterface,
  description:
    'A subject rated for one learning model and year against the criteria set in force, with its workflow from self-assessment to recognition.',
})
export class EvaluationType extends WorkflowNodeInterface {
  @Field(() => ModelKindEnum, { description: 'The learning model.' })
  modelKind!: ModelKind;

  @Field(() => Int, { description: 'The year rated (data from 1 January to 31 December).' })
  year!: number;

  @Field(() => [IndicatorScoreType], { description: 'The score sheet as entered.' })
  scores!: IndicatorScoreType[];

  @Field(() => Float, { nullable: true, description: 'Total points; null while indicators are missing.' })
  total!: number | null;

  @Field(() => String, { nullable: true, description: 'The grade reached; null while incomplete or when none.' })
  rating!: string | null;

  @Field(() => Boolean, {
    nullable: true,
    description: 'Whether the sheet reaches a recognised grade; null while incomplete.',
  })
  recognised!: boolean | null;

  @Field(() => EvaluationResultType, { description: 'Subtotals, unmet rules and missing indicators.' })
  result!: EvaluationResultType;

  @Field(() => [EvidenceLinkType], { description: 'Links to evidence.' })
  evidence!: EvidenceLinkType[];

  @Field(() => Date, { description: 'When the evaluation was opened.' })
  createdAt!: Date;

  @Field(() => Date, { description: 'When it last changed.' })
  updatedAt!: Date;
}

@InputType({ description: 'Opens an evaluation of a subject for a model and year.' })
export class CreateEvaluationInput {
  @Field(() => ID, {
    description: 'Global id of a Household, Clan, Citizen or Organisation, or of an AdminUnit rated as a community.',
  })
  subjectId!: string;

  @Field(() => ModelKindEnum, { description: 'The learning model; it must fit the subject.' })
  modelKind!: ModelKind;

  @Field(() => Int, { description: 'The year rated.' })
  year!: number;

  @Field(() => String, {
    nullable: true,
    description: 'A criteria set to use instead of the one in force for the year.',
  })
  criteriaSetCode?: string;

  @Field(() => [ScoreInput], {
    nullable: true,
    description: 'Scores entered now; more may follow with `scoreEvaluation`.',
  })
  scores?: ScoreInput[];

  @Field(() => [EvidenceInput], { nullable: true, description: 'Links to evidence.' })
  evidence?: EvidenceInput[];
}

@InputType({
  description: 'Scores (and evidence) for an evaluation whose self-assessment is open (DRAFT or RETURNED).',
})
export class ScoreEvaluationInput {
  @Field(() => ID, { description: 'Global id of the evaluation.' })
  id!: string;

  @Field(() => Int, { description: 'The `version` you read; a stale one is refused with CONFLICT.' })
  expectedVersion!: number;

  @Field(() => [ScoreInput], { description: 'Values to set; other indicators keep theirs unless `replace` is true.' })
  scores!: ScoreInput[];

  @Field(() => Boolean, { nullable: true, description: 'Replace the whole score sheet instead of merging.' })
  replace?: boolean;

  @Field(() => [EvidenceInput], { nullable: true, description: 'When given, replaces the evidence links.' })
  evidence?: EvidenceInput[];
}

export enum EvaluationSortField {
  CREATED = 'CREATED',
  YEAR = 'YEAR',
  TOTAL = 'TOTAL',
  UPDATED_AT = 'UPDATED_AT',
}
registerEnumType(EvaluationSortField, {
  name: 'EvaluationSortField',
  description: 'What to sort evaluations by.',
  valuesConfig: {
    CREATED: { description: 'When the evaluation was opened or imported (the default, newest first).' },
    YEAR: { description: 'The year rated.' },
    TOTAL: { description: 'Total points; incomplete sheets last when descending.' },
    UPDATED_AT: { description: 'When it last changed.' },
  },
});

export enum SortDirection {
  ASC = 'ASC',
  DESC = 'DESC',
}
registerEnumType(SortDirection, { name: 'SortDirection', description: 'Ascending or descending.' });

@InputType({ description: 'Sort order; ties are broken by id in the same direction.' })
export class EvaluationOrderInput {
  @Field(() => EvaluationSortField, { description: 'The field.' })
  field!: EvaluationSortField;

  @Field(() => SortDirection, { defaultValue: SortDirection.DESC, description: 'The direction; default DESC.' })
  direction!: SortDirection;
}

@InputType({ description: 'Which evaluations to list. A scoped caller always sees their own subtree only.' })
export class EvaluationFilterInput {
  @Field(() => String, {
    nullable: true,
    description:
      'Only evaluations in the subtree of this unit (as the map was in their year), and of the units it succeeded (codes were reused after 1/7/2025; a predecessor shared with other successors only for callers who may read it).',
  })
  unitCode?: string;

  @Field(() => DateScalar, {
    nullable: true,
    description: 'The date `unitCode` is read at; default 31 December of `year`, or today.',
  })
  asOf?: string;

  @Field(() => Int, { nullable: true, description: 'Only this year.' })
  year?: number;

  @Field(() => Int, { nullable: true, description: 'Only from this year on.' })
  yearFrom?: number;

  @Field(() => Int, { nullable: true, description: 'Only up to this year.' })
  yearTo?: number;

  @Field(() => ModelKindEnum, { nullable: true, description: 'Only this learning model.' })
  modelKind?: ModelKind;

  @Field(() => [String], { nullable: true, description: 'Only these workflow states.' })
  states?: string[];

  @Field(() => String, { nullable: true, description: 'Only this grade, e.g. RECOGNISED or LEVEL_2.' })
  rating?: string;

  @Field(() => Boolean, {
    nullable: true,
    description: 'Only sheets that do (true) or do not (false) reach a recognised grade.',
  })
  recognised?: boolean;

  @Field(() => SubjectKind, { nullable: true, description: 'Only evaluations of this kind of subject.' })
  subjectKind?: SubjectKind;

  @Field(() => String, { nullable: true, description: 'Only evaluations against this criteria set.' })
  criteriaSetCode?: string;
}

@InputType({ description: 'One evaluation to recognise, with the version you read.' })
export class EvaluationVersionInput {
  @Field(() => ID, { description: 'Global id of the evaluation (VERIFIED).' })
  id!: string;

  @Field(() => Int, { description: 'The `version` you read.' })
  expectedVersion!: number;
}

@InputType({ description: 'A recognition decision and the verified evaluations it recognises, all or none.' })
export class RecogniseEvaluationsInput {
  @Field(() => String, { description: 'Code of the unit whose authority decides (as of `decidedOn`).' })
  authorityUnitCode!: string;

  @Extensions({ maxLength: 200 })
  @Field(() => String, { description: 'Who signs, e.g. "Chủ tịch UBND xã".' })
  authority!: string;

  @Extensions({ maxLength: 200 })
  @Field(() => String, { description: 'Decision number, e.g. "125/QĐ-UBND".' })
  number!: string;

  @Field(() => DateScalar, { description: 'Date of the decision; not in the future.' })
  decidedOn!: string;

  @Extensions({ maxLength: 2000 })
  @Field(() => String, { nullable: true, description: 'A note.' })
  note?: string;

  @Extensions({ maxItems: 5000 })
  @Field(() => [EvaluationVersionInput], { description: 'The evaluations, 1 to 5000.' })
  evaluations!: EvaluationVersionInput[];
}

export const EvaluationConnection = connectionOf(EvaluationType, 'Evaluation', 'A page of evaluations.');
