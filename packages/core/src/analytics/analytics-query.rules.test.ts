import { describe, expect, it } from 'vitest';
import { mergeFilters, planAnalytics } from './analytics-query.rules.js';
import type { AnalyticsQuery } from './analytics.model.js';

const YEAR = 2026;
const plan = (q: Partial<AnalyticsQuery>) => planAnalytics({ measures: ['EVALUATIONS'], dimensions: [], ...q }, YEAR);
const rules = (q: Partial<AnalyticsQuery>) => plan(q).problems.map((p) => `${p.field}:${p.rule}`);

describe('planAnalytics refuses, naming the field and the rule', () => {
  it.each([
    [{ measures: [] }, 'measures:REQUIRED'],
    [{ measures: ['NOPE'] }, 'measures[0]:UNKNOWN_MEASURE'],
    [{ measures: ['EVALUATIONS', 'EVALUATIONS'] }, 'measures[1]:DUPLICATE'],
    [{ dimensions: [{ dimension: 'COLOUR' as never }] }, 'dimensions[0].dimension:UNKNOWN_DIMENSION'],
    [{ dimensions: [{ dimension: 'YEAR' }, { dimension: 'YEAR' }] }, 'dimensions[1].dimension:DUPLICATE'],
    [{ dimensions: [{ dimension: 'YEAR', level: 'PROVINCE' }] }, 'dimensions[0]:UNIT_ONLY'],
    [{ dimensions: [{ dimension: 'UNIT', level: 'VILLAGE' as never }] }, 'dimensions[0].level:UNKNOWN_LEVEL'],
    [{ dimensions: [{ dimension: 'UNIT', map: 'FUTURE' as never }] }, 'dimensions[0].map:UNKNOWN_MAP'],
    [
      { dimensions: [{ dimension: 'UNIT', level: 'DISTRICT', map: 'CURRENT' }] },
      'dimensions[0].level:NOT_ON_TODAYS_MAP',
    ],
    [{ filters: { yearFrom: 1999 } }, 'filters.yearFrom:RANGE'],
    [{ filters: { yearTo: 2027 } }, 'filters.yearTo:RANGE'],
    [{ filters: { yearFrom: 2024, yearTo: 2020 } }, 'filters.yearTo:AFTER_YEAR_FROM'],
    [{ filters: { lastYears: 3, yearFrom: 2020 } }, 'filters.lastYears:EXCLUSIVE'],
    [{ filters: { lastYears: 0 } }, 'filters.lastYears:RANGE'],
    [{ limit: 0 }, 'limit:RANGE'],
    [{ limit: 10_001 }, 'limit:RANGE'],
    [{ filters: { modelKinds: [] } }, 'filters.modelKinds:EMPTY'],
    [{ filters: { modelKinds: ['LEARNING_DOG' as never] } }, 'filters.modelKinds[0]:UNKNOWN_VALUE'],
    [{ filters: { states: ["RECOGNISED'; drop table x"] } }, 'filters.states[0]:BAD_CODE'],
    [{ filters: { donorTypes: ['ENTERPRISE'] } }, 'filters.donorTypes:FILTER_NOT_APPLICABLE'],
    [{ measures: ['SUBJECTS'], dimensions: [{ dimension: 'YEAR' }] }, 'measures[0]:DIMENSION_NOT_SUPPORTED'],
    [{ measures: ['FUND_AMOUNT'], dimensions: [{ dimension: 'MODEL' }] }, 'measures[0]:DIMENSION_NOT_SUPPORTED'],
    [{ sort: [{ by: 'NOPE' }] }, 'sort[0].by:UNKNOWN_HEADER'],
  ] as [Partial<AnalyticsQuery>, string][])('%j → %s', (query, rule) => {
    expect(rules(query)).toContain(rule);
  });

  it('names the dimensions a measure has when it cannot be split', () => {
    expect(plan({ measures: ['SUBJECTS'], dimensions: [{ dimension: 'YEAR' }] }).problems[0]?.message).toBe(
      'SUBJECTS cannot be split by YEAR; it has UNIT, PLUGIN, SUBJECT_KIND',
    );
  });
});

