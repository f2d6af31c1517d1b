import { useTestApi } from '@hoctap/plugin-sdk/testing';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Principal } from '../auth/principal.js';
import { addEvaluationFixture, scopedAs } from '../evaluations/evaluation.test-helpers.js';
import { refreshStandardResults } from './standard-results.service.js';
import { STANDARD_CODES } from './standards.data.js';

const t = useTestApi();
let f: Awaited<ReturnType<typeof addEvaluationFixture>>;
let officer: Principal;

const RECORD = `mutation ($input: EducationSurveyInput!) { recordEducationSurvey(input: $input) { id version } }`;

/** Commune 30175's stored results for a year, by standard: [met, rule version]. */
async function stored(year: number): Promise<Record<string, [boolean, string]>> {
  const rows = await t.db.orm.em.fork().execute<{ standard: string; met: boolean; rule_version: string }[]>(
    `select r.standard, r.met, r.rule_version from analytics_standard_results r
     join education_survey e on e.id = r.survey_id join admin_unit u on u.id = e.unit_id
     where u.code = '30175' and e.year = ? order by r.standard`,
    [year],
  );
  return Object.fromEntries(rows.map((r) => [r.standard, [r.met, r.rule_version]]));
}

async function record(year: number, numerator: number, expectedVersion?: number) {
  const r = await t.api.execute<{ recordEducationSurvey: { id: string; version: number } }>(RECORD, {
    variables: {
      input: {
        unitCode: '30175',
        year,
        especiallyDifficult: false,
        figures: [{ code: 'LITERACY1_15_35', numerator, denominator: 1000 }],
        ...(expectedVersion === undefined ? {} : { expectedVersion }),
      },
    },
    as: officer,
  });
  expect(r.errors).toBeUndefined();
  return r.data!.recordEducationSurvey;
}

beforeAll(async () => {
  f = await addEvaluationFixture(t.db.orm.em.fork());
  officer = scopedAs(f.commune);
});

describe('stored standards results', () => {
  it('are written with the survey and follow each change of its figures', async () => {
    const first = await record(2023, 900);
    const met = await stored(2023);
    // Every standard has a result; literacy level 1 is met at 90%, and the rule version is the year's.
    expect(Object.keys(met).sort()).toEqual([...STANDARD_CODES].sort());
    expect(met.LITERACY_1).toEqual([true, 'nd20-2014']);
    expect(met.LITERACY_2).toEqual([false, 'nd20-2014']);
    await record(2023, 899, first.version);
    expect((await stored(2023)).LITERACY_1).toEqual([false, 'nd20-2014']);
  });

  it('are judged like educationStandards: a commune that ended on 30/6/2025 under the rules before the reform', async () => {
    await record(2025, 900);
    expect((await stored(2025)).LITERACY_1).toEqual([true, 'nd20-2014']);
  });

  it('are deleted by a write around the service, and computed again by the refresh, once', async () => {
    await record(2022, 950);
    const em = t.db.orm.em.fork();
    await em.execute(
      `update survey_figure set numerator = 100 where survey_id in (
         select e.id from education_survey e join admin_unit u on u.id = e.unit_id where u.code = '30175' and e.year = 2022)`,
    );
    // A stale result is never read: the trigger removed it.
    expect(await stored(2022)).toEqual({});
    const lines: string[] = [];
    expect(await refreshStandardResults(em, (line) => lines.push(line))).toBe(1);
    expect(lines).toEqual(['Standards results 2022: 1 survey(s) assessed.']);
    expect((await stored(2022)).LITERACY_1).toEqual([false, 'nd20-2014']);
    expect(await refreshStandardResults(em)).toBe(0);
  });

  it('leave a survey with figures the service would refuse without results instead of failing the refresh', async () => {
    await record(2021, 950);
    const em = t.db.orm.em.fork();
    await em.execute(
      `update survey_figure set numerator = denominator + 1 where survey_id in (
         select e.id from education_survey e join admin_unit u on u.id = e.unit_id where u.code = '30175' and e.year = 2021)`,
    );
    await expect(refreshStandardResults(em)).resolves.toBe(1);
    expect(await stored(2021)).toEqual({});
  });
});
