import { Arg, Ctx, FieldResolver, ID, Int, Mutation, Query, Resolver, Root } from 'type-graphql';
import type { RequestContext } from '../../common/context.js';
import { toGlobalId } from '../../common/node-id.js';
import type { AdminUnit } from '../../geography/admin-unit.entity.js';
import { geographyLoaders } from '../../geography/geography.service.js';
import { AdminUnitType } from '../../geography/geography.types.js';
import type { Commendation } from './commendation.entity.js';
import { listCommendations, recordCommendation } from './commendation.service.js';
import { CommendationType, RecordCommendationInput } from './commendation.types.js';

@Resolver(() => CommendationType)
export class CommendationResolver {
  @Query(() => [CommendationType], {
    description:
      "Commendations decided in a year in a unit's subtree. Includes the records of the units it succeeded (codes were reused after 1/7/2025); a predecessor shared with other successors only for callers who may read it.",
  })
  commendations(
    @Arg('unitCode', () => String) unitCode: string,
    @Arg('year', () => Int) year: number,
    @Ctx() ctx: RequestContext,
  ): Promise<Commendation[]> {
    return listCommendations(ctx, unitCode, year);
  }

  @Mutation(() => CommendationType, { description: 'Records a commendation.' })
  recordCommendation(
    @Arg('input', () => RecordCommendationInput) input: RecordCommendationInput,
    @Ctx() ctx: RequestContext,
  ): Promise<Commendation> {
    return recordCommendation(ctx, input);
  }

  @FieldResolver(() => ID, { description: 'Global id.' })
  id(@Root() c: Commendation): string {
    return toGlobalId('Commendation', c.id);
  }

  @FieldResolver(() => AdminUnitType, { description: "The recipient's unit." })
  unit(@Root() c: Commendation, @Ctx() ctx: RequestContext): Promise<AdminUnit | null> {
    return geographyLoaders(ctx).unit.load(c.unit.id);
  }
}
