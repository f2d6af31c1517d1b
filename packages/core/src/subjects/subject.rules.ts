import type { FieldProblem } from '../common/errors.js';
import { AdminLevel } from '../geography/geography.enums.js';
import { SubjectKind } from './subject.enums.js';

export const SUBJECT_CODE_MAX = 50;
export const SUBJECT_NAME_MAX = 200;
export const EARLIEST_BIRTH_YEAR = 1900;

export interface SubjectDraft {
  kind: SubjectKind;
  code?: string | null | undefined;
  name?: string | null | undefined;
  birthYear?: number | null | undefined;
  householdCode?: string | null | undefined;
  organisationKind?: string | null | undefined;
}

/** Which tiers a subject may hang from: people and families live in villages or communes; organisations are managed by a commune, district or province. */
export const ALLOWED_LEVELS: Record<SubjectKind, readonly AdminLevel[]> = {
  HOUSEHOLD: [AdminLevel.VILLAGE, AdminLevel.COMMUNE],
  CLAN: [AdminLevel.VILLAGE, AdminLevel.COMMUNE],
  CITIZEN: [AdminLevel.VILLAGE, AdminLevel.COMMUNE],
  ORGANISATION: [AdminLevel.COMMUNE, AdminLevel.DISTRICT, AdminLevel.PROVINCE],
};

/**
 * Checks a new subject or a change to one (`partial`: only the fields given). Personal data is
 * minimal: a birth year is accepted for citizens only, and nothing else about a person is kept.
 */
export function checkSubject(
  draft: SubjectDraft,
  context: { unitLevel: AdminLevel | null; currentYear: number; partial?: boolean },
): FieldProblem[] {
  const problems: FieldProblem[] = [];
  const required = (field: 'code' | 'name', max: number) => {
    const value = draft[field];
    if (value === undefined || value === null) {
      if (!context.partial) problems.push({ field, rule: 'REQUIRED', message: 'is required' });
    } else if (value.trim() === '') problems.push({ field, rule: 'REQUIRED', message: 'must not be empty' });
    else if (value.trim().length > max)
      problems.push({ field, rule: 'MAX_LENGTH', message: `must be at most ${max} characters` });
  };
  required('code', SUBJECT_CODE_MAX);
  required('name', SUBJECT_NAME_MAX);
  if (draft.birthYear !== undefined && draft.birthYear !== null) {
    if (draft.kind !== SubjectKind.CITIZEN)
      problems.push({ field: 'birthYear', rule: 'CITIZENS_ONLY', message: 'is kept for citizens only' });
    else if (draft.birthYear < EARLIEST_BIRTH_YEAR || draft.birthYear > context.currentYear)
      problems.push({
        field: 'birthYear',
        rule: 'RANGE',
        message: `must be between ${EARLIEST_BIRTH_YEAR} and ${context.currentYear}`,
      });
  }
  if (draft.householdCode && draft.kind !== SubjectKind.CITIZEN)
    problems.push({ field: 'householdCode', rule: 'CITIZENS_ONLY', message: 'is for citizens only' });
  if (draft.organisationKind && draft.kind !== SubjectKind.ORGANISATION)
    problems.push({ field: 'organisationKind', rule: 'ORGANISATIONS_ONLY', message: 'is for organisations only' });
  if (!context.partial) {
    if (context.unitLevel === null)
      problems.push({ field: 'unitCode', rule: 'EXISTS', message: 'names no administrative unit on that date' });
    else if (!ALLOWED_LEVELS[draft.kind].includes(context.unitLevel))
      problems.push({
        field: 'unitCode',
        rule: 'UNIT_LEVEL',
        message: `a ${draft.kind.toLowerCase()} belongs to a ${ALLOWED_LEVELS[draft.kind].join(' or ').toLowerCase()}, not a ${context.unitLevel.toLowerCase()}`,
      });
  }
  return problems;
}
