import { describe, expect, it } from 'vitest';
import { expectedPeriods, periodsOfYear, type ReportingSet } from './analytics-reporting.rules.js';
import { planAnalytics, type ReportingCatalogue } from './analytics-query.rules.js';
import type { AnalyticsQuery } from './analytics.model.js';

const YEARLY: ReportingSet = {
  code: 'Y',
  periodType: 'YEARLY',
  reportingLevel: 'COMMUNE',
  dueDays: 31,
  validFrom: '2020-01-01',
};
const HALF: ReportingSet = { ...YEARLY, code: 'H', periodType: 'HALF_YEARLY', dueDays: 15 };

describe('periodsOfYear', () => {
  it('names every period of a year in order', () => {
    expect(periodsOfYear('YEARLY', 2025)).toEqual(['2025']);
    expect(periodsOfYear('HALF_YEARLY', 2025)).toEqual(['2025H1', '2025H2']);
    expect(periodsOfYear('QUARTERLY', 2025)).toEqual(['2025Q1', '2025Q2', '2025Q3', '2025Q4']);
    expect(periodsOfYear('MONTHLY', 2025)).toHaveLength(12);
    expect(periodsOfYear('MONTHLY', 2025).at(-1)).toBe('2025-12');
  });
});

describe('expectedPeriods', () => {
  const years = { from: 2025, to: 2025 };
  it('reads each period’s map on its last day and gives its due day', () => {
    expect(expectedPeriods([HALF], { years, today: '2026-01-01' })).toEqual([
      {
        dataSetCode: 'H',
        level: 'COMMUNE',
        period: '2025H1',
        year: 2025,
        endOn: '2025-06-30',
        dueOn: '2025-07-15',
        provinces: null,
      },
      {
        dataSetCode: 'H',
        level: 'COMMUNE',
        period: '2025H2',
        year: 2025,
        endOn: '2025-12-31',
        dueOn: '2026-01-15',
        provinces: null,
      },
    ]);
  });

  it('leaves out periods not begun by today, and those outside the set’s use', () => {
    expect(expectedPeriods([HALF], { years, today: '2025-06-30' }).map((p) => p.period)).toEqual(['2025H1']);
    expect(expectedPeriods([HALF], { years, today: '2025-07-01' }).map((p) => p.period)).toEqual(['2025H1', '2025H2']);
    const retired = { ...HALF, validTo: '2025-06-30' };
    expect(expectedPeriods([retired], { years, today: '2026-01-01' }).map((p) => p.period)).toEqual(['2025H1']);
    const late = { ...YEARLY, validFrom: '2026-01-01' };
    expect(expectedPeriods([late], { years, today: '2026-06-01' })).toEqual([]);
  });

  it('keeps only the periods named, of the sets whose type they fit', () => {
    expect(
      expectedPeriods([YEARLY, HALF], { years, periods: ['2025H2'], today: '2026-01-01' }).map(
        (p) => `${p.dataSetCode}:${p.period}`,
      ),
    ).toEqual(['H:2025H2']);
  });

  it('a plugin’s set is expected in the provinces it serves on the period’s last day', () => {
    const plugin = { ...YEARLY, servedOn: (day: string) => (day < '2025-07-01' ? ['old'] : ['new']) };
    expect(
      expectedPeriods([plugin], { years: { from: 2024, to: 2025 }, today: '2026-01-01' }).map((p) => p.provinces),
    ).toEqual([['old'], ['new']]);
  });
});

