import { Arg, Ctx, Mutation, Resolver } from 'type-graphql';
import type { RequestContext } from '../common/context.js';
import type { AdminUnit } from './admin-unit.entity.js';
import { AdminUnitType } from './geography.types.js';
import { CreateVillageInput, UpdateVillageInput } from './village.types.js';
import { createVillage, updateVillage } from './village.service.js';

@Resolver()
export class VillageResolver {
  @Mutation(() => AdminUnitType, {
    description:
      'Creates a village under a commune. OFFICER and ASSOCIATION callers may do so within their subtree; ADMIN anywhere.',
  })
  createVillage(
    @Arg('input', () => CreateVillageInput) input: CreateVillageInput,
    @Ctx() ctx: RequestContext,
  ): Promise<AdminUnit> {
    return createVillage(ctx, input);
  }

  @Mutation(() => AdminUnitType, {
    description: 'Renames or closes a village; refused with CONFLICT when `expectedVersion` is stale.',
  })
  updateVillage(
    @Arg('input', () => UpdateVillageInput) input: UpdateVillageInput,
    @Ctx() ctx: RequestContext,
  ): Promise<AdminUnit> {
    return updateVillage(ctx, input);
  }
}
