import { Arg, Ctx, FieldResolver, Int, Query, Resolver, Root } from 'type-graphql';
import type { RequestContext } from '../common/context.js';
import { pageWindow, toConnection } from '../common/connection.js';
import { notFound } from '../common/errors.js';
import { toGlobalId } from '../common/node-id.js';
import { DateScalar } from '../common/scalars.js';
import { AdminUnit } from './admin-unit.entity.js';
import type { Succession } from './succession.entity.js';
import { findUnitByCode, geographyLoaders, listUnits } from './geography.service.js';
import { childrenMultiplier, UNKNOWN_MAP_BOUNDS } from './children-cost.rules.js';
import type { ChildrenCostContext } from './map-bounds.js';
import { mapNote } from './map-note.rules.js';
import { mapDateOf, reachedOn } from './reached-on.js';
import { AdminUnitConnection, AdminUnitFilterInput, AdminUnitType, SuccessionType } from './geography.types.js';

/** A succession as seen from one end: `unit` is the unit on the other side. */
function successionView(s: Succession, unit: AdminUnit) {
  return { kind: s.kind, effectiveDate: s.effectiveDate, legalBasis: s.legalBasis, weight: s.weight ?? null, unit };
}

/** The map is published data: every caller, signed in or not, may read it. */
@Resolver(() => AdminUnitType)
export class GeographyResolver {
  @Query(() => AdminUnitType, {
    nullable: true,
    description: 'The unit that has this code on the given date (default today).',
  })
  async adminUnit(
    @Arg('code', () => String, { description: 'GSO code, e.g. "87" or "29845".' }) code: string,
    @Arg('asOf', () => DateScalar, { nullable: true, description: 'Date to read the code at; default today.' })
    asOf: string | null,
    @Ctx() ctx: RequestContext,
  ): Promise<AdminUnit | null> {
    const unit = await findUnitByCode(ctx.em, code, asOf ?? ctx.today);
    return unit && asOf ? reachedOn(unit, asOf) : unit;
  }

  @Query(() => AdminUnitConnection, {
    description: 'Administrative units, filtered and paginated, ordered by code (or by relevance when searching).',
  })
  async adminUnits(
    @Arg('filter', () => AdminUnitFilterInput, { nullable: true }) filter: AdminUnitFilterInput | null,
    @Arg('first', () => Int, { nullable: true, description: 'Page size, 0–100; default 20.' }) first: number | null,
    @Arg('after', () => String, { nullable: true, description: 'Cursor of the item to continue after.' })
    after: string | null,
    @Ctx() ctx: RequestContext,
  ) {
    const asOf = filter?.asOf ?? ctx.today;
    const { limit, offset } = pageWindow({ first, after });
    let parentId: string | undefined;
    if (filter?.parentCode) {
      const parent = await findUnitByCode(ctx.em, filter.parentCode, asOf);
      if (!parent) throw notFound(`No administrative unit has code ${filter.parentCode} on ${asOf}.`);
      parentId = parent.id;
    }
    const page = await listUnits(
      ctx.em,
      { level: filter?.level, parentId, search: filter?.search, asOf },
      limit,
      offset,
    );
    return toConnection(filter?.asOf ? { ...page, items: page.items.map((u) => reachedOn(u, asOf)) } : page);
  }

  @FieldResolver(() => String)
  id(@Root() unit: AdminUnit): string {
    return toGlobalId('AdminUnit', unit.id);
  }

  @FieldResolver(() => DateScalar, { nullable: true })
  knownFrom(@Root() unit: AdminUnit): string | null {
    return unit.knownFrom ?? null;
  }

  @FieldResolver(() => String, {
    nullable: true,
    description:
      'Where the answer for `asOf` comes from when it is not a record (Vietnamese, then English): for a date before the list a unit is known from, the unit and its place are as that list has them. Null when the map is recorded for that date. `asOf` defaults to the date the unit was reached on (see `children`).',
  })
  asOfNote(
    @Root() unit: AdminUnit,
    @Arg('asOf', () => DateScalar, {
      nullable: true,
      description: 'The date asked about; default the date the unit was reached on, else today.',
    })
    asOf: string | null,
    @Ctx() ctx: RequestContext,
  ): string | null {
    return mapNote(unit, mapDateOf(unit, asOf, ctx.today));
  }

