import { testPrincipals, useTestApi } from '@hoctap/plugin-sdk/testing';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import type { Principal } from '../auth/principal.js';
import { scopedAs } from '../evaluations/evaluation.test-helpers.js';
import { addDongThapSlice } from '../geography/geography.test-helpers.js';

/**
 * Hand-computed fixture on the Đồng Tháp slice (old 87: Phường 1 29905 and Xã Tân Mỹ 30175 until
 * 30/6/2025; new 82: Phường Sa Đéc 29905 from 1/7/2025). ASSOCIATION_YEAR is due 31 days after
 * the year ends (2025-01-31 for 2024):
 * - 2024: 30175 submits on 2025-01-31 (on time), members 10 men and 20 women (no total given);
 *   29905 submits on 2025-02-01 (late), 7 members in total;
 * - 2025: the new ward saves a draft only (not submitted, its values do not count).
 */
const t = useTestApi();
let slice: Awaited<ReturnType<typeof addDongThapSlice>>;

const ANALYTICS = `query ($q: AnalyticsQueryInput!) { analytics(query: $q) {
  headers { name } rows rowKinds suppressedCells roundedTo notes } }`;
type Table = { headers: { name: string }[]; rows: unknown[][]; suppressedCells: number; roundedTo: number | null };
const run = (q: Record<string, unknown>, as?: Principal) =>
  t.api.execute<{ analytics: Table }>(ANALYTICS, { variables: { q }, ...(as ? { as } : {}) });
async function table(q: Record<string, unknown>, as: Principal = testPrincipals.admin): Promise<Table> {
  const r = await run(q, as);
  expect(r.errors).toBeUndefined();
  return r.data!.analytics;
}
const SAVE = `mutation ($input: SaveDataSetReportInput!) { saveDataSetReport(input: $input) { id } }`;
const SUBMIT = `mutation ($id: ID!) { transition(id: $id, action: "SUBMIT") { id state } }`;

async function report(who: Principal, unitCode: string, period: string, values: unknown[], submitOn?: string) {
  const saved = await t.api.execute<{ saveDataSetReport: { id: string } }>(SAVE, {
    variables: { input: { dataSetCode: 'ASSOCIATION_YEAR', unitCode, period, values } },
    as: who,
  });
  expect(saved.errors).toBeUndefined();
  if (!submitOn) return;
  vi.useFakeTimers({ toFake: ['Date'] });
  vi.setSystemTime(new Date(`${submitOn}T05:00:00Z`));
  const submitted = await t.api.execute(SUBMIT, { variables: { id: saved.data!.saveDataSetReport.id }, as: who });
  vi.useRealTimers();
  expect(submitted.errors).toBeUndefined();
}

beforeAll(async () => {
  slice = await addDongThapSlice(t.db.orm.em.fork());
  const members = (value: string, category: string | null = null) => ({
    element: 'ASSOCIATION_MEMBERS',
    category,
    value,
  });
  await report(
    scopedAs(slice.commune),
    '30175',
    '2024',
    [members('10', 'MALE'), members('20', 'FEMALE')],
    '2025-01-31',
  );
  await report(scopedAs(slice.ward), '29905', '2024', [members('7')], '2025-02-01');
  await report(scopedAs(slice.newWard), '29905', '2025', [members('50')]);
});

afterEach(() => void vi.useRealTimers());

const RATES = {
  measures: ['REPORTS_EXPECTED', 'REPORTS_SUBMITTED', 'REPORTS_ON_TIME', 'REPORTING_RATE', 'REPORTING_RATE_ON_TIME'],
  filters: { dataSetCodes: ['ASSOCIATION_YEAR'] },
};