describe('planAnalytics for the reporting cycle', () => {
  const catalogue: ReportingCatalogue = {
    sets: [YEARLY, HALF],
    elements: new Map([
      ['MEMBERS', { valueType: 'COUNT' }],
      ['SHARE', { valueType: 'PERCENT' }],
      ['NOTE', { valueType: 'TEXT' }],
    ]),
    categories: ['MALE', 'FEMALE'],
    today: '2026-03-01',
  };
  const plan = (q: Partial<AnalyticsQuery>) =>
    planAnalytics({ measures: ['REPORTING_RATE'], dimensions: [], ...q }, 2026, new Map(), catalogue);
  const rules = (q: Partial<AnalyticsQuery>) => plan(q).problems.map((p) => `${p.field}:${p.rule}`);

  it.each([
    [{ filters: { dataSetCodes: ['NOPE'] } }, 'filters.dataSetCodes[0]:UNKNOWN_VALUE'],
    [{ filters: { periods: ['2025W3'] } }, 'filters.periods[0]:BAD_PERIOD'],
    [{ measures: ['DATA_VALUE'] }, 'filters.dataElements:ONE_ELEMENT'],
    [{ measures: ['DATA_VALUE'], filters: { dataElements: ['MEMBERS', 'SHARE'] } }, 'filters.dataElements:ONE_ELEMENT'],
    [{ measures: ['DATA_VALUE'], filters: { dataElements: ['SHARE'] } }, 'filters.dataElements[0]:NOT_SUMMABLE'],
    [{ measures: ['DATA_VALUE'], filters: { dataElements: ['GHOST'] } }, 'filters.dataElements[0]:UNKNOWN_VALUE'],
    [
      { measures: ['DATA_VALUE'], filters: { dataElements: ['MEMBERS'], categories: ['OLD'] } },
      'filters.categories[0]:UNKNOWN_VALUE',
    ],
    [{ dimensions: [{ dimension: 'DATA_ELEMENT' }] }, 'measures[0]:DIMENSION_NOT_SUPPORTED'],
    [{ measures: ['EVALUATIONS'], filters: { periods: ['2025'] } }, 'filters.periods:FILTER_NOT_APPLICABLE'],
  ] as [Partial<AnalyticsQuery>, string][])('%j → %s', (query, rule) => {
    expect(rules(query)).toContain(rule);
  });

  it('plans the expected periods of the sets asked for, over the years asked for', () => {
    const p = plan({ filters: { dataSetCodes: ['H'], yearFrom: 2025, yearTo: 2026 } }).plan!;
    const reporting = p.fetches.map((f) => f.reporting);
    expect(reporting[0]?.periods.map((x) => x.period)).toEqual(['2025H1', '2025H2', '2026H1']);
    expect(reporting[0]?.reportedYearsOnly).toBe(false);
    // The rate reads submitted and expected reports: two fetches over the same periods.
    expect(p.fetches.map((f) => f.column)).toEqual(['REPORTS_SUBMITTED', 'REPORTS_EXPECTED']);
  });

  it('without years or periods, counts only the years in which a set has reports', () => {
    expect(plan({}).plan!.fetches[0]!.reporting!.reportedYearsOnly).toBe(true);
    const named = plan({ filters: { periods: ['2024'] } }).plan!.fetches[0]!.reporting!;
    expect(named).toMatchObject({ reportedYearsOnly: false, periods: [{ dataSetCode: 'Y', period: '2024' }] });
  });

  it('DATA_VALUE reads parts when split or filtered by category, totals otherwise; every summable element when split by element', () => {
    const one = { measures: ['DATA_VALUE'], filters: { dataElements: ['MEMBERS'] } };
    expect(plan(one).plan!.fetches[0]!.parts).toBe(false);
    expect(plan({ ...one, dimensions: [{ dimension: 'CATEGORY' }] }).plan!.fetches[0]!.parts).toBe(true);
    expect(plan({ ...one, filters: { ...one.filters, categories: ['FEMALE'] } }).plan!.fetches[0]!.parts).toBe(true);
    const all = plan({ measures: ['DATA_VALUE'], dimensions: [{ dimension: 'DATA_ELEMENT' }] }).plan!;
    expect(all.fetches[0]!.filters.dataElements).toEqual(['MEMBERS']);
  });

  it('reporting rates are published and count no people; DATA_VALUE needs a signed-in caller', () => {
    expect(plan({}).plan!.published).toBe(true);
    expect(plan({}).plan!.columns[0]).toMatchObject({ kind: 'INDICATOR', countsPeople: false });
    expect(plan({ measures: ['DATA_VALUE'], filters: { dataElements: ['MEMBERS'] } }).plan!.published).toBe(false);
  });
});
