import DataLoader from 'dataloader';
import { assertAccess, assertMayReadRows } from '../../auth/access.js';
import { coveredUnits } from '../../auth/covered-units.js';
import { isScoped } from '../../auth/principal.js';
import type { RequestContext } from '../../common/context.js';
import { toLazyConnection } from '../../common/connection.js';
import { notFound } from '../../common/errors.js';
import { findUnitByCode } from '../../geography/geography.service.js';
import { WorkflowTransition } from '../../workflows/workflow-transition.entity.js';
import { groupedLoader } from '../gnlc-common.js';
import { GnlcMembership } from '../memberships/membership.entity.js';
import { GnlcApplication } from './application.entity.js';
import type { GnlcApplicationFilterInput } from './application.types.js';
import { GNLC_FORWARDED_STATES } from './application.workflow.js';

/** One page of applications the caller may read, newest first. */
export async function listGnlcApplications(
  ctx: RequestContext,
  filter: GnlcApplicationFilterInput,
  window: { limit: number; offset: number },
) {
  assertMayReadRows(ctx);
  const where: string[] = [];
  const params: unknown[] = [];
  let rootId: string | null = isScoped(ctx.principal) ? ctx.principal.unitId : null;
  let rootAsOf = ctx.today;
  if (filter.unitCode) {
    const asOf = filter.asOf ?? ctx.today;
    const unit = await findUnitByCode(ctx.em, filter.unitCode, asOf);
    if (!unit) throw notFound(`No administrative unit has code ${filter.unitCode} on ${asOf}.`);
    await assertAccess(ctx, 'READ_ROWS', unit.id, asOf);
    rootId = unit.id;
    rootAsOf = asOf;
  } else {
    await assertAccess(ctx, 'READ_ROWS', rootId);
  }
  // As for evaluations, a unit's applications include those of the units it succeeded (new
  // Đồng Tháp 82 lists old 87's cities'), gated on PARTIAL successions by the caller's access.
  const overlaps = async (unitId: string, asOf: string) => {
    const cover = await coveredUnits(ctx, { access: 'READ_ROWS', unitId, asOf, subtree: false });
    where.push(`a.lineage && (${cover.sql} select array_agg(id) from sub)`);
    params.push(...cover.params);
  };
  // A scoped caller asking about a unit above their own still sees their subtree only.
  if (isScoped(ctx.principal) && rootId !== ctx.principal.unitId) await overlaps(ctx.principal.unitId, ctx.today);
  if (rootId) await overlaps(rootId, rootAsOf);
  if (filter.callYear !== undefined && filter.callYear !== null) {
    where.push('a.call_year = ?');
    params.push(filter.callYear);
  }
  if (filter.states?.length) {
    where.push('a.state = any(?::text[])');
    params.push(`{${filter.states.map((s) => JSON.stringify(s)).join(',')}}`);
  }
  const whereSql = where.length ? `where ${where.join(' and ')}` : '';
  const rows = await ctx.em.execute<Record<string, unknown>[]>(
    `select a.* from gnlc_application a ${whereSql} order by a.id desc limit ? offset ?`,
    [...params, window.limit + 1, window.offset],
  );
  return toLazyConnection(
    rows.map((row) => ctx.em.map(GnlcApplication, row)),
    window,
    async () => {
      const [row] = await ctx.em.execute<{ n: string }[]>(
        `select count(*) as n from gnlc_application a ${whereSql}`,
        params,
      );
      return Number(row?.n ?? 0);
    },
  );
}

// ---------------------------------------------------------------------------------------------
// Per-request loaders: every relation a client can ask for is one query per request level.

export function applicationLoaders(ctx: RequestContext) {
  const { em } = ctx;
  return {
    history: groupedLoader(ctx, 'gnlc.history', async (ids) =>
      Map.groupBy(
        await em.find(WorkflowTransition, { targetId: { $in: ids } }, { orderBy: { at: 'asc', id: 'asc' } }),
        (t) => t.targetId,
      ),
    ),
    membershipOf: groupedLoader(ctx, 'gnlc.membershipOf', async (ids) =>
      Map.groupBy(await em.find(GnlcMembership, { application: { $in: ids } }), (m) => m.application!.id),
    ),
    forwardedInCall: ctx.loaders.get(
      'gnlc.forwardedInCall',
      () =>
        new DataLoader<number, number>(async (years) => {
          const rows = await em.execute<{ call_year: number; n: string }[]>(
            `select call_year, count(*) as n from gnlc_application
             where call_year = any(?::int[]) and state = any(?::text[]) group by call_year`,
            [`{${years.join(',')}}`, `{${GNLC_FORWARDED_STATES.map((s) => JSON.stringify(s)).join(',')}}`],
          );
          const counts = new Map(rows.map((r) => [Number(r.call_year), Number(r.n)]));
          return years.map((y) => counts.get(y) ?? 0);
        }),
    ),
  };
}