describe('analytics: completeness and timeliness', () => {
  it('by province and period: 2024 on the old map (2 expected, 2 submitted, 1 on time), 2025 on the new one', async () => {
    const r = await table({
      ...RATES,
      dimensions: [{ dimension: 'UNIT', level: 'PROVINCE' }, { dimension: 'PERIOD' }],
      filters: { ...RATES.filters, periods: ['2024', '2025'] },
    });
    expect(r.headers.map((h) => h.name)).toEqual([
      'UNIT',
      'UNIT_NAME',
      'PERIOD',
      'REPORTS_EXPECTED',
      'REPORTS_SUBMITTED',
      'REPORTS_ON_TIME',
      'REPORTING_RATE',
      'REPORTING_RATE.numerator',
      'REPORTING_RATE.denominator',
      'REPORTING_RATE_ON_TIME',
      'REPORTING_RATE_ON_TIME.numerator',
      'REPORTING_RATE_ON_TIME.denominator',
    ]);
    expect(r.rows.map((row) => [row[0], row[2], row[3], row[4], row[5], row[6], row[9]])).toEqual([
      ['82', '2025', 1, 0, 0, 0, 0],
      ['87', '2024', 2, 2, 1, 1, 0.5],
    ]);
  });

  it('by commune: the old communes are expected for 2024, not for 2025; the new ward for 2025 only', async () => {
    const r = await table({
      measures: ['REPORTS_EXPECTED', 'REPORTS_ON_TIME'],
      dimensions: [{ dimension: 'UNIT', level: 'COMMUNE' }, { dimension: 'YEAR' }],
      filters: { ...RATES.filters, yearFrom: 2024, yearTo: 2025 },
    });
    expect(r.rows.map((row) => [row[0], row[1], row[2], row[3], row[4]])).toEqual([
      ['29905', 'Phường 1', 2024, 1, 0],
      ['29905', 'Phường Sa Đéc', 2025, 1, 0],
      ['30175', 'Xã Tân Mỹ', 2024, 1, 1],
    ]);
  });

  it('on today’s map, 2024’s reports of old 87 roll onto 82', async () => {
    const r = await table({
      ...RATES,
      measures: ['REPORTING_RATE'],
      dimensions: [{ dimension: 'UNIT', level: 'PROVINCE', map: 'CURRENT' }, { dimension: 'YEAR' }],
      filters: { ...RATES.filters, yearFrom: 2024, yearTo: 2025 },
    });
    expect(r.rows.map((row) => [row[0], row[2], row[3], row[4], row[5]])).toEqual([
      ['82', 2024, 1, 2, 2],
      ['82', 2025, 0, 0, 1],
    ]);
  });

  it('an officer of the new ward sees its own subtree; anonymous callers may read the rates', async () => {
    const r = await table(
      {
        ...RATES,
        measures: ['REPORTING_RATE'],
        dimensions: [{ dimension: 'YEAR' }],
        filters: { ...RATES.filters, yearFrom: 2024, yearTo: 2025 },
      },
      scopedAs(slice.newWard),
    );
    expect(r.rows.map((row) => [row[0], row[1], row[2], row[3]])).toEqual([[2025, 0, 0, 1]]);
    const anonymous = await run({
      ...RATES,
      measures: ['REPORTING_RATE'],
      filters: { ...RATES.filters, periods: ['2024'] },
    });
    expect(anonymous.errors).toBeUndefined();
    expect(anonymous.data!.analytics.rows).toEqual([[1, 2, 2]]);
  });
});

describe('analytics: DATA_VALUE', () => {
  const MEMBERS = { measures: ['DATA_VALUE'], filters: { dataElements: ['ASSOCIATION_MEMBERS'] } };

  it('adds up submitted totals (a total given by its parts only is their sum); drafts do not count', async () => {
    const r = await table({ ...MEMBERS, dimensions: [{ dimension: 'UNIT', level: 'COMMUNE' }, { dimension: 'YEAR' }] });
    expect(r.rows.map((row) => [row[0], row[2], row[3]])).toEqual([
      ['29905', 2024, 7],
      ['30175', 2024, 30],
    ]);
  });

  it('split by category reads the parts; filtered by a category, only that part', async () => {
    const byCategory = await table({ ...MEMBERS, dimensions: [{ dimension: 'CATEGORY' }] });
    expect(byCategory.rows).toEqual([
      ['FEMALE', 20],
      ['MALE', 10],
    ]);
    const women = await table({ ...MEMBERS, filters: { ...MEMBERS.filters, categories: ['FEMALE'] } });
    expect(women.rows).toEqual([[20]]);
  });

  it('follows the report: once returned to draft its values leave the totals', async () => {
    const em = t.db.orm.em.fork();
    await em.execute(`update data_set_report set state = 'DRAFT' where unit_id = ? and period = '2024'`, [
      slice.ward.id,
    ]);
    try {
      expect((await table(MEMBERS)).rows).toEqual([[30]]);
    } finally {
      await em.execute(`update data_set_report set state = 'SUBMITTED' where unit_id = ? and period = '2024'`, [
        slice.ward.id,
      ]);
    }
    expect((await table(MEMBERS)).rows).toEqual([[37]]);
  });

  it('on today’s map, with the same suppression as other measures: analysts get rounded counts, 1–4 blanked', async () => {
    const current = await table({ ...MEMBERS, dimensions: [{ dimension: 'UNIT', level: 'PROVINCE', map: 'CURRENT' }] });
    expect(current.rows.map((row) => [row[0], row[2]])).toEqual([['82', 37]]);
    const analyst = await table(
      { ...MEMBERS, dimensions: [{ dimension: 'UNIT', level: 'COMMUNE' }] },
      testPrincipals.analyst,
    );
    expect(analyst.roundedTo).toBe(5);
    expect(analyst.rows.map((row) => [row[0], row[2]])).toEqual([
      ['29905', 5],
      ['30175', 30],
    ]);
    const men = await table(
      { ...MEMBERS, filters: { ...MEMBERS.filters, categories: ['MALE'], unitCode: '87', unitAsOf: '2024-12-31' } },
      testPrincipals.analyst,
    );
    expect(men.rows).toEqual([[10]]);
    expect((await run(MEMBERS)).errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  });

  it('refuses a sum over several elements, naming the field and the rule', async () => {
    const r = await run({ measures: ['DATA_VALUE'], filters: { dataElements: ['ASSOCIATION_MEMBERS', 'POPULATION'] } });
    expect(r.errors?.[0]?.extensions?.problems).toEqual([
      expect.objectContaining({ field: 'filters.dataElements', rule: 'ONE_ELEMENT' }),
    ]);
  });
});
