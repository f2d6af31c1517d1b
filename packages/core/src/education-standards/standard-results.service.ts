import type { EntityManager } from '@mikro-orm/postgresql';
import { uuidArray } from '../geography/geography.service.js';
import { ruleVersionForYear } from './rollup.rules.js';
import { STANDARDS_RULE_VERSIONS, type StandardsRuleVersion } from './standards.data.js';
import { evaluateCommuneStandards, validateFigures } from './standards.rules.js';
import type { SurveyFigure } from './survey-codes.js';

/** A commune's survey as the standards rules read it. */
export interface SurveyToAssess {
  readonly id: string;
  readonly year: number;
  /** The commune's last day, if it has ended: a year it ended in is judged on that day. */
  readonly unitValidTo: string | null;
  readonly especiallyDifficult: boolean;
  readonly figures: readonly SurveyFigure[];
}

const BATCH = 2000;

const versionOf = (survey: Pick<SurveyToAssess, 'year' | 'unitValidTo'>): StandardsRuleVersion | undefined =>
  ruleVersionForYear(STANDARDS_RULE_VERSIONS, survey.year, survey.unitValidTo);

/**
 * Figures the service would have refused (written around it) are not assessed: the rules throw
 * on them, and one bad row must not stop the server from starting.
 */
function assessable(survey: SurveyToAssess): boolean {
  return validateFigures(survey.figures).length === 0;
}

/**
 * Writes each survey's standards, met or not, for analytics (`analytics_standard_results`), with
 * where its commune stood that year. Runs in the caller's transaction: the survey service calls
 * it after flushing the figures, so a survey and its results are committed together. A year no
 * rule version covers gets no results. Returns the number of surveys given results.
 */
export async function storeStandardResults(em: EntityManager, surveys: readonly SurveyToAssess[]): Promise<number> {
  if (surveys.length === 0) return 0;
  const rows = surveys.flatMap((survey) => {
    const version = versionOf(survey);
    if (!version || !assessable(survey)) return [];
    return evaluateCommuneStandards(version, survey).map((r) => ({
      survey_id: survey.id,
      standard: r.standard,
      rule_version: version.id,
      met: r.met,
    }));
  });
  await em.execute(`delete from analytics_standard_results where survey_id = any(?::uuid[])`, [
    uuidArray(surveys.map((s) => s.id)),
  ]);
  if (rows.length === 0) return 0;
  await em.execute(
    `insert into analytics_standard_results
       (survey_id, standard, year, rule_version, met, province_id, district_id, commune_id)
     select x.survey_id, x.standard, e.year, x.rule_version, x.met, uy.province_id, uy.district_id, uy.commune_id
     from jsonb_to_recordset(?::jsonb) as x(survey_id uuid, standard text, rule_version text, met boolean)
     join education_survey e on e.id = x.survey_id
     left join analytics_unit_year uy on uy.unit_id = e.unit_id and uy.year = e.year`,
    [JSON.stringify(rows)],
  );
  return new Set(rows.map((r) => r.survey_id)).size;
}

/**
 * Computes the results of every survey that has none under its year's rule version: surveys
 * written before results existed or by a bulk load, figures changed outside the survey service
 * (a trigger deleted their results), or a rule version added since. Idempotent: a second run
 * finds nothing to do. Returns the number of surveys assessed.
 */
export async function refreshStandardResults(
  em: EntityManager,
  progress: (line: string) => void = () => undefined,
): Promise<number> {
  // Surveys of a year share a rule version unless their commune ended during it: one group per end.
  const groups = await em.execute<{ year: number; valid_to: string | null }[]>(
    `select distinct e.year, to_char(u.valid_to, 'YYYY-MM-DD') as valid_to
     from education_survey e join admin_unit u on u.id = e.unit_id order by 1, 2`,
  );
  const byYear = Map.groupBy(groups, (g) => g.year);
  let assessed = 0;
  for (const [year, ends] of byYear) {
    let inYear = 0;
    for (const { valid_to: unitValidTo } of ends) inYear += await refreshGroup(em, { year, unitValidTo });
    if (inYear > 0) progress(`Standards results ${year}: ${inYear.toLocaleString('en')} survey(s) assessed.`);
    assessed += inYear;
  }
  // A bulk refresh changes the table's statistics enough for the planner to notice.
  if (assessed > BATCH) await em.execute('analyze analytics_standard_results');
  return assessed;
}

/** The surveys of one year and commune end that lack results under their version, in batches. */
async function refreshGroup(em: EntityManager, group: Pick<SurveyToAssess, 'year' | 'unitValidTo'>): Promise<number> {
  const version = versionOf(group);
  if (!version) return 0;
  let after = '00000000-0000-0000-0000-000000000000';
  let assessed = 0;
  for (;;) {
    const batch = await em.execute<
      { id: string; especially_difficult: boolean; figures: [string, number, number][] }[]
    >(
      `select e.id, e.especially_difficult,
         coalesce(json_agg(json_build_array(f.code, f.numerator, f.denominator)) filter (where f.id is not null), '[]') as figures
       from education_survey e join admin_unit u on u.id = e.unit_id
       left join survey_figure f on f.survey_id = e.id
       where e.year = ? and u.valid_to is not distinct from ?::date and e.id > ?::uuid
         and not exists (select 1 from analytics_standard_results r where r.survey_id = e.id and r.rule_version = ?)
       group by e.id order by e.id limit ?`,
      [group.year, group.unitValidTo, after, version.id, BATCH],
    );
    if (batch.length === 0) return assessed;
    await em.transactional((tx) =>
      storeStandardResults(
        tx,
        batch.map((s) => ({
          ...group,
          id: s.id,
          especiallyDifficult: s.especially_difficult,
          figures: s.figures.map(([code, numerator, denominator]) => ({ code, numerator, denominator })),
        })),
      ),
    );
    assessed += batch.length;
    after = batch.at(-1)!.id;
  }
}
