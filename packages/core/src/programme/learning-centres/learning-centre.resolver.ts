import { Arg, Ctx, FieldResolver, ID, Mutation, Query, Resolver, Root } from 'type-graphql';
import type { RequestContext } from '../../common/context.js';
import { toGlobalId } from '../../common/node-id.js';
import { DateScalar } from '../../common/scalars.js';
import type { AdminUnit } from '../../geography/admin-unit.entity.js';
import { geographyLoaders } from '../../geography/geography.service.js';
import { AdminUnitType } from '../../geography/geography.types.js';
import type { LearningCentre } from './learning-centre.entity.js';
import {
  createLearningCentre,
  learningCentreCoverage,
  listLearningCentres,
  reportLearningCentreYear,
} from './learning-centre.service.js';
import {
  CreateLearningCentreInput,
  LearningCentreType,
  ReportLearningCentreYearInput,
} from './learning-centre.types.js';
import { CoverageType } from '../steering-committees/steering-committee.types.js';

@Resolver(() => LearningCentreType)
export class LearningCentreResolver {
  @Query(() => [LearningCentreType], {
    description:
      "Community learning centres open on a day in a unit's subtree. Includes the records of the units it succeeded (codes were reused after 1/7/2025); a predecessor shared with other successors only for callers who may read it.",
  })
  learningCentres(
    @Arg('unitCode', () => String) unitCode: string,
    @Arg('asOf', () => DateScalar, { nullable: true, description: 'Default today.' }) asOf: string | null,
    @Ctx() ctx: RequestContext,
  ): Promise<LearningCentre[]> {
    return listLearningCentres(ctx, unitCode, asOf ?? ctx.today);
  }

  @Query(() => CoverageType, {
    description: 'How many communes of a subtree have an open community learning centre on a day, and which do not.',
  })
  learningCentreCoverage(
    @Arg('unitCode', () => String) unitCode: string,
    @Arg('asOf', () => DateScalar, { nullable: true, description: 'Default today.' }) asOf: string | null,
    @Ctx() ctx: RequestContext,
  ) {
    return learningCentreCoverage(ctx, unitCode, asOf ?? ctx.today);
  }

  @Mutation(() => LearningCentreType, { description: 'Records a community learning centre of a commune.' })
  createLearningCentre(
    @Arg('input', () => CreateLearningCentreInput) input: CreateLearningCentreInput,
    @Ctx() ctx: RequestContext,
  ): Promise<LearningCentre> {
    return createLearningCentre(ctx, input);
  }

  @Mutation(() => LearningCentreType, {
    description: "Records a year's activities and participants; CONFLICT when `expectedVersion` is stale.",
  })
  reportLearningCentreYear(
    @Arg('input', () => ReportLearningCentreYearInput) input: ReportLearningCentreYearInput,
    @Ctx() ctx: RequestContext,
  ): Promise<LearningCentre> {
    return reportLearningCentreYear(ctx, input);
  }

  @FieldResolver(() => ID, { description: 'Global id.' })
  id(@Root() c: LearningCentre): string {
    return toGlobalId('LearningCentre', c.id);
  }

  @FieldResolver(() => AdminUnitType, { description: 'Its commune.' })
  commune(@Root() c: LearningCentre, @Ctx() ctx: RequestContext): Promise<AdminUnit | null> {
    return geographyLoaders(ctx).unit.load(c.unit.id);
  }
}
