/**
 * The commune survey as a data set: EDUCATION_SURVEY's elements are the survey's figures (each
 * code the people meeting the measure, `<code>_BASE` the people of the age group). When such a
 * report is submitted, its figures are written to the commune's survey in the same transaction,
 * so `educationStandards` and analytics read them; `recordEducationSurvey` keeps working as before
 * (the survey's especially-difficult flag is kept, as the data set does not carry it).
 */
import type { EntityManager } from '@mikro-orm/postgresql';
import { badInput } from '../common/errors.js';
import type { MutationLog } from '../common/mutate.js';
import { writeSurvey } from '../education-standards/education-standards.service.js';
import { SURVEY_CODES, type SurveyFigure } from '../education-standards/survey-codes.js';
import { validateFigures } from '../education-standards/standards.rules.js';
import { AdminUnit } from '../geography/admin-unit.entity.js';
import type { DataSetReport } from './data-set-report.entity.js';
import type { ReportValue } from './reporting.model.js';
import { termValue } from './validation.rules.js';

export const SURVEY_DATA_SET = 'EDUCATION_SURVEY';

/** The survey figures a report's values give: each code with both its count and its base. */
export function surveyFigures(values: readonly ReportValue[]): SurveyFigure[] {
  return SURVEY_CODES.flatMap(({ code }) => {
    const numerator = termValue(values, code);
    const denominator = termValue(values, `${code}_BASE`);
    return numerator === null || denominator === null ? [] : [{ code, numerator, denominator }];
  });
}

/** Writes a submitted EDUCATION_SURVEY report's figures to the commune's survey of the year. */
export async function mirrorSurvey(tx: EntityManager, log: MutationLog, report: DataSetReport): Promise<void> {
  if (report.dataSetCode !== SURVEY_DATA_SET) return;
  const figures = surveyFigures(report.values);
  const problems = validateFigures(figures);
  if (problems.length > 0) throw badInput(problems);
  const unit = await tx.findOneOrFail(AdminUnit, report.unit.id);
  await writeSurvey(tx, log, unit, { year: Number(report.period), figures });
}
