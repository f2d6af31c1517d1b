import { assertAccess, type AdminLevel, toGlobalId, type RequestContext } from '@hoctap/plugin-sdk';
import { HaNamReportedResult } from './reported-result.entity.js';
import type { HaNamReportedResultType } from './reported-result.types.js';

export type ReportedResultView = HaNamReportedResultType;

/** The row as clients see it: a global id, the rate of counts, and the level as the core's enum. */
export function toView(row: HaNamReportedResult): ReportedResultView {
  const counted = row.numerator != null && row.denominator != null && row.denominator > 0;
  return {
    id: toGlobalId('HaNamReportedResult', row.id),
    unitCode: row.unitCode,
    indicator: row.indicator,
    description: row.description,
    numerator: row.numerator ?? null,
    denominator: row.denominator ?? null,
    rate: counted ? row.numerator! / row.denominator! : null,
    met: row.met ?? null,
    standardCode: row.standardCode ?? null,
    coverageLevel: row.coverageLevel ? (row.coverageLevel as AdminLevel) : null,
    reportedOn: row.reportedOn,
    source: row.source,
  };
}

/** Published figures: anyone may read them (READ_PUBLIC). One query. */
export async function listReportedResults(
  ctx: RequestContext,
  reportedBefore: string | null,
): Promise<ReportedResultView[]> {
  await assertAccess(ctx, 'READ_PUBLIC', null);
  const rows = await ctx.em.find(HaNamReportedResult, reportedBefore ? { reportedOn: { $lt: reportedBefore } } : {}, {
    orderBy: { reportedOn: 'asc', indicator: 'asc' },
  });
  return rows.map(toView);
}
