import { Arg, Ctx, Int, Mutation, Query, Resolver } from 'type-graphql';
import type { RequestContext } from '../../common/context.js';
import { setUnitTarget, targetsProgress, type TargetView } from './targets.service.js';
import { SetUnitTargetInput, TargetProgressType } from './targets.types.js';

@Resolver()
export class TargetsResolver {
  @Query(() => [TargetProgressType], {
    description:
      'Progress of a unit towards the national targets (Quyết định 281, 1373, 387, 677) with one year of data; targets whose data the platform does not collect yet say so in `note`, and `caveats` say what a value does not mean (e.g. a denominator counted as on record today).',
  })
  targets(
    @Arg('unitCode', () => String, { description: 'The unit, as its code stood that year.' }) unitCode: string,
    @Arg('year', () => Int, { description: 'The year of data.' }) year: number,
    @Arg('targetYear', () => Int, { nullable: true, description: 'Only targets for this year (2025 or 2030).' })
    targetYear: number | null,
    @Ctx() ctx: RequestContext,
  ): Promise<TargetView[]> {
    return targetsProgress(ctx, unitCode, year, targetYear ?? null);
  }

  @Mutation(() => [TargetProgressType], {
    description: "Sets a unit's own target for an indicator and year (e.g. a province's plan), answering its progress.",
  })
  setUnitTarget(
    @Arg('input', () => SetUnitTargetInput) input: SetUnitTargetInput,
    @Ctx() ctx: RequestContext,
  ): Promise<TargetView[]> {
    return setUnitTarget(ctx, input);
  }
}
