import type { FieldProblem } from '../common/errors.js';
import type { CriteriaSetDefinition, ModelKind, UnitTier } from '../criteria/criteria.model.js';
import { isModelKind } from '../criteria/criteria.enums.js';
import { validateScoreSheet } from '../criteria/rating.rules.js';
import type { AdminLevel } from '../geography/geography.enums.js';
import type { SubjectKind } from '../subjects/subject.enums.js';
import { checkSubject } from '../subjects/subject.rules.js';
import {
  checkSubjectFits,
  checkYear,
  evaluatingIndex,
  MODEL_SUBJECTS,
  storedResult,
  unitTierOf,
  type SheetResult,
} from './evaluation.rules.js';

/** The columns every import file has; any other column is an indicator code. */
export const IMPORT_COLUMNS = [
  'model',
  'year',
  'unit_code',
  'subject_code',
  'subject_name',
  'birth_year',
  'criteria_set',
] as const;
const REQUIRED_COLUMNS = ['model', 'year', 'unit_code'] as const;

/** Problems with the header line: missing required columns, repeated columns. */
export function checkHeader(header: readonly string[]): string[] {
  const problems = REQUIRED_COLUMNS.filter((c) => !header.includes(c)).map((c) => `the column "${c}" is missing`);
  const seen = new Set<string>();
  for (const column of header) {
    if (seen.has(column)) problems.push(`the column "${column}" appears twice`);
    seen.add(column);
  }
  return problems;
}

/** A unit as the import needs it: its lineage in the row's year, with the level of each unit. */
export interface ImportUnit {
  id: string;
  level: AdminLevel;
  lineage: readonly string[];
  lineageLevels: readonly AdminLevel[];
  provinceCode: string | null;
}

export interface ImportSet {
  id: string;
  definition: CriteriaSetDefinition;
}

/** What a row is checked against, supplied by the service from the database. */
export interface ImportContext {
  today: string;
  /** The unit with this code in this year, or null. */
  unit(code: string, year: number): ImportUnit | null;
  /** The set in force for the model and year (a province's before the national one), or the named one. */
  set(choice: {
    modelKind: ModelKind;
    year: number;
    unitTier: UnitTier | null;
    provinceCode: string | null;
  }): ImportSet | null;
  setByCode(code: string): ImportSet | null;
  /** True when the score sheet must be complete (rows go in as SUBMITTED). */
  complete: boolean;
}

export interface PreparedRow extends SheetResult {
  subjectKind: SubjectKind | null;
  unitId: string;
  subjectCode: string | null;
  subjectName: string | null;
  birthYear: number | null;
  modelKind: ModelKind;
  year: number;
  lineage: readonly string[];
  evaluatingUnitId: string;
  setId: string;
  scores: Record<string, number>;
}

export type RowOutcome = { ok: true; row: PreparedRow } | { ok: false; problems: FieldProblem[] };

const cell = (record: Readonly<Record<string, string | undefined>>, column: string) => record[column]?.trim() ?? '';

/**
 * Checks one CSV record and prepares what will be written, or names every problem (field = column).
 * Pure: everything it needs from the database comes through `context`.
 */
