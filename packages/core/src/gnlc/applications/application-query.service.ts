import DataLoader from 'dataloader';
import { assertMayReadRows } from '../../auth/access.js';
import { lineageScope } from '../../auth/covered-units.js';
import type { RequestContext } from '../../common/context.js';
import { toLazyConnection } from '../../common/connection.js';
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
  // As for evaluations, a unit's applications include those of the units it succeeded (new
  // Đồng Tháp 82 lists old 87's cities').
  const { where, params } = await lineageScope(ctx, {
    lineageColumn: 'a.lineage',
    unitCode: filter.unitCode,
    asOf: filter.asOf ?? ctx.today,
  });
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
