/**
 * Analytics cannot be turned against the people it counts, nor against the server: a small group
 * hidden by suppression is not given back by subtracting two answers, and a request cannot carry
 * thirty tables for the price of one field.
 */
import { testPrincipals, useTestApi } from '@hoctap/plugin-sdk/testing';
import { beforeAll, describe, expect, it } from 'vitest';
import { addEvaluationFixture } from '../../../packages/core/src/evaluations/evaluation.test-helpers.js';

const t = useTestApi();
const ANALYTICS = `query ($q: AnalyticsQueryInput!) { analytics(query: $q) { rows roundedTo notes } }`;
const OTHER_STATES = ['DRAFT', 'VERIFIED', 'RECOGNISED', 'RETURNED', 'REVOKED'];

/** Per year from 2021: 10 recognised households and `small` submitted ones, the group an attacker wants. */
const SMALL_BY_YEAR = { 2021: 1, 2022: 2, 2023: 3, 2024: 4 } as const;

beforeAll(async () => {
  const em = t.db.orm.em.fork();
  const f = await addEvaluationFixture(em);
  const lineage = `{${[f.village.id, f.commune.id, f.lapVo.id, f.province.id].join(',')}}`;
  // The fixture's village has 12 households; 14 are needed (10 + a group of 4).
  await em.execute(
    `insert into subject (id, kind, unit_id, code, name, source, version)
     values (gen_random_uuid(), 'HOUSEHOLD', ?, 'H13', 'Hộ số H13', 'test', 1), (gen_random_uuid(), 'HOUSEHOLD', ?, 'H14', 'Hộ số H14', 'test', 1)`,
    [f.village.id, f.village.id],
  );
  for (const [year, small] of Object.entries(SMALL_BY_YEAR))
    await em.execute(
      `insert into evaluation (id, subject_id, subject_key, unit_id, lineage, evaluating_unit_id, model_kind, year,
         criteria_set_id, scores, evidence, state, rating, recognised, total)
       select gen_random_uuid(), s.id, s.id, ?, ?::uuid[], ?, 'LEARNING_FAMILY', ?,
         (select id from criteria_set where code = 'KHVN-448-FAMILY'), '{}', '[]',
         case when row_number() over (order by s.id) <= 10 then 'RECOGNISED' else 'SUBMITTED' end, null, false, 90
       from (select * from subject where unit_id = ? and kind = 'HOUSEHOLD' order by id limit ?) s`,
      [f.village.id, lineage, f.commune.id, Number(year), f.village.id, 10 + small],
    );
});

async function total(year: number, states?: string[]) {
  const r = await t.api.execute<{ analytics: { rows: (number | null)[][]; roundedTo: number | null } }>(ANALYTICS, {
    variables: {
      q: {
        measures: ['EVALUATIONS'],
        dimensions: [],
        filters: {
          unitCode: '87',
          unitAsOf: '2024-06-01',
          yearFrom: year,
          yearTo: year,
          ...(states ? { states } : {}),
        },
      },
    },
    as: testPrincipals.analyst,
  });
  expect(r.errors).toBeUndefined();
  return r.data!.analytics;
}

describe('differencing two answers', () => {
  it.each(Object.entries(SMALL_BY_YEAR))(
    'does not give back the %s-year group of %s submitted families (total minus every other state)',
    async (year, small) => {
      const all = await total(Number(year));
      const others = await total(Number(year), OTHER_STATES);
      expect(all.roundedTo).toBe(5);
      const difference = (all.rows[0]![0] as number) - (others.rows[0]![0] as number);
      // Both answers are multiples of 5, so their difference never names a group of 1–4.
      expect(difference % 5).toBe(0);
      expect(difference).not.toBe(small);
    },
  );

  it('shows exact counts to an officer of the unit, who may read the rows anyway', async () => {
    const r = await t.api.execute<{ analytics: { rows: number[][]; roundedTo: number | null } }>(ANALYTICS, {
      variables: { q: { measures: ['EVALUATIONS'], dimensions: [], filters: { yearFrom: 2023, yearTo: 2023 } } },
      as: testPrincipals.admin,
    });
    expect(r.data?.analytics).toEqual({ rows: [[13]], roundedTo: null, notes: [] });
  });
});

describe('the cost of analytics', () => {
  it('refuses thirty aliased tables in one request before running any', async () => {
    const field = (i: number) => `a${i}: analytics(query: { measures: ["EVALUATIONS"], dimensions: [] }) { rows }`;
    const query = `{ ${Array.from({ length: 30 }, (_, i) => field(i)).join(' ')} }`;
    const r = await t.api.execute(query, { as: testPrincipals.analyst });
    expect(r.status).toBe(400);
    expect(r.errors?.[0]?.extensions?.code).toBe('QUERY_TOO_COSTLY');
  });

  it('still answers a few tables at once', async () => {
    const field = (i: number) => `a${i}: analytics(query: { measures: ["EVALUATIONS"], dimensions: [] }) { rows }`;
    const r = await t.api.execute(`{ ${[0, 1, 2].map(field).join(' ')} }`, { as: testPrincipals.analyst });
    expect(r.errors).toBeUndefined();
  });
});
