/**
 * The evaluation form, generated from a criteria set: one section per criterion, one field per
 * indicator with the bounds the set gives. Pure, so the screen and its tests share it. What a score
 * may be is decided by the API (previewRating, createEvaluation); this module only turns typed text
 * into numbers and puts the API's problems beside the fields they name.
 */
import type { ConsoleCriteriaSetsQuery } from '@hoctap/client';
import type { FieldProblem } from './api.js';

export type CriteriaSet = ConsoleCriteriaSetsQuery['criteriaSets'][number];
export type IndicatorKind = 'POINTS' | 'PERCENT' | 'PASS_FAIL';

export interface FormField {
  /** Indicator code, also the key of the value and of `scores.<code>` problems. */
  code: string;
  label: string;
  labelEn: string | null;
  kind: IndicatorKind;
  min: number;
  max: number | null;
  optional: boolean;
}

export interface FormSection {
  code: string;
  title: string;
  titleEn: string | null;
  maxScore: number;
  fields: FormField[];
}

/** Sections and fields of a set, in the set's order. */
export function formOf(set: CriteriaSet): FormSection[] {
  return set.criteria.map((c) => ({
    code: c.code,
    title: c.title,
    titleEn: c.titleEn ?? null,
    maxScore: c.maxScore,
    fields: c.indicators.map((i) => ({
      code: i.code,
      label: i.title,
      labelEn: i.titleEn ?? null,
      kind: i.kind as IndicatorKind,
      min: i.minScore ?? 0,
      max: i.kind === 'PERCENT' ? 100 : i.kind === 'PASS_FAIL' ? 1 : (i.maxScore ?? null),
      optional: i.optional,
    })),
  }));
}

/** What was typed, by indicator code ("" for nothing yet). */
export type FormValues = Readonly<Record<string, string>>;

/** A number as typed in Vietnamese ("7,5") or English ("7.5"); null when it is not one. */
export function parseNumber(text: string): number | null {
  const t = text.trim().replace(/\s/g, '');
  if (!/^-?\d+([.,]\d+)?$/.test(t)) return null;
  return Number(t.replace(',', '.'));
}

/**
 * The score sheet of the values: filled fields only (blank ones are not scored yet). Text that is
 * not a number is a problem on its field and is left out of the sheet.
 */
export function scoresOf(
  sections: readonly FormSection[],
  values: FormValues,
): { scores: { indicatorCode: string; value: number }[]; problems: FieldProblem[] } {
  const scores: { indicatorCode: string; value: number }[] = [];
  const problems: FieldProblem[] = [];
  for (const field of sections.flatMap((s) => s.fields)) {
    const text = values[field.code] ?? '';
    if (text.trim() === '') continue;
    const value = parseNumber(text);
    if (value === null)
      problems.push({ field: `scores.${field.code}`, rule: 'NOT_A_NUMBER', message: `"${text}" is not a number` });
    else scores.push({ indicatorCode: field.code, value });
  }
  return { scores, problems };
}

/** The values of a saved sheet, as the form shows them (vi-VN decimal comma). */
export function valuesOf(scores: readonly { indicatorCode: string; value: number }[]): Record<string, string> {
  return Object.fromEntries(scores.map((s) => [s.indicatorCode, String(s.value).replace('.', ',')]));
}

/** Vietnamese first for each rule the API names; the API's English message goes beside it. */
export const RULE_LABELS: Readonly<Record<string, string>> = {
  NOT_A_NUMBER: 'Không phải là số',
  NOT_FINITE: 'Không phải là số hữu hạn',
  NEGATIVE: 'Điểm không được âm',
  ABOVE_MAX: 'Vượt quá điểm tối đa',
  NOT_PASS_FAIL: 'Chỉ nhận Đạt (1) hoặc Chưa đạt (0)',
  PERCENT_RANGE: 'Tỷ lệ phải từ 0 đến 100',
  MISSING_INDICATOR: 'Chưa chấm chỉ tiêu bắt buộc',
  DUPLICATE_INDICATOR: 'Chỉ tiêu bị chấm hai lần',
  UNKNOWN_INDICATOR: 'Chỉ tiêu không có trong bộ tiêu chí',
  MODEL_SUBJECT: 'Đối tượng không hợp với mô hình',
  RANGE: 'Ngoài khoảng cho phép',
  SET_IN_FORCE: 'Bộ tiêu chí không có hiệu lực trong năm này',
  UNIT_EXISTS: 'Đơn vị chưa/không còn tồn tại trong năm này',
  SCORES_INCOMPLETE: 'Chưa chấm đủ các chỉ tiêu',
  NOTE_REQUIRED: 'Cần ghi chú',
  REQUIRED: 'Bắt buộc',
};

/** A problem as shown beside its field: Vietnamese rule, then the API's own message. */
export const problemText = (p: FieldProblem): string =>
  RULE_LABELS[p.rule] ? `${RULE_LABELS[p.rule]} / ${p.message}` : p.message;

/** Problems by the field they name; `scores.<code>` by indicator code, the rest by their field. */
export function problemsByField(problems: readonly FieldProblem[]): Map<string, FieldProblem[]> {
  const byField = new Map<string, FieldProblem[]>();
  for (const p of problems) {
    const key = p.field.startsWith('scores.') ? p.field.slice('scores.'.length) : p.field;
    byField.set(key, [...(byField.get(key) ?? []), p]);
  }
  return byField;
}

/**
 * While a sheet is being filled, the preview refuses it for every indicator not scored yet; those
 * are not mistakes, so they are counted apart and the other problems shown beside their fields.
 */
export function splitPreviewProblems(problems: readonly FieldProblem[]): {
  missing: string[];
  shown: FieldProblem[];
} {
  const missing = problems.filter((p) => p.rule === 'MISSING_INDICATOR').map((p) => p.field.replace(/^scores\./, ''));
  return { missing, shown: problems.filter((p) => p.rule !== 'MISSING_INDICATOR') };
}