export function prepareRow(record: Readonly<Record<string, string | undefined>>, context: ImportContext): RowOutcome {
  const problems: FieldProblem[] = [];
  const modelText = cell(record, 'model');
  const yearText = cell(record, 'year');
  const year = /^\d{4}$/.test(yearText) ? Number(yearText) : NaN;
  if (!isModelKind(modelText))
    problems.push({ field: 'model', rule: 'ENUM', message: `"${modelText}" is not a learning model` });
  if (Number.isNaN(year)) problems.push({ field: 'year', rule: 'INTEGER', message: `"${yearText}" is not a year` });
  else problems.push(...checkYear(year, context.today));
  if (problems.length > 0 || !isModelKind(modelText)) return { ok: false, problems };
  const modelKind = modelText;

  const unitCode = cell(record, 'unit_code');
  const unit = context.unit(unitCode, year);
  if (!unit)
    return {
      ok: false,
      problems: [{ field: 'unit_code', rule: 'EXISTS', message: `no unit has code "${unitCode}" in ${year}` }],
    };

  const wanted = MODEL_SUBJECTS[modelKind];
  const subjectKind = 'subject' in wanted ? wanted.subject : null;
  const subjectCode = cell(record, 'subject_code') || null;
  const subjectName = cell(record, 'subject_name') || null;
  const birthYearText = cell(record, 'birth_year');
  const birthYear = birthYearText ? Number(birthYearText) : null;
  if (subjectKind) {
    problems.push(
      ...checkSubject(
        { kind: subjectKind, code: subjectCode, name: subjectName, birthYear },
        { unitLevel: unit.level, currentYear: Number(context.today.slice(0, 4)) },
      ).map((p) => ({ ...p, field: SUBJECT_COLUMNS[p.field] ?? p.field })),
    );
  } else {
    problems.push(...checkSubjectFits(modelKind, { unitLevel: unit.level }).map((p) => ({ ...p, field: 'unit_code' })));
    if (subjectCode)
      problems.push({
        field: 'subject_code',
        rule: 'EMPTY',
        message: `must be empty: ${modelKind} rates the unit itself`,
      });
  }
  const index = evaluatingIndex(modelKind, unit.lineageLevels);
  const evaluatingUnitId = index === null ? undefined : unit.lineage[index];
  if (!evaluatingUnitId)
    problems.push({
      field: 'unit_code',
      rule: 'EVALUATING_UNIT',
      message: `${unitCode} lies in no commune in ${year}`,
    });

  const setCode = cell(record, 'criteria_set');
  const set = setCode
    ? context.setByCode(setCode)
    : context.set({
        modelKind,
        year,
        unitTier: modelKind === 'LEARNING_UNIT' ? unitTierOf(unit.level) : null,
        provinceCode: unit.provinceCode,
      });
  if (!set) {
    problems.push({
      field: 'criteria_set',
      rule: 'SET_IN_FORCE',
      message: setCode
        ? `no criteria set has code "${setCode}"`
        : `no criteria set for ${modelKind} is in force in ${year}`,
    });
    return { ok: false, problems };
  }
  if (set.definition.modelKind !== modelKind)
    problems.push({
      field: 'criteria_set',
      rule: 'SET_IN_FORCE',
      message: `${set.definition.code} rates ${set.definition.modelKind}`,
    });

  const scores: Record<string, number> = {};
  const numberProblems: FieldProblem[] = [];
  for (const [column, raw] of Object.entries(record)) {
    if ((IMPORT_COLUMNS as readonly string[]).includes(column)) continue;
    const text = raw?.trim() ?? '';
    if (text === '') continue;
    const value = Number(text.replace(',', '.'));
    if (!Number.isFinite(value))
      numberProblems.push({ field: column, rule: 'NUMBER', message: `"${text}" is not a number` });
    else scores[column] = value;
  }
  problems.push(...numberProblems);
  // Problems come back on `scores.<code>`, or `scores[i]` for an unknown code: both name a column here.
  const sheet = Object.entries(scores).map(([indicatorCode, value]) => ({ indicatorCode, value }));
  problems.push(
    ...validateScoreSheet(set.definition, sheet, { complete: context.complete }).map((p) => ({
      ...p,
      field: p.field.startsWith('scores.')
        ? p.field.slice(7)
        : (sheet[Number(/^scores\[(\d+)\]$/.exec(p.field)?.[1])]?.indicatorCode ?? p.field),
    })),
  );
  if (problems.length > 0 || !evaluatingUnitId) return { ok: false, problems };
  return {
    ok: true,
    row: {
      subjectKind,
      unitId: unit.id,
      subjectCode: subjectKind ? subjectCode : null,
      subjectName: subjectKind ? subjectName : null,
      birthYear,
      modelKind,
      year,
      lineage: unit.lineage,
      evaluatingUnitId,
      setId: set.id,
      scores,
      ...storedResult(set.definition, scores),
    },
  };
}

/** Subject rule fields → the CSV columns they come from. */
const SUBJECT_COLUMNS: Record<string, string> = {
  code: 'subject_code',
  name: 'subject_name',
  birthYear: 'birth_year',
  unitCode: 'unit_code',
};
