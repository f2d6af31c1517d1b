import type { EntityManager } from '@mikro-orm/postgresql';
import { accessibleUnit } from '../auth/access.js';
import { isScoped } from '../auth/principal.js';
import { Role } from '../auth/roles.js';
import type { RequestContext } from '../common/context.js';
import { badInput, forbidden, notFound } from '../common/errors.js';
import { AdminUnit } from '../geography/admin-unit.entity.js';
import { AdminLevel } from '../geography/geography.enums.js';
import { findUnitByCode, lineages } from '../geography/geography.service.js';
import { GeographyCache } from '../geography/geography-cache.js';
import { rollUp, type SuccessionGraph } from '../geography/rollup.rules.js';
import { claimInForce } from '../plugins/claims.rules.js';
import { allDataSets, COMBOS, elementsOf } from '../reporting/reporting.catalogue.js';
import { planAnalytics, type AnalyticsPlan, type Fetch, type ReportingCatalogue } from './analytics-query.rules.js';
import { fetchStatement, type Scope } from './analytics-sql.js';
import { buildTable, type FetchedRow } from './analytics-table.rules.js';
import type { AnalyticsQuery, AnalyticsTable, PluginDimensionDefinition, UnitLevel } from './analytics.model.js';
import { ANALYTICS_DIMENSIONS } from './analytics.extension.js';
import { READ } from '../common/read-your-writes.js';

const LEVEL_OF: Partial<Record<AdminLevel, UnitLevel>> = {
  [AdminLevel.PROVINCE]: 'PROVINCE',
  [AdminLevel.DISTRICT]: 'DISTRICT',
  [AdminLevel.COMMUNE]: 'COMMUNE',
};

interface Caller {
  /** May see individual rows of everything asked for: no small-cell suppression. */
  rowsVisible: boolean;
  root: AdminUnit | null;
}

/**
 * Runs an analytics query for the caller: officers within their subtree (their unit when none is
 * named), analysts and anonymous callers on aggregates only with cells of 1–4 people blanked,
 * anonymous callers on published measures only.
 */
export async function runAnalytics(ctx: RequestContext, query: AnalyticsQuery): Promise<AnalyticsTable> {
  const pluginDimensions = ctx.plugins?.index(ANALYTICS_DIMENSIONS) ?? new Map<string, PluginDimensionDefinition>();
  const { problems, plan } = planAnalytics(
    query,
    Number(ctx.today.slice(0, 4)),
    pluginDimensions,
    reportingCatalogue(ctx),
  );
  if (!plan) throw badInput(problems);
  const caller = await callerOf(ctx, query, plan);
  const unitDim = plan.dimensions.find((d) => d.dimension === 'UNIT');
  const current = unitDim?.map === 'CURRENT';
  const scope = await scopeOf(ctx.em, caller.root, plan, { current, today: ctx.today });
  // Fetches are independent: each runs on its own pooled connection, at once.
  // Settled, not raced: a failing fetch must not leave its siblings running after the request ends.
  // The map's revision is read alongside, so names and successions cost no round trip of their own.
  const geography = ctx.geography ?? new GeographyCache();
  const settled = await Promise.allSettled([
    GeographyCache.revision(ctx.em),
    ...plan.fetches.map((fetch) => runFetch(ctx.em, fetch, scope)),
  ]);
  const failed = settled.find((r) => r.status === 'rejected');
  if (failed) throw failed.reason;
  const [revision, ...fetched] = settled.map((r) => (r as PromiseFulfilledResult<unknown>).value) as [
    bigint,
    ...FetchedRow[][],
  ];
  let data = new Map(plan.fetches.map((fetch, i) => [fetch.key, fetched[i]!]));
  const pluginDim = plan.dimensions.find((d) => d.dimension === 'PLUGIN');
  const classification = pluginDim ? pluginDimensions.get(pluginDim.pluginDimension!) : undefined;
  await classify(ctx.em, data, classification);
  const notes: string[] = [];
  const map = await geography.snapshot(ctx.em, revision, unitIdsOf(data));
  if (current) {
    data = rollOntoToday(data, map.successions, ctx.today);
    if (caller.root) await keepWithin(ctx.em, data, caller.root.id, ctx.today);
    if ([...data.values()].some((rows) => rows.some((r) => r.approximate)))
      notes.push(
        'Some units were split over several successors without weights: their share went to one successor (APPROXIMATE).',
      );
  }
  if (plan.fetches.some((f) => f.source === 'SUBJECT') && plan.dimensions.some((d) => d.dimension === 'YEAR'))
    notes.push('Subjects are counted as on record today, for every year.');
  if (query.measures.includes('LEARNING_CITIZEN_SHARE'))
    notes.push(
      'LEARNING_CITIZEN_SHARE divides by the citizens on record, not by the population: a proxy until the reporting cycle’s data sets give population figures.',
    );
  const units = map.units;
  const table = buildTable(plan, data, {
    suppress: !caller.rowsVisible,
    units,
    ...(classification ? { dimensionLabels: new Map([[classification.code, classification.label]]) } : {}),
    ...(query.sort ? { sort: query.sort } : {}),
    ...(query.limit !== undefined ? { limit: query.limit } : {}),
    totals: query.totals ?? false,
    subtotals: query.subtotals ?? false,
  });
  if (table.roundedTo !== null)
    notes.push(
      `Counts of people are rounded to the nearest ${table.roundedTo}, and shares computed from the rounded counts: you may not see individual records.`,
    );
  const small = table.suppressedCells - table.complementaryCells;
  if (small > 0)
    notes.push(`${small} cell(s) counting fewer than 5 people are blank: you may not see individual records.`);
  if (table.complementaryCells > 0)
    notes.push(
      `${table.complementaryCells} more cell(s) are blank so that those cannot be worked out from the totals.`,
    );
  return { ...table, notes };
}

