/**
 * The data-set report form: one cell per data element and category option, in the set's order.
 * Pure; the API checks the values (types, validation rules) and names the `values[i]` it refuses,
 * which this module maps back to the cell that was sent as the i-th value.
 */
import type { ConsoleDataSetFormsQuery } from '@hoctap/client';
import type { FieldProblem } from './api.js';

export type DataSetForm = ConsoleDataSetFormsQuery['dataSets'][number];

export interface ReportCell {
  /** `element` or `element.category`, as the import template names columns. */
  key: string;
  element: string;
  category: string | null;
  label: string;
  labelEn: string;
  valueType: string;
}

export const cellKey = (element: string, category: string | null | undefined) =>
  category ? `${element}.${category}` : element;

/** The cells of a data set: an element without disaggregation has one, else one per option. */
export function cellsOf(set: DataSetForm): ReportCell[] {
  return set.elements.flatMap((e): ReportCell[] =>
    e.disaggregation && e.disaggregation.options.length > 0
      ? e.disaggregation.options.map((o) => ({
          key: cellKey(e.code, o.code),
          element: e.code,
          category: o.code,
          label: `${e.name} — ${o.name}`,
          labelEn: `${e.nameEn} — ${o.nameEn}`,
          valueType: e.valueType,
        }))
      : [{ key: e.code, element: e.code, category: null, label: e.name, labelEn: e.nameEn, valueType: e.valueType }],
  );
}

/** The filled cells as the mutation's values, and for each sent value the key of its cell. */
export function valuesOf(
  cells: readonly ReportCell[],
  typed: Readonly<Record<string, string>>,
): { values: { element: string; category: string | null; value: string }[]; keys: string[] } {
  const filled = cells.filter((c) => (typed[c.key] ?? '').trim() !== '');
  return {
    values: filled.map((c) => ({ element: c.element, category: c.category, value: typed[c.key]!.trim() })),
    keys: filled.map((c) => c.key),
  };
}

/** Problems by cell key (`values[i]…` → the i-th key sent); others by their own field. */
export function reportProblems(
  problems: readonly FieldProblem[],
  keys: readonly string[],
): Map<string, FieldProblem[]> {
  const out = new Map<string, FieldProblem[]>();
  for (const p of problems) {
    const match = /^values\[(\d+)\]/.exec(p.field);
    const key = match ? (keys[Number(match[1])] ?? p.field) : p.field;
    out.set(key, [...(out.get(key) ?? []), p]);
  }
  return out;
}
