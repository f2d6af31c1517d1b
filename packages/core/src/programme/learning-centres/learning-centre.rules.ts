import type { FieldProblem } from '../../common/errors.js';
import type { CentreFacilities, CentreYear } from './learning-centre.entity.js';

export interface CentreDraft {
  name?: string | null | undefined;
  establishedOn?: string | null | undefined;
  closedOn?: string | null | undefined;
  facilities?: CentreFacilities | null | undefined;
}

/** A centre has a name, a founding date not in the future, and counts that are whole and non-negative. */
export function checkCentre(draft: CentreDraft, today: string): FieldProblem[] {
  const problems: FieldProblem[] = [];
  if (draft.name !== undefined && (!draft.name?.trim() || draft.name.length > 200))
    problems.push({ field: 'name', rule: 'LENGTH', message: 'must have 1 to 200 characters' });
  if (draft.establishedOn && draft.establishedOn > today)
    problems.push({ field: 'establishedOn', rule: 'NOT_FUTURE', message: 'must not be in the future' });
  if (draft.establishedOn && draft.closedOn && draft.closedOn < draft.establishedOn)
    problems.push({ field: 'closedOn', rule: 'AFTER_ESTABLISHED', message: 'must not be before establishedOn' });
  for (const field of ['rooms', 'computers'] as const) {
    const value = draft.facilities?.[field];
    if (value !== undefined && (!Number.isInteger(value) || value < 0))
      problems.push({
        field: `facilities.${field}`,
        rule: 'NON_NEGATIVE_INTEGER',
        message: 'must be a whole number ≥ 0',
      });
  }
  return problems;
}

/** A year's report: a year the centre was open, a whole number of participants, named activities. */
export function checkCentreYear(
  report: CentreYear,
  centre: { establishedOn: string; closedOn?: string | null },
  today: string,
): FieldProblem[] {
  const problems: FieldProblem[] = [];
  const current = Number(today.slice(0, 4));
  const opened = Number(centre.establishedOn.slice(0, 4));
  const closed = centre.closedOn ? Number(centre.closedOn.slice(0, 4)) : current;
  if (!Number.isInteger(report.year) || report.year < opened || report.year > Math.min(closed, current))
    problems.push({
      field: 'year',
      rule: 'OPEN_YEAR',
      message: `must be a year the centre was open (${opened}–${Math.min(closed, current)})`,
    });
  if (!Number.isInteger(report.participants) || report.participants < 0)
    problems.push({ field: 'participants', rule: 'NON_NEGATIVE_INTEGER', message: 'must be a whole number ≥ 0' });
  report.activities.forEach((a, i) => {
    if (!a.trim()) problems.push({ field: `activities[${i}]`, rule: 'REQUIRED', message: 'must not be empty' });
  });
  return problems;
}

/** Records a year's report, replacing an earlier one for the same year; years stay in order. */
export function withYear(years: readonly CentreYear[], report: CentreYear): CentreYear[] {
  return [...years.filter((y) => y.year !== report.year), report].sort((a, b) => a.year - b.year);
}