/** The data sets and elements the request sees (the loaded plugins' included). */
function reportingCatalogue(ctx: RequestContext): ReportingCatalogue {
  return {
    sets: allDataSets(ctx).map(({ set, plugin }) => ({
      ...set,
      ...(plugin
        ? { servedOn: (day: string) => plugin.provinces.filter((p) => claimInForce(p, day)).map((p) => p.unitId) }
        : {}),
    })),
    elements: elementsOf(ctx),
    categories: [...COMBOS.values()].flatMap((c) => c.options.map((o) => o.code)),
    today: ctx.today,
  };
}

async function callerOf(ctx: RequestContext, query: AnalyticsQuery, plan: AnalyticsPlan): Promise<Caller> {
  const p = ctx.principal;
  const filters = query.filters ?? {};
  const asOf = filters.unitAsOf ?? ctx.today;
  if (p.kind === 'anonymous' && !plan.published)
    throw forbidden('Anonymous callers see published aggregates only; sign in for fund figures.');
  if (isScoped(p)) {
    // Officers see their subtree: their own unit when they name none.
    const root = filters.unitCode
      ? await accessibleUnit(ctx, 'READ_AGGREGATE', filters.unitCode, asOf)
      : await ctx.em.findOneOrFail(AdminUnit, p.unitId);
    return { rowsVisible: true, root: atLevel(root) };
  }
  const root = filters.unitCode ? await findUnitByCode(ctx.em, filters.unitCode, asOf) : null;
  if (filters.unitCode && !root) throw notFound(`No administrative unit has code ${filters.unitCode} on ${asOf}.`);
  return { rowsVisible: p.kind === 'user' && p.role === Role.ADMIN, root: root ? atLevel(root) : null };
}

function atLevel(unit: AdminUnit): AdminUnit {
  if (!LEVEL_OF[unit.level])
    throw badInput([
      {
        field: 'filters.unitCode',
        rule: 'LEVEL',
        message: `analytics reach provinces, districts and communes, not a ${unit.level.toLowerCase()}`,
      },
    ]);
  return unit;
}

/**
 * The units whose data counts. On the historical map, the root itself. On today's map, the root
 * and every unit it succeeded (their data rolls onto it); without a unit dimension, the units it
 * wholly took over.
 */
