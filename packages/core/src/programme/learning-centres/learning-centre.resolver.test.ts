import { testPrincipals, useTestApi } from '@hoctap/plugin-sdk/testing';
import { beforeAll, describe, expect, it } from 'vitest';
import { addEvaluationFixture, scopedAs } from '../../evaluations/evaluation.test-helpers.js';

const t = useTestApi();
let f: Awaited<ReturnType<typeof addEvaluationFixture>>;

type Result = { data?: Record<string, unknown>; errors?: { extensions?: Record<string, unknown> }[] };
const codeOf = (r: Result) => r.errors?.[0]?.extensions?.code;
const CREATE = `mutation ($input: CreateLearningCentreInput!) { createLearningCentre(input: $input) { id version name commune { code } } }`;
const REPORT = `mutation ($input: ReportLearningCentreYearInput!) { reportLearningCentreYear(input: $input) { version years { year participants activities } } }`;
const COVERAGE = `{ learningCentreCoverage(unitCode: "87", asOf: "2024-06-01") { total covered uncovered { code } } }`;
const facilities = { sharedWithCulturalHouse: true, rooms: 1, computers: 0, library: true };

beforeAll(async () => {
  f = await addEvaluationFixture(t.db.orm.em.fork());
});

describe('community learning centres', () => {
  it('are set up in a commune, report their years, and count towards coverage', async () => {
    const created = await t.api.execute<{ createLearningCentre: { id: string; version: number } }>(CREATE, {
      variables: { input: { communeCode: '30175', name: 'TTHTCĐ xã Tân Mỹ', establishedOn: '2012-03-01', facilities } },
      as: scopedAs(f.commune),
    });
    expect(created.data?.createLearningCentre).toMatchObject({ name: 'TTHTCĐ xã Tân Mỹ', commune: { code: '30175' } });
    const { id, version } = created.data!.createLearningCentre;
    const reported = await t.api.execute(REPORT, {
      variables: {
        input: { id, expectedVersion: version, year: 2024, activities: ['Lớp tin học cơ bản'], participants: 140 },
      },
      as: scopedAs(f.commune),
    });
    expect(reported.data?.reportLearningCentreYear).toEqual({
      version: version + 1,
      years: [{ year: 2024, participants: 140, activities: ['Lớp tin học cơ bản'] }],
    });
    const stale = await t.api.execute(REPORT, {
      variables: { input: { id, expectedVersion: version, year: 2023, activities: [], participants: 1 } },
      as: scopedAs(f.commune),
    });
    expect(codeOf(stale)).toBe('CONFLICT');
    const covered = await t.api.execute(COVERAGE, { as: testPrincipals.analyst });
    expect(covered.data?.learningCentreCoverage).toEqual({ total: 2, covered: 1, uncovered: [{ code: '29905' }] });
  });

  it('refuses a district as the commune, and another province', async () => {
    const district = await t.api.execute(CREATE, {
      variables: { input: { communeCode: '875', name: 'X', establishedOn: '2012-03-01', facilities } },
      as: testPrincipals.admin,
    });
    expect(district.errors?.[0]?.extensions?.problems).toEqual([
      { field: 'communeCode', rule: 'COMMUNE_LEVEL', message: 'names a district, not a commune' },
    ]);
    const other = await t.api.execute(CREATE, {
      variables: { input: { communeCode: '30175', name: 'X', establishedOn: '2012-03-01', facilities } },
      as: scopedAs(f.duyTien),
    });
    expect(codeOf(other)).toBe('FORBIDDEN');
  });
});