describe('planAnalytics plans', () => {
  it('defaults a unit dimension to provinces on the historical map', () => {
    expect(plan({ dimensions: [{ dimension: 'UNIT' }] }).plan?.dimensions).toEqual([
      { dimension: 'UNIT', level: 'PROVINCE', map: 'HISTORICAL' },
    ]);
  });

  it('reads the last N years up to this year, or up to yearTo', () => {
    expect(plan({ filters: { lastYears: 3 } }).plan?.years).toEqual({ from: 2024, to: 2026 });
    expect(plan({ filters: { lastYears: 3, yearTo: 2020 } }).plan?.years).toEqual({ from: 2018, to: 2020 });
    expect(plan({ filters: { yearFrom: 2019 } }).plan?.years).toEqual({ from: 2019, to: 2026 });
    expect(plan({}).plan?.years).toBeNull();
  });

  it('fetches an indicator’s numerator with its fixed filters and broadcasts a denominator without years', () => {
    const p = plan({
      measures: ['LEARNING_FAMILY_SHARE'],
      dimensions: [{ dimension: 'UNIT' }, { dimension: 'YEAR' }],
    }).plan!;
    expect(p.fetches.map((f) => [f.source, f.filters, f.dimensions.map((d) => d.dimension)])).toEqual([
      ['EVALUATION', { states: ['RECOGNISED'], modelKinds: ['LEARNING_FAMILY'] }, ['UNIT', 'YEAR']],
      ['SUBJECT', { subjectKinds: ['HOUSEHOLD'] }, ['UNIT']],
    ]);
    expect(p.columns).toEqual([
      expect.objectContaining({ code: 'LEARNING_FAMILY_SHARE', kind: 'INDICATOR', countsPeople: true }),
    ]);
  });

  it('shares one fetch between measures that need the same rows', () => {
    const p = plan({ measures: ['RECOGNISED', 'RECOGNITION_RATE'] }).plan!;
    expect(p.fetches).toHaveLength(2);
  });

  it('intersects a filter with a measure’s fixed filter (an empty intersection counts nothing)', () => {
    const p = plan({ measures: ['RECOGNISED'], filters: { states: ['DRAFT', 'RECOGNISED'] } }).plan!;
    expect(p.fetches[0]?.filters.states).toEqual(['RECOGNISED']);
    expect(mergeFilters({ states: ['DRAFT'] }, { states: ['RECOGNISED'] }).states).toEqual([]);
  });

  it('applies a filter where it can and refuses it only when no measure can', () => {
    const p = plan({ measures: ['EVALUATIONS', 'SUBJECTS'], filters: { modelKinds: ['LEARNING_CLAN'] } }).plan!;
    expect(p.fetches.map((f) => f.filters.modelKinds)).toEqual([['LEARNING_CLAN'], undefined]);
  });

  it('marks a plan published only when every measure is', () => {
    expect(plan({ measures: ['LEARNING_FAMILY_SHARE'] }).plan?.published).toBe(true);
    expect(plan({ measures: ['EVALUATIONS', 'FUND_AMOUNT'] }).plan?.published).toBe(false);
  });
});

describe('plugin dimensions', () => {
  const dims = new Map([
    ['DONG_THAP_GNLC_CITY', { code: 'DONG_THAP_GNLC_CITY', label: 'GNLC city', level: 'DISTRICT' as const }],
  ]);
  const withPlugin = (q: Partial<AnalyticsQuery>) =>
    planAnalytics({ measures: ['EVALUATIONS'], dimensions: [], ...q }, YEAR, dims);

  it('groups at the level the plugin classifies, under the plugin’s code', () => {
    const p = withPlugin({
      dimensions: [{ dimension: 'PLUGIN', pluginDimension: 'DONG_THAP_GNLC_CITY' }],
      sort: [{ by: 'DONG_THAP_GNLC_CITY' }],
    });
    expect(p.problems).toEqual([]);
    expect(p.plan?.dimensions).toEqual([
      { dimension: 'PLUGIN', level: 'DISTRICT', pluginDimension: 'DONG_THAP_GNLC_CITY' },
    ]);
  });

  it('refuses an unknown one, one without PLUGIN, and one on today’s map', () => {
    const rules = (q: Partial<AnalyticsQuery>) => withPlugin(q).problems.map((x) => `${x.field}:${x.rule}`);
    expect(rules({ dimensions: [{ dimension: 'PLUGIN', pluginDimension: 'NOPE' }] })).toEqual([
      'dimensions[0].pluginDimension:UNKNOWN_PLUGIN_DIMENSION',
    ]);
    expect(rules({ dimensions: [{ dimension: 'YEAR', pluginDimension: 'DONG_THAP_GNLC_CITY' }] })).toEqual([
      'dimensions[0].pluginDimension:PLUGIN_ONLY',
    ]);
    expect(
      rules({
        dimensions: [
          { dimension: 'UNIT', map: 'CURRENT' },
          { dimension: 'PLUGIN', pluginDimension: 'DONG_THAP_GNLC_CITY' },
        ],
      }),
    ).toEqual(['dimensions[0].map:PLUGIN_ON_HISTORICAL_MAP']);
  });
});
