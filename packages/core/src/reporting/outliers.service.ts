import type { RequestContext } from '../common/context.js';
import { READ } from '../common/read-your-writes.js';
import type { DataSetReport } from './data-set-report.entity.js';
import { findOutliers, type Outlier } from './outlier.rules.js';

/** Earlier periods read for the history: about ten years of monthly reports. */
const HISTORY_ROWS = 5000;

/**
 * The report's values that are outliers against the unit's own history: the values of its other
 * submitted or approved reports of the same data set (data_value). One query, for a report the
 * caller has already been allowed to read.
 */
export async function outliersOf(
  ctx: RequestContext,
  report: Pick<DataSetReport, 'id' | 'dataSetCode' | 'values'> & { unit: { id: string } },
): Promise<Outlier[]> {
  if (report.values.length === 0) return [];
  const history = await ctx.em.execute<{ element: string; category: string; value: string }[]>(
    `select element, category, value from data_value
     where unit_id = ? and data_set_code = ? and report_id <> ? and element = any(?::text[])
     order by period desc limit ${HISTORY_ROWS}`,
    [report.unit.id, report.dataSetCode, report.id, `{${[...new Set(report.values.map((v) => v.element))].join(',')}}`],
    READ,
  );
  return findOutliers(
    report.values,
    history.map((h) => ({ element: h.element, category: h.category || null, value: Number(h.value) })),
  );
}
