/**
 * What one `analytics` field costs in the query-cost model (whose default limit is 20,000 a
 * request). A table runs one statement per fetch and builds every row in memory: worth thousands
 * of plain fields, not one, or thirty aliased copies would pass as a cheap request. A measure or
 * dimension more adds its statements and columns.
 */
export const ANALYTICS_BASE_COST = 2000;
export const ANALYTICS_COST_PER_PART = 200;

export function analyticsCost(query: { measures?: unknown; dimensions?: unknown } | undefined): number {
  const count = (list: unknown) => (Array.isArray(list) ? list.length : 0);
  return ANALYTICS_BASE_COST + ANALYTICS_COST_PER_PART * (count(query?.measures) + count(query?.dimensions));
}
