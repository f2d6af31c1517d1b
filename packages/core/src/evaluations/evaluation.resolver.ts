import { Arg, Ctx, FieldResolver, ID, Int, Mutation, Query, Resolver, Root } from 'type-graphql';
import type { RequestContext } from '../common/context.js';
import { pageWindow } from '../common/connection.js';
import { toGlobalId } from '../common/node-id.js';
import type { CriteriaSet } from '../criteria/criteria-set.entity.js';
import { CriteriaSetType } from '../criteria/criteria.types.js';
import type { AdminUnit } from '../geography/admin-unit.entity.js';
import { geographyLoaders } from '../geography/geography.service.js';
import { AdminUnitType } from '../geography/geography.types.js';
import type { Subject } from '../subjects/subject.entity.js';
import { subjectLoader } from '../subjects/subject.service.js';
import { SubjectInterface } from '../subjects/subject.types.js';
import { WorkflowActionType, WorkflowStepType } from '../workflows/workflow.types.js';
import { evaluationLoaders, listEvaluations } from './evaluation-query.service.js';
import { actionsFor, recogniseEvaluations } from './evaluation-workflow.service.js';
import { evaluationAuthority } from './evaluation-authority.js';
import type { RecognitionAuthorityRule } from './recognition-authority.data.js';
import { authorityRuleByCode, authorityUnitId } from './recognition-authority.rules.js';
import type { Evaluation } from './evaluation.entity.js';
import { sheetResult } from './evaluation.rules.js';
import { definitionOf } from '../criteria/criteria.service.js';
import { createEvaluation, readableEvaluation, scoreEvaluation } from './evaluation.service.js';
import {
  CreateEvaluationInput,
  EvaluationConnection,
  EvaluationFilterInput,
  EvaluationOrderInput,
  EvaluationResultType,
  EvaluationType,
  IndicatorScoreType,
  RecogniseEvaluationsInput,
  RecognisingAuthorityType,
  RecognitionDecisionType,
  type AuthorityLevelEnum,
  ScoreEvaluationInput,
} from './evaluation.types.js';
import type { RecognitionDecision } from './recognition-decision.entity.js';

/** Evaluations are rows about people and organisations: reading needs READ_ROWS in their subtree. */
@Resolver(() => EvaluationType)
export class EvaluationResolver {
  @Query(() => EvaluationType, { description: 'One evaluation by its global id.' })
  evaluation(@Arg('id', () => ID) id: string, @Ctx() ctx: RequestContext): Promise<Evaluation> {
    return readableEvaluation(ctx, id);
  }

  @Query(() => EvaluationConnection, {
    description: "Evaluations in the caller's subtree, filtered and sorted (default: most recently opened first).",
    complexity: ({ args, childComplexity }) => 1 + childComplexity * Math.min(Number(args.first ?? 20), 100),
  })
  async evaluations(
    @Arg('filter', () => EvaluationFilterInput, { nullable: true }) filter: EvaluationFilterInput | null,
    @Arg('orderBy', () => EvaluationOrderInput, { nullable: true }) orderBy: EvaluationOrderInput | null,
    @Arg('first', () => Int, { nullable: true, description: 'Page size, 0–100; default 20.' }) first: number | null,
    @Arg('after', () => String, { nullable: true, description: 'Cursor of the item to continue after.' })
    after: string | null,
    @Ctx() ctx: RequestContext,
  ) {
    return listEvaluations(ctx, filter ?? {}, { order: orderBy, ...pageWindow({ first, after }) });
  }

  @Mutation(() => EvaluationType, {
    description: 'Opens an evaluation (DRAFT) for a subject, model and year; one per subject, model and year.',
  })
  createEvaluation(
    @Arg('input', () => CreateEvaluationInput) input: CreateEvaluationInput,
    @Ctx() ctx: RequestContext,
  ): Promise<Evaluation> {
    return createEvaluation(ctx, input);
  }

  @Mutation(() => EvaluationType, {
    description: 'Enters or corrects scores while the self-assessment is open (DRAFT or RETURNED).',
  })
  scoreEvaluation(
    @Arg('input', () => ScoreEvaluationInput) input: ScoreEvaluationInput,
    @Ctx() ctx: RequestContext,
  ): Promise<Evaluation> {
    return scoreEvaluation(ctx, input);
  }

  @Mutation(() => RecognitionDecisionType, {
    description: 'Records a recognition decision and recognises the verified evaluations it lists, all or none.',
  })
  recogniseEvaluations(
    @Arg('input', () => RecogniseEvaluationsInput) input: RecogniseEvaluationsInput,
    @Ctx() ctx: RequestContext,
  ): Promise<RecognitionDecision> {
    return recogniseEvaluations(ctx, input);
  }

  @FieldResolver(() => ID, { description: 'Global id; pass it to `transition`.' })
  id(@Root() e: Evaluation): string {
    return toGlobalId('Evaluation', e.id);
  }

