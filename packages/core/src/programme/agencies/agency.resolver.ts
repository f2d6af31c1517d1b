import { Arg, Ctx, FieldResolver, Int, Query, Resolver, Root } from 'type-graphql';
import { pageWindow } from '../../common/connection.js';
import type { RequestContext } from '../../common/context.js';
import type { AdminUnit } from '../../geography/admin-unit.entity.js';
import { geographyLoaders } from '../../geography/geography.service.js';
import { AdminUnitType } from '../../geography/geography.types.js';
import type { Agency } from './agency.entity.js';
import { findAgency, listAgencies } from './agency.service.js';
import { AgencyConnection, AgencyFilterInput, AgencyType } from './agency.types.js';

/** Agencies are published reference data: anyone may list them. */
@Resolver(() => AgencyType)
export class AgencyResolver {
  @Query(() => AgencyConnection, { description: 'Agencies (cơ quan), national and of the provinces, by code.' })
  agencies(
    @Arg('filter', () => AgencyFilterInput, { nullable: true }) filter: AgencyFilterInput | null,
    @Arg('first', () => Int, { nullable: true, description: 'Page size, 0–100; default 20.' }) first: number | null,
    @Arg('after', () => String, { nullable: true, description: 'Cursor of the item to continue after.' })
    after: string | null,
    @Ctx() ctx: RequestContext,
  ) {
    return listAgencies(ctx, filter ?? {}, pageWindow({ first, after }));
  }

  @Query(() => AgencyType, { nullable: true, description: 'One agency by its code; null when none has it.' })
  agency(@Arg('code', () => String) code: string, @Ctx() ctx: RequestContext): Promise<Agency | null> {
    return findAgency(ctx, code);
  }

  @FieldResolver(() => AdminUnitType, {
    nullable: true,
    description: 'The administrative unit it belongs to; null for a national agency.',
  })
  unit(@Root() agency: Agency, @Ctx() ctx: RequestContext): Promise<AdminUnit | null> | null {
    return agency.unit ? geographyLoaders(ctx).unit.load(agency.unit.id) : null;
  }
}
