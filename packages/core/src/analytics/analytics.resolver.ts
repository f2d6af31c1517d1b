import { Arg, Ctx, Query, Resolver } from 'type-graphql';
import type { RequestContext } from '../common/context.js';
import { BASE_MEASURES, INDICATORS, SOURCES, baseMeasure } from './analytics.catalogue.js';
import type { AnalyticsQuery, Dimension } from './analytics.model.js';
import { analyticsCost } from './analytics-cost.rules.js';
import { runAnalytics } from './analytics.service.js';
import {
  AnalyticsMeasureType,
  AnalyticsQueryInput,
  AnalyticsTableType,
  type AnalyticsDimension,
} from './analytics.types.js';

/**
 * GraphQL lets a client send `null` for any optional input field; the engine reads an absent
 * field and a null one alike, as absent (the CSV route's JSON parser does the same).
 */
function withoutNulls(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(withoutNulls);
  if (value === null || typeof value !== 'object') return value;
  return Object.fromEntries(
    Object.entries(value)
      .filter(([, v]) => v !== null)
      .map(([k, v]) => [k, withoutNulls(v)]),
  );
}

@Resolver()
export class AnalyticsResolver {
  @Query(() => AnalyticsTableType, {
    complexity: ({ args }) => analyticsCost(args.query as { measures?: unknown; dimensions?: unknown } | undefined),
    description:
      'Measures × dimensions × filters, as a table with typed headers (also as CSV and XLSX at /analytics.csv and /analytics.xlsx?query=<JSON>). Officers see their subtree; analysts and anonymous callers aggregates only, with cells of fewer than 5 people blanked; anonymous callers published measures only.',
  })
  async analytics(
    @Arg('query', () => AnalyticsQueryInput) query: AnalyticsQueryInput,
    @Ctx() ctx: RequestContext,
  ): Promise<AnalyticsTableType> {
    return (await runAnalytics(ctx, withoutNulls(query) as AnalyticsQuery)) as unknown as AnalyticsTableType;
  }

  @Query(() => [AnalyticsMeasureType], { description: 'The measures and indicators `analytics` knows. Public.' })
  analyticsCatalogue(): AnalyticsMeasureType[] {
    const dims = (d: readonly Dimension[]) => [...d] as unknown as AnalyticsDimension[];
    return [
      ...BASE_MEASURES.map((m) => ({
        code: m.code,
        label: m.label,
        description: m.description,
        indicator: false,
        dimensions: dims(SOURCES[m.source].dimensions),
        published: m.published,
        numerator: null,
        denominator: null,
      })),
      ...INDICATORS.map((m) => {
        const n = baseMeasure(m.numerator.measure);
        const d = baseMeasure(m.denominator.measure);
        return {
          code: m.code,
          label: m.label,
          description: m.description,
          indicator: true,
          dimensions: dims(SOURCES[n.source].dimensions),
          published: n.published && d.published,
          numerator: m.numerator.measure,
          denominator: m.denominator.measure,
        };
      }),
    ];
  }
}