  @FieldResolver(() => AdminUnitType, {
    nullable: true,
    description:
      'The parent unit as of `asOf` (default: the date this unit was reached on, else today, or the last day this unit existed).',
  })
  async parent(
    @Root() unit: AdminUnit,
    @Arg('asOf', () => DateScalar, { nullable: true }) asOf: string | null,
    @Ctx() ctx: RequestContext,
  ): Promise<AdminUnit | null> {
    const loaders = geographyLoaders(ctx);
    const date = mapDateOf(unit, asOf, ctx.today);
    const lineage = await loaders.lineage(date).load(unit.id);
    const parent = lineage[1] ? await loaders.unit.load(lineage[1]) : null;
    return parent ? reachedOn(parent, date) : null;
  }

  @FieldResolver(() => [AdminUnitType], {
    description:
      'Ancestors from the parent up to the province, as of `asOf` (default: the date this unit was reached on, else today, or the last day this unit existed).',
  })
  async ancestors(
    @Root() unit: AdminUnit,
    @Arg('asOf', () => DateScalar, { nullable: true }) asOf: string | null,
    @Ctx() ctx: RequestContext,
  ): Promise<AdminUnit[]> {
    const loaders = geographyLoaders(ctx);
    const date = mapDateOf(unit, asOf, ctx.today);
    const lineage = await loaders.lineage(date).load(unit.id);
    const units = await loaders.unit.loadMany(lineage.slice(1));
    return units.filter((u): u is AdminUnit => u instanceof AdminUnit).map((u) => reachedOn(u, date));
  }

  @FieldResolver(() => [AdminUnitType], {
    description:
      'Direct children that exist on `asOf`, ordered by code. Default: the date this unit was reached on (the `asOf` of `adminUnit`, `adminUnits` or of the `children`/`parent` that led here), else today.',
    // What a list can really hold at its depth, from the map's bounds (children-cost.rules.ts).
    complexity: ({ childComplexity, node, context }) => {
      const cost = context as Partial<ChildrenCostContext> | undefined;
      return (
        1 + childComplexity * childrenMultiplier(cost?.mapBounds ?? UNKNOWN_MAP_BOUNDS, cost?.childrenDepths?.get(node))
      );
    },
  })
  async children(
    @Root() unit: AdminUnit,
    @Arg('asOf', () => DateScalar, { nullable: true }) asOf: string | null,
    @Ctx() ctx: RequestContext,
  ): Promise<AdminUnit[]> {
    const date = mapDateOf(unit, asOf, ctx.today);
    const children = await geographyLoaders(ctx).children(date).load(unit.id);
    return children.map((u) => reachedOn(u, date));
  }

  @FieldResolver(() => [SuccessionType], {
    description: 'Units this unit (or part of it) became, with kind, date and legal basis.',
  })
  async successors(@Root() unit: AdminUnit, @Ctx() ctx: RequestContext) {
    const rows = await geographyLoaders(ctx).successionsFrom.load(unit.id);
    return rows.map((s) => successionView(s, s.to));
  }

  @FieldResolver(() => [SuccessionType], {
    description: 'Units that became this unit (wholly or partly), with kind, date and legal basis.',
  })
  async predecessors(@Root() unit: AdminUnit, @Ctx() ctx: RequestContext) {
    const rows = await geographyLoaders(ctx).successionsTo.load(unit.id);
    return rows.map((s) => successionView(s, s.from));
  }

  @FieldResolver(() => [AdminUnitType], {
    description:
      "Today's units that cover this unit, following successions transitively; the unit itself while it exists.",
  })
  async current(@Root() unit: AdminUnit, @Ctx() ctx: RequestContext): Promise<AdminUnit[]> {
    const loaders = geographyLoaders(ctx);
    const ids = await loaders.current.load(unit.id);
    const units = await loaders.unit.loadMany(ids);
    return units.filter((u): u is AdminUnit => u instanceof AdminUnit).sort((a, b) => a.code.localeCompare(b.code));
  }
}