async function scopeOf(
  em: EntityManager,
  root: AdminUnit | null,
  plan: AnalyticsPlan,
  on: { current: boolean; today: string },
): Promise<Scope> {
  const { current, today } = on;
  if (!root) return { roots: [], years: plan.years };
  const self = { id: root.id, level: LEVEL_OF[root.level]! };
  const hasUnitDim = plan.dimensions.some((d) => d.dimension === 'UNIT');
  if (hasUnitDim && !current) return { roots: [self], years: plan.years };
  const rows = await em.execute<{ id: string; level: AdminLevel }[]>(
    `with recursive back(id, depth) as (
       select ?::uuid, 0
       union
       select s.from_id, b.depth + 1 from back b join admin_unit_succession s on s.to_id = b.id
         and s.effective_date <= ?::date ${current ? '' : "and s.kind = 'FULL'"}
       where b.depth < 20
     )
     select u.id, u.level from back b join admin_unit u on u.id = b.id where b.depth > 0`,
    [root.id, today],
    READ,
  );
  const predecessors = rows.flatMap((r) => (LEVEL_OF[r.level] ? [{ id: r.id, level: LEVEL_OF[r.level]! }] : []));
  return { roots: [self, ...predecessors], years: plan.years };
}

async function runFetch(em: EntityManager, fetch: Fetch, scope: Scope): Promise<FetchedRow[]> {
  const statement = fetchStatement(fetch, scope);
  const rows = await em.execute<Record<string, unknown>[]>(statement.sql, statement.params, READ);
  const names = fetch.dimensions.map((d) => d.dimension);
  return rows.map((r) => {
    const keys: Record<string, string | number> = {};
    for (const name of names) keys[name] = r[name] as string | number;
    return { keys, value: Number(r.value), support: Number(r.support) };
  });
}

/**
 * Replaces each row's unit at a plugin dimension's level by the plugin's category for it (null
 * for units it does not classify): the unit codes are read on the day the plugin gives.
 */
async function classify(
  em: EntityManager,
  data: Map<string, FetchedRow[]>,
  dimension: PluginDimensionDefinition | undefined,
): Promise<void> {
  if (!dimension) return;
  const rows = await em.execute<{ id: string; code: string }[]>(
    `select id, code from admin_unit where code = any(?::text[]) and level = ?::admin_level
       and (valid_from is null or valid_from <= ?::date) and (valid_to is null or valid_to >= ?::date)`,
    [`{${Object.keys(dimension.values).join(',')}}`, dimension.level, dimension.asOf, dimension.asOf],
    READ,
  );
  const category = new Map(rows.map((r) => [r.id, dimension.values[r.code] ?? null]));
  for (const [key, list] of data)
    data.set(
      key,
      list.map((row) =>
        row.keys.PLUGIN === undefined
          ? row
          : { ...row, keys: { ...row.keys, PLUGIN: category.get(String(row.keys.PLUGIN)) ?? (null as never) } },
      ),
    );
}

function unitIdsOf(data: ReadonlyMap<string, readonly FetchedRow[]>): string[] {
  const ids = new Set<string>();
  for (const rows of data.values()) for (const r of rows) if (typeof r.keys.UNIT === 'string') ids.add(r.keys.UNIT);
  return [...ids];
}

/** Every fetch's rows moved from the units of their year onto today's units (see rollUp). */
function rollOntoToday(
  data: ReadonlyMap<string, FetchedRow[]>,
  graph: SuccessionGraph,
  today: string,
): Map<string, FetchedRow[]> {
  const out = new Map<string, FetchedRow[]>();
  for (const [key, rows] of data) {
    out.set(
      key,
      rows.flatMap((row) => {
        const unit = row.keys.UNIT;
        if (typeof unit !== 'string') return [row];
        return rollUp(unit, 1, graph, today).map((share) => ({
          keys: { ...row.keys, UNIT: share.unitId },
          value: row.value * share.value,
          support: row.support * share.value,
          approximate: (row.approximate ?? false) || share.approximate,
        }));
      }),
    );
  }
  return out;
}

/** Keeps the rolled rows whose unit lies, today, in the root's subtree. */
async function keepWithin(em: EntityManager, data: Map<string, FetchedRow[]>, rootId: string, today: string) {
  const lineage = await lineages(em, unitIdsOf(data), today);
  for (const [key, rows] of data)
    data.set(
      key,
      rows.filter((r) => typeof r.keys.UNIT !== 'string' || (lineage.get(r.keys.UNIT) ?? []).includes(rootId)),
    );
}
