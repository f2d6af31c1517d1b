import { GraphQLSafeInt } from 'graphql-scalars';
import { Arg, Ctx, FieldResolver, ID, Int, Mutation, Query, Resolver, Root } from 'type-graphql';
import type { RequestContext } from '../../common/context.js';
import { toGlobalId } from '../../common/node-id.js';
import { DateScalar } from '../../common/scalars.js';
import type { AdminUnit } from '../../geography/admin-unit.entity.js';
import { geographyLoaders } from '../../geography/geography.service.js';
import { AdminUnitType } from '../../geography/geography.types.js';
import { FundEntry, StudyPromotionFund, type StudyPromotionAssociation } from './association.entity.js';
import { balanceOf } from './association.rules.js';
import {
  createAssociation,
  createFund,
  listAssociations,
  recordFundEntry,
  reportMembers,
} from './association.service.js';
import {
  CreateAssociationInput,
  CreateFundInput,
  FundEntryInput,
  FundEntryType,
  ReportMembersInput,
  StudyPromotionAssociationType,
  StudyPromotionFundType,
} from './association.types.js';

@Resolver(() => StudyPromotionAssociationType)
export class AssociationResolver {
  @Query(() => [StudyPromotionAssociationType], {
    description:
      "Study Promotion Associations founded by a day in a unit's subtree, by name. Includes the records of the units it succeeded (codes were reused after 1/7/2025); a predecessor shared with other successors only for callers who may read it.",
  })
  studyPromotionAssociations(
    @Arg('unitCode', () => String) unitCode: string,
    @Arg('asOf', () => DateScalar, { nullable: true, description: 'Default today.' }) asOf: string | null,
    @Ctx() ctx: RequestContext,
  ): Promise<StudyPromotionAssociation[]> {
    return listAssociations(ctx, unitCode, asOf ?? ctx.today);
  }

  @Mutation(() => StudyPromotionAssociationType, {
    description: 'Records an association, or a branch inside an organisation.',
  })
  createStudyPromotionAssociation(
    @Arg('input', () => CreateAssociationInput) input: CreateAssociationInput,
    @Ctx() ctx: RequestContext,
  ) {
    return createAssociation(ctx, input);
  }

  @Mutation(() => StudyPromotionAssociationType, {
    description: "Records a year's membership; CONFLICT when `expectedVersion` is stale.",
  })
  reportAssociationMembers(
    @Arg('input', () => ReportMembersInput) input: ReportMembersInput,
    @Ctx() ctx: RequestContext,
  ) {
    return reportMembers(ctx, input);
  }

  @Mutation(() => StudyPromotionFundType, { description: 'Opens a study-promotion fund of an association.' })
  createStudyPromotionFund(@Arg('input', () => CreateFundInput) input: CreateFundInput, @Ctx() ctx: RequestContext) {
    return createFund(ctx, input);
  }

  @Mutation(() => StudyPromotionFundType, {
    description: 'Records a donation or a scholarship in whole đồng; a scholarship may not exceed what the fund holds.',
  })
  recordFundEntry(@Arg('input', () => FundEntryInput) input: FundEntryInput, @Ctx() ctx: RequestContext) {
    return recordFundEntry(ctx, input);
  }

  @FieldResolver(() => ID, { description: 'Global id.' })
  id(@Root() a: StudyPromotionAssociation): string {
    return toGlobalId('StudyPromotionAssociation', a.id);
  }

  @FieldResolver(() => AdminUnitType, { description: 'Its unit.' })
  unit(@Root() a: StudyPromotionAssociation, @Ctx() ctx: RequestContext): Promise<AdminUnit | null> {
    return geographyLoaders(ctx).unit.load(a.unit.id);
  }

  @FieldResolver(() => [StudyPromotionFundType], { description: 'Its funds.' })
  funds(@Root() a: StudyPromotionAssociation, @Ctx() ctx: RequestContext): Promise<StudyPromotionFund[]> {
    return ctx.em.find(StudyPromotionFund, { association: a.id }, { orderBy: { name: 'asc' } });
  }
}

@Resolver(() => StudyPromotionFundType)
export class FundResolver {
  @FieldResolver(() => ID, { description: 'Global id.' })
  id(@Root() f: StudyPromotionFund): string {
    return toGlobalId('StudyPromotionFund', f.id);
  }

  @FieldResolver(() => GraphQLSafeInt, { description: 'Donations in, less scholarships out, in đồng.' })
  async balanceVnd(@Root() f: StudyPromotionFund, @Ctx() ctx: RequestContext): Promise<number> {
    return balanceOf(await ctx.em.find(FundEntry, { fund: f.id }));
  }

  @FieldResolver(() => [FundEntryType], { description: 'Entries, oldest first; only those of `year` when given.' })
  entries(
    @Root() f: StudyPromotionFund,
    @Arg('year', () => Int, { nullable: true }) year: number | null,
    @Ctx() ctx: RequestContext,
  ): Promise<FundEntry[]> {
    const when = year ? { date: { $gte: `${year}-01-01`, $lte: `${year}-12-31` } } : {};
    return ctx.em.find(FundEntry, { fund: f.id, ...when }, { orderBy: { date: 'asc', id: 'asc' } });
  }
}
