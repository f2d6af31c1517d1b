/**
 * Which units' records a listing for one unit includes. Codes are reused after the 2025 reform
 * (DOMAIN.md): a record dated before 1/7/2025 that names code 00004 belongs to old Phường Trúc
 * Bạch, not to today's Phường Ba Đình, so a listing that walked only today's subtree would lose
 * every record of the units today's unit succeeded. As analytics does on today's map, a listing
 * for a unit includes its predecessors' records (issue 16).
 *
 * The units covered: the unit's subtree on the day asked and, transitively, every unit that it or a
 * unit of that subtree succeeded, with that predecessor's subtree on its last day (the day before
 * the succession). A predecessor reached through a PARTIAL succession is included only when the
 * caller may read it: its other successors' share is not the caller's (as `assertAccess` decides).
 */
import { isScoped } from '../auth/principal.js';
import type { RequestContext } from '../common/context.js';
import { notFound } from '../common/errors.js';
import { findUnitByCode, uuidArray } from '../geography/geography.service.js';
import { assertAccess, mayAccess } from './access.js';
import type { Access } from './scope.rules.js';
import { READ } from '../common/read-your-writes.js';

const validOn = (t: string) =>
  `(${t}.valid_from is null or ${t}.valid_from <= c.day) and (${t}.valid_to is null or ${t}.valid_to >= c.day)`;

/**
 * The closure as a recursive CTE `covered(id, day, gates)`: `gates` are the PARTIAL predecessors
 * on the way to a unit. Without `subtree`, only the unit and its predecessors (for records that
 * name their issuer, such as plans, or carry a lineage, such as evaluations).
 */
function closureSql(subtree: boolean): string {
  const children = subtree
    ? `select l.unit_id as id, c.day as day, c.gates as gates from admin_unit_parent l where l.parent_id = c.id and ${validOn('l')}
       union all `
    : '';
  return `with recursive covered(id, day, gates) as (
      select ?::uuid, ?::date, '{}'::uuid[]
      union
      select x.id, x.day, x.gates from covered c cross join lateral (
        ${children}select s.from_id as id, s.effective_date - 1 as day,
          case when s.kind = 'PARTIAL' then c.gates || s.from_id else c.gates end as gates
        from admin_unit_succession s where s.to_id = c.id and s.effective_date <= c.day
      ) x
    )`;
}

export interface CoveredUnits {
  /** A `with recursive …` prefix defining `sub(id)`: the ids of the units covered. */
  readonly sql: string;
  readonly params: readonly unknown[];
}

/**
 * The units covered by `rootId` on `asOf` for the caller (see above), as a SQL prefix defining
 * `sub(id)` like `SUBTREE_SQL`. The caller must already be allowed `access` to the root.
 */
export async function coveredUnits(
  ctx: RequestContext,
  root: { access: Access; unitId: string; asOf: string; subtree?: boolean },
): Promise<CoveredUnits> {
  const { access, unitId: rootId, asOf } = root;
  const closure = closureSql(root.subtree ?? true);
  const params = [rootId, asOf];
  // A caller who is not scoped reads what their role allows anywhere: every predecessor counts.
  if (!isScoped(ctx.principal)) return { sql: `${closure}, sub(id) as (select distinct id from covered)`, params };
  const gates = await ctx.em.execute<{ id: string; day: string }[]>(
    `${closure} select distinct id, to_char(day, 'YYYY-MM-DD') as day from covered
     where cardinality(gates) > 0 and gates[cardinality(gates)] = id`,
    params,
    READ,
  );
  // At once: the lineage loader batches the gates' lineages into one query per day.
  const decisions = await Promise.all(gates.map((gate) => mayAccess(ctx, access, gate.id, gate.day)));
  const allowed = gates.filter((_, i) => decisions[i]).map((gate) => gate.id);
  return {
    sql: `${closure}, sub(id) as (select distinct id from covered where gates <@ ?::uuid[])`,
    params: [...params, uuidArray(allowed)],
  };
}

/**
 * The lineage condition of a listing of records that carry a lineage (evaluations, GNLC
 * applications): those under the unit with `unitCode` on `asOf`, or without one, those in the
 * caller's scope; a unit's records include those of the units it succeeded. A scoped caller
 * asking about a unit above their own still sees their own subtree only. Refuses (FORBIDDEN) a
 * unit outside the caller's scope, and answers NOT_FOUND for a code no unit had on `asOf`.
 */
export async function lineageScope(
  ctx: RequestContext,
  listing: { lineageColumn: string; unitCode?: string | null; asOf: string },
): Promise<{ where: string[]; params: unknown[] }> {
  const where: string[] = [];
  const params: unknown[] = [];
  let rootId: string | null = isScoped(ctx.principal) ? ctx.principal.unitId : null;
  let rootAsOf = ctx.today;
  if (listing.unitCode) {
    const unit = await findUnitByCode(ctx.em, listing.unitCode, listing.asOf);
    if (!unit) throw notFound(`No administrative unit has code ${listing.unitCode} on ${listing.asOf}.`);
    await assertAccess(ctx, 'READ_ROWS', unit.id, listing.asOf);
    rootId = unit.id;
    rootAsOf = listing.asOf;
  } else {
    await assertAccess(ctx, 'READ_ROWS', rootId);
  }
  // The closure is a subquery of the listing's own statement (evaluated once, then the GIN index).
  const overlaps = async (unitId: string, asOf: string) => {
    const cover = await coveredUnits(ctx, { access: 'READ_ROWS', unitId, asOf, subtree: false });
    where.push(`${listing.lineageColumn} && (${cover.sql} select array_agg(id) from sub)`);
    params.push(...cover.params);
  };
  if (isScoped(ctx.principal) && rootId !== ctx.principal.unitId) await overlaps(ctx.principal.unitId, ctx.today);
  if (rootId) await overlaps(rootId, rootAsOf);
  return { where, params };
}
