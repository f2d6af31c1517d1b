import { accessibleUnit } from '../auth/access.js';
import type { RequestContext } from '../common/context.js';
import { AdminUnit } from '../geography/admin-unit.entity.js';
import type { AdminLevel } from '../geography/geography.enums.js';
import { geographyLoaders } from '../geography/geography.service.js';
import { SUBTREE_SQL } from '../subjects/subject.service.js';
import { coverage } from './steering-committees/steering-committee.rules.js';

/** What a unit must have to count as covered on a day: rows of `table` for it, active that day. */
export interface CoverageOf {
  table: 'steering_committee' | 'learning_centre';
  /** SQL over the row `c`, true when it is active on the day bound twice (`?::date`). */
  activeOn: string;
}

/**
 * How many units of a level in a subtree have something on a day (e.g. Hà Nam: a steering
 * committee in 109 of 109 communes), in one query, naming those without. An aggregate: analysts
 * may ask it.
 */
export async function coverageOf(
  ctx: RequestContext,
  of: CoverageOf,
  scope: { unitCode: string; level: AdminLevel; asOf: string },
) {
  const { level, asOf } = scope;
  const unit = await accessibleUnit(ctx, 'READ_AGGREGATE', scope.unitCode, asOf);
  const rows = await ctx.em.execute<{ id: string; covered: boolean }[]>(
    `${SUBTREE_SQL} select u.id, exists (select 1 from ${of.table} c where c.unit_id = u.id and ${of.activeOn}) as covered
     from sub join admin_unit u on u.id = sub.id where u.level = ? order by u.code`,
    [unit.id, asOf, asOf, asOf, asOf, level],
  );
  const result = coverage(
    rows.map((r) => r.id),
    new Set(rows.filter((r) => r.covered).map((r) => r.id)),
  );
  const uncovered = await geographyLoaders(ctx).unit.loadMany(result.uncovered);
  return { ...result, level, asOf, uncovered: uncovered.filter((u) => u instanceof AdminUnit) };
}
