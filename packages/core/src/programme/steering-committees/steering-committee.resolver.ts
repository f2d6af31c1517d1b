import { Arg, Ctx, FieldResolver, ID, Mutation, Query, Resolver, Root } from 'type-graphql';
import type { RequestContext } from '../../common/context.js';
import { toGlobalId } from '../../common/node-id.js';
import { DateScalar } from '../../common/scalars.js';
import type { AdminUnit } from '../../geography/admin-unit.entity.js';
import { AdminLevel } from '../../geography/geography.enums.js';
import { geographyLoaders } from '../../geography/geography.service.js';
import { AdminUnitType } from '../../geography/geography.types.js';
import type { SteeringCommittee } from './steering-committee.entity.js';
import {
  committeeCoverage,
  createSteeringCommittee,
  listSteeringCommittees,
  updateSteeringCommittee,
} from './steering-committee.service.js';
import {
  CoverageType,
  CreateSteeringCommitteeInput,
  SteeringCommitteeType,
  UpdateSteeringCommitteeInput,
} from './steering-committee.types.js';

@Resolver(() => SteeringCommitteeType)
export class SteeringCommitteeResolver {
  @Query(() => [SteeringCommitteeType], {
    description:
      "Steering committees active on a day in a unit's subtree, oldest first. Includes the records of the units it succeeded (codes were reused after 1/7/2025); a predecessor shared with other successors only for callers who may read it.",
  })
  steeringCommittees(
    @Arg('unitCode', () => String) unitCode: string,
    @Arg('asOf', () => DateScalar, { nullable: true, description: 'Default today.' }) asOf: string | null,
    @Ctx() ctx: RequestContext,
  ): Promise<SteeringCommittee[]> {
    return listSteeringCommittees(ctx, unitCode, asOf ?? ctx.today);
  }

  @Query(() => CoverageType, {
    description:
      'How many units of a level in a subtree have an active steering committee on a day, and which do not (e.g. communes of a province).',
  })
  steeringCommitteeCoverage(
    @Arg('unitCode', () => String, { description: 'The subtree, e.g. a province.' }) unitCode: string,
    @Arg('level', () => AdminLevel, { description: 'The level counted, e.g. COMMUNE.' }) level: AdminLevel,
    @Arg('asOf', () => DateScalar, { nullable: true, description: 'Default today.' }) asOf: string | null,
    @Ctx() ctx: RequestContext,
  ) {
    return committeeCoverage(ctx, unitCode, level, asOf ?? ctx.today);
  }

  @Mutation(() => SteeringCommitteeType, { description: 'Records a steering committee set up by a decision.' })
  createSteeringCommittee(
    @Arg('input', () => CreateSteeringCommitteeInput) input: CreateSteeringCommitteeInput,
    @Ctx() ctx: RequestContext,
  ): Promise<SteeringCommittee> {
    return createSteeringCommittee(ctx, input);
  }

  @Mutation(() => SteeringCommitteeType, {
    description: 'Ends a committee or changes its members; CONFLICT when `expectedVersion` is stale.',
  })
  updateSteeringCommittee(
    @Arg('input', () => UpdateSteeringCommitteeInput) input: UpdateSteeringCommitteeInput,
    @Ctx() ctx: RequestContext,
  ): Promise<SteeringCommittee> {
    return updateSteeringCommittee(ctx, input);
  }

  @FieldResolver(() => ID, { description: 'Global id.' })
  id(@Root() c: SteeringCommittee): string {
    return toGlobalId('SteeringCommittee', c.id);
  }

  @FieldResolver(() => AdminUnitType, { description: 'The unit whose committee it is.' })
  unit(@Root() c: SteeringCommittee, @Ctx() ctx: RequestContext): Promise<AdminUnit | null> {
    return geographyLoaders(ctx).unit.load(c.unit.id);
  }
}