  @FieldResolver(() => SubjectInterface, {
    nullable: true,
    description: 'The household, clan, citizen or organisation rated; null when a unit is rated (see `unit`).',
  })
  subject(@Root() e: Evaluation, @Ctx() ctx: RequestContext): Promise<Subject | null> | null {
    return e.subject ? subjectLoader(ctx).load(e.subject.id) : null;
  }

  @FieldResolver(() => AdminUnitType, { description: "The subject's unit, or the unit rated as a community." })
  unit(@Root() e: Evaluation, @Ctx() ctx: RequestContext): Promise<AdminUnit | null> {
    return geographyLoaders(ctx).unit.load(e.unit.id);
  }

  @FieldResolver(() => CriteriaSetType, { description: 'The criteria set the evaluation is rated against.' })
  criteriaSet(@Root() e: Evaluation, @Ctx() ctx: RequestContext): Promise<CriteriaSet | null> {
    return evaluationLoaders(ctx).criteriaSet.load(e.criteriaSet.id);
  }

  @FieldResolver(() => RecognitionDecisionType, { nullable: true, description: 'The decision that recognised it.' })
  recognitionDecision(@Root() e: Evaluation, @Ctx() ctx: RequestContext): Promise<RecognitionDecision | null> | null {
    return e.recognitionDecision ? evaluationLoaders(ctx).decision.load(e.recognitionDecision.id) : null;
  }

  @FieldResolver(() => RecognisingAuthorityType, {
    description:
      'Who recognises this evaluation under the rules for its model and year, and the unit of that authority on its lineage (null where the rule names no single unit).',
  })
  async recognisingAuthority(@Root() e: Evaluation, @Ctx() ctx: RequestContext): Promise<RecognisingAuthorityType> {
    const { rule, lineage } = await evaluationAuthority(ctx, e);
    return authorityView(rule, authorityUnitId(rule, lineage));
  }

  @FieldResolver(() => [IndicatorScoreType])
  scores(@Root() e: Evaluation): IndicatorScoreType[] {
    return Object.entries(e.scores).map(([indicatorCode, value]) => ({ indicatorCode, value }));
  }

  @FieldResolver(() => EvaluationResultType)
  async result(@Root() e: Evaluation, @Ctx() ctx: RequestContext): Promise<EvaluationResultType> {
    const set = await evaluationLoaders(ctx).criteriaSet.load(e.criteriaSet.id);
    if (!set) throw new Error(`Evaluation ${e.id} names a missing criteria set.`);
    const r = sheetResult(definitionOf(set), e.scores).detail;
    return {
      maxTotal: r.maxTotal,
      criteria: r.criteria,
      details: r.reasons.map((x) => ({ ...x, criterion: x.criterion ?? null, indicator: x.indicator ?? null })),
      missingIndicators: r.missingIndicators,
    };
  }

  @FieldResolver(() => [WorkflowActionType], { description: 'What the caller may do now.' })
  async availableActions(@Root() e: Evaluation, @Ctx() ctx: RequestContext): Promise<WorkflowActionType[]> {
    return (await actionsFor(ctx, e)).map((a) => ({ ...a, noteRequired: a.noteRequired ?? false }));
  }

  @FieldResolver(() => [WorkflowStepType], { description: 'Every step so far, oldest first.' })
  history(@Root() e: Evaluation, @Ctx() ctx: RequestContext) {
    return evaluationLoaders(ctx).history.load(e.id);
  }
}

@Resolver(() => RecognitionDecisionType)
export class RecognitionDecisionResolver {
  @FieldResolver(() => ID)
  id(@Root() d: RecognitionDecision): string {
    return toGlobalId('RecognitionDecision', d.id);
  }

  @FieldResolver(() => AdminUnitType, { description: 'The unit whose authority decided.' })
  authorityUnit(@Root() d: RecognitionDecision, @Ctx() ctx: RequestContext): Promise<AdminUnit | null> {
    return geographyLoaders(ctx).unit.load(d.authorityUnit.id);
  }

  @FieldResolver(() => RecognisingAuthorityType, {
    nullable: true,
    description:
      'The recognising authority the decision was made as, by the rule for its evaluations’ model and period, with its source; null for decisions recorded before these rules.',
  })
  recognisingAuthority(@Root() d: RecognitionDecision): RecognisingAuthorityType | null {
    const rule = d.authorityRule ? authorityRuleByCode(d.authorityRule) : undefined;
    return rule ? authorityView(rule, d.authorityUnit.id) : null;
  }
}

@Resolver(() => RecognisingAuthorityType)
export class RecognisingAuthorityResolver {
  @FieldResolver(() => AdminUnitType, { nullable: true, description: 'The unit whose authority recognises.' })
  unit(@Root() a: RecognisingAuthorityType, @Ctx() ctx: RequestContext): Promise<AdminUnit | null> | null {
    return a.unitId ? geographyLoaders(ctx).unit.load(a.unitId) : null;
  }
}

function authorityView(rule: RecognitionAuthorityRule, unitId: string | null): RecognisingAuthorityType {
  return {
    code: rule.code,
    level: rule.level as AuthorityLevelEnum,
    authority: rule.authority,
    authorityEn: rule.authorityEn,
    provenance: rule.provenance,
    unitId,
  };
}
