import { Arg, Ctx, FieldResolver, Float, ID, Int, Query, Resolver, Root } from 'type-graphql';
import type { RequestContext } from '../common/context.js';
import { badInput } from '../common/errors.js';
import { toGlobalId } from '../common/node-id.js';
import { DateScalar } from '../common/scalars.js';
import { CriteriaSet } from './criteria-set.entity.js';
import { ModelKindEnum } from './criteria.enums.js';
import type { ModelKind } from './criteria.model.js';
import { definitionOf, findSetByCode, listCriteriaSets, ratingDay } from './criteria.service.js';
import { CriteriaSetType, CriterionType, GradeType, Language, RatingResultType, ScoreInput } from './criteria.types.js';
import { criterionView, gradeView, ratingView, setMaxTotal } from './criteria.views.js';
import { rate, validateScoreSheet } from './rating.rules.js';

/** Criteria sets are published: every caller may read them and preview a rating. */
@Resolver(() => CriteriaSetType)
export class CriteriaResolver {
  @Query(() => [CriteriaSetType], {
    description: 'Criteria sets, national and from province plugins, newest first within each model.',
  })
  criteriaSets(
    @Arg('modelKind', () => ModelKindEnum, { nullable: true, description: 'Only sets for this model.' })
    modelKind: ModelKind | null,
    @Arg('asOf', () => DateScalar, { nullable: true, description: 'Only sets in force on this day.' })
    asOf: string | null,
    @Arg('plugin', () => String, { nullable: true, description: '`NATIONAL`, or a plugin id: only sets it issued.' })
    plugin: string | null,
    @Ctx() ctx: RequestContext,
  ): Promise<CriteriaSet[]> {
    return listCriteriaSets(ctx.em, { modelKind, asOf, plugin });
  }

  @Query(() => CriteriaSetType, { nullable: true, description: 'One criteria set by its code.' })
  async criteriaSet(@Arg('code', () => String) code: string, @Ctx() ctx: RequestContext): Promise<CriteriaSet | null> {
    return ctx.em.findOne(CriteriaSet, { code });
  }

  @Query(() => RatingResultType, {
    description:
      'Rates a score sheet against a criteria set without saving anything. Refused with BAD_USER_INPUT naming each unknown, out-of-range or missing indicator.',
  })
  async previewRating(
    @Arg('criteriaSetCode', () => String) criteriaSetCode: string,
    @Arg('year', () => Int, {
      nullable: true,
      description: 'The year rated; when given, the set must be in force on 31 December of that year.',
    })
    year: number | null,
    @Arg('scores', () => [ScoreInput]) scores: ScoreInput[],
    @Ctx() ctx: RequestContext,
  ): Promise<RatingResultType> {
    const set = await findSetByCode(ctx.em, criteriaSetCode);
    // TypeGraphQL passes undefined, not null, for an argument left out.
    if (year !== null && year !== undefined) {
      const day = ratingDay(year);
      if (set.validFrom > day || (set.validTo && set.validTo < day)) {
        throw badInput([
          {
            field: 'year',
            rule: 'SET_IN_FORCE',
            message: `criteria set ${set.code} is in force from ${set.validFrom}${set.validTo ? ` to ${set.validTo}` : ''}, not in ${year}`,
          },
        ]);
      }
    }
    const definition = definitionOf(set);
    const problems = validateScoreSheet(definition, scores);
    if (problems.length > 0) throw badInput(problems);
    return ratingView(set, rate(definition, scores));
  }

  @FieldResolver(() => ID)
  id(@Root() set: CriteriaSet): string {
    return toGlobalId('CriteriaSet', set.id);
  }

  @FieldResolver(() => [CriterionType])
  criteria(@Root() set: CriteriaSet): CriterionType[] {
    return set.criteria.map(criterionView);
  }

  @FieldResolver(() => [GradeType])
  grades(@Root() set: CriteriaSet): GradeType[] {
    return set.grades.map(gradeView);
  }

  @FieldResolver(() => Float)
  maxTotal(@Root() set: CriteriaSet): number {
    return setMaxTotal(set);
  }
}

@Resolver(() => RatingResultType)
export class RatingResultResolver {
  @FieldResolver(() => [String], { description: 'Every rule not met, as sentences in the language asked for.' })
  reasons(
    @Root() result: RatingResultType,
    @Arg('language', () => Language, { defaultValue: Language.EN }) language: Language,
  ): string[] {
    return result.details.map((d) => (language === Language.VI ? d.vi : d.en));
  }
}
