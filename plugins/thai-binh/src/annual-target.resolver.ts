import { Arg, Ctx, Int, Mutation, Query, Resolver, type RequestContext } from '@hoctap/plugin-sdk';
import { listAnnualTargets, setAnnualTarget } from './annual-target.service.js';
import { ThaiBinhAnnualTargetInput, ThaiBinhAnnualTargetType } from './annual-target.types.js';

@Resolver(() => ThaiBinhAnnualTargetType)
export class ThaiBinhAnnualTargetResolver {
  @Query(() => [ThaiBinhAnnualTargetType], {
    description:
      "Learning-society targets of Thái Bình's socio-economic plan for a year, by indicator. Aggregate data of province 34 (READ_AGGREGATE); years after 2025 are outside the plugin's provinces.",
  })
  thaiBinhAnnualTargets(
    @Arg('year', () => Int, { description: 'The plan year; 2025 at the latest.' }) year: number,
    @Ctx() ctx: RequestContext,
  ): Promise<ThaiBinhAnnualTargetType[]> {
    return listAnnualTargets(ctx, year);
  }

  @Mutation(() => ThaiBinhAnnualTargetType, {
    description:
      "Records a target of Thái Bình's socio-economic plan, or changes it (one per year and indicator). A province officer or an admin with WRITE on province 34 as of `adoptedOn`; CONFLICT when the target exists and `expectedVersion` is missing or stale.",
  })
  thaiBinhSetAnnualTarget(
    @Arg('input', () => ThaiBinhAnnualTargetInput) input: ThaiBinhAnnualTargetInput,
    @Arg('expectedVersion', () => Int, {
      nullable: true,
      description: 'The version read; required when the target for the year and indicator exists.',
    })
    expectedVersion: number | null,
    @Ctx() ctx: RequestContext,
  ): Promise<ThaiBinhAnnualTargetType> {
    return setAnnualTarget(ctx, input, expectedVersion ?? null);
  }
}
