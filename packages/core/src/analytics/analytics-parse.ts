import { z } from 'zod';
import { badInput } from '../common/errors.js';
import type { AnalyticsQuery } from './analytics.model.js';

const list = z.array(z.string().max(60)).max(100).optional();

/** The same shape as the GraphQL input AnalyticsQueryInput, for the CSV and XLSX routes. */
const QuerySchema = z
  .object({
    measures: z.array(z.string().max(60)).max(50),
    dimensions: z
      .array(
        z
          .object({
            dimension: z.string(),
            level: z.string().optional(),
            map: z.string().optional(),
            pluginDimension: z.string().max(60).optional(),
          })
          .strict(),
      )
      .max(10)
      .default([]),
    filters: z
      .object({
        unitCode: z.string().max(20).optional(),
        unitAsOf: z.iso.date().optional(),
        yearFrom: z.number().int().optional(),
        yearTo: z.number().int().optional(),
        lastYears: z.number().int().optional(),
        modelKinds: list,
        states: list,
        ratings: list,
        subjectKinds: list,
        surveyCodes: list,
        standards: list,
        donorTypes: list,
        fundEntryKinds: list,
        dataSetCodes: list,
        periods: list,
        dataElements: list,
        categories: list,
      })
      .strict()
      .optional(),
    sort: z
      .array(z.object({ by: z.string().max(80), direction: z.enum(['ASC', 'DESC']).optional() }).strict())
      .max(10)
      .optional(),
    limit: z.number().int().optional(),
    totals: z.boolean().optional(),
    subtotals: z.boolean().optional(),
  })
  .strict();

/**
 * An analytics query from JSON (the `query` parameter of /analytics.csv): its shape is checked
 * here, naming each bad field; its meaning is checked by planAnalytics as for GraphQL.
 */
export function parseAnalyticsQuery(json: unknown): AnalyticsQuery {
  const parsed = QuerySchema.safeParse(json);
  if (!parsed.success)
    throw badInput(
      parsed.error.issues.map((issue) => ({
        field: issue.path.length ? issue.path.join('.') : 'query',
        rule: issue.code.toUpperCase(),
        message: issue.message,
      })),
    );
  return parsed.data as AnalyticsQuery;
}
