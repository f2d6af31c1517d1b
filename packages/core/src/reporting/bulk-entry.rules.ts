/**
 * Bulk entry of a data set as a spreadsheet, pure: the template's value columns (elements ×
 * their parts), the data validation each column's cells carry, a cell's text as the service reads
 * it, and the rows of an uploaded sheet read back through the template's key row.
 */
import type { FieldProblem } from '../common/errors.js';
import type { CategoryCombo, DataElementDefinition, DataSetDefinition, ValueType } from './reporting.model.js';

export interface TemplateColumn {
  /** `ELEMENT` (the total) or `ELEMENT.OPTION` (a part): the template's key row, as rules name terms. */
  key: string;
  element: string;
  category: string | null;
  valueType: ValueType;
  /** Vietnamese first, English beside. */
  elementLabel: string;
  partLabel: string;
}

/** One value column per element without parts; the total then each part for a disaggregated one. */
export function templateColumns(
  set: Pick<DataSetDefinition, 'elements'>,
  elements: ReadonlyMap<string, DataElementDefinition>,
  combos: ReadonlyMap<string, CategoryCombo>,
): TemplateColumn[] {
  return set.elements.flatMap((code) => {
    const e = elements.get(code);
    if (!e) return [];
    const elementLabel = `${e.name} / ${e.nameEn}`;
    const total: TemplateColumn = {
      key: code,
      element: code,
      category: null,
      valueType: e.valueType,
      elementLabel,
      partLabel: 'Tổng số / Total',
    };
    const combo = e.disaggregation ? combos.get(e.disaggregation) : undefined;
    return [
      total,
      ...(combo?.options ?? []).map((o) => ({
        ...total,
        key: `${code}.${o.code}`,
        category: o.code,
        partLabel: `${o.name} / ${o.nameEn}`,
      })),
    ];
  });
}

/** A spreadsheet data validation (the shape ExcelJS writes), without the library. */
export interface CellValidation {
  type: 'whole' | 'decimal' | 'list' | 'textLength';
  operator?: 'between' | 'greaterThanOrEqual' | 'lessThanOrEqual';
  formulae: (number | string)[];
  allowBlank: true;
  showErrorMessage: true;
  errorTitle: string;
  error: string;
}

const MAX_WHOLE = 999_999_999_999_999;

/** What a value cell of the type accepts, as Excel checks it on entry. */
export function validationOf(type: ValueType): CellValidation {
  const base = {
    allowBlank: true as const,
    showErrorMessage: true as const,
    errorTitle: 'Giá trị không hợp lệ / Invalid value',
  };
  switch (type) {
    case 'COUNT':
    case 'MONEY_VND':
      return {
        ...base,
        type: 'whole',
        operator: 'between',
        formulae: [0, MAX_WHOLE],
        error: 'Nhập số nguyên từ 0 trở lên / a whole number of 0 or more',
      };
    case 'NUMBER':
      return {
        ...base,
        type: 'decimal',
        operator: 'between',
        formulae: [-MAX_WHOLE, MAX_WHOLE],
        error: 'Nhập một số / a number',
      };
    case 'PERCENT':
      return {
        ...base,
        type: 'decimal',
        operator: 'between',
        formulae: [0, 100],
        error: 'Nhập tỷ lệ từ 0 đến 100 / a percentage from 0 to 100',
      };
    case 'BOOLEAN':
      return { ...base, type: 'list', formulae: ['"true,false"'], error: 'Chọn true hoặc false / true or false' };
    case 'TEXT':
      return {
        ...base,
        type: 'textLength',
        operator: 'lessThanOrEqual',
        formulae: [2000],
        error: 'Tối đa 2000 ký tự / at most 2000 characters',
      };
  }
}

/**
 * A cell's value as the text a report stores: numbers in full precision with a dot, booleans
 * `true`/`false`, a formula by its cached result, rich text joined, nothing as ''.
 */
export function cellText(value: unknown): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'number') return Number.isFinite(value) ? String(value) : '';
  if (typeof value === 'boolean') return value ? 'true' : 'false';
  if (typeof value === 'string') return value.trim();
  if (value instanceof Date) return value.toISOString().slice(0, 10);
  if (typeof value === 'object') {
    const o = value as { result?: unknown; richText?: { text: string }[]; text?: unknown; error?: unknown };
    if ('result' in o) return cellText(o.result);
    if (Array.isArray(o.richText))
      return o.richText
        .map((r) => r.text)
        .join('')
        .trim();
    if (typeof o.text === 'string') return o.text.trim();
  }
  return '';
}

/** One uploaded sheet as plain cells: the key row, and each data row by its number in the sheet. */
export interface SheetGrid {
  keys: readonly unknown[];
  rows: readonly { row: number; cells: readonly unknown[] }[];
}

/** Column indexes (0-based) of the fixed columns; value columns follow. */
export const CODE_COLUMN = 0;
export const NAME_COLUMN = 1;
export const VERSION_COLUMN = 2;
export const FIRST_VALUE_COLUMN = 3;
export const KEY_ROW = 3;
export const FIRST_DATA_ROW = 4;
export const MAX_IMPORT_ROWS = 12_000;

export interface ImportRow {
  row: number;
  unitCode: string;
  expectedVersion: number | null;
  values: { element: string; category: string | null; value: string; column: number }[];
}

/** A problem of one cell (column 0-based; null for the whole row or sheet). */
export interface CellProblem extends FieldProblem {
  row: number | null;
  column: number | null;
}

/**
 * The rows of a sheet read through its key row: a key that names no column of the template, a
 * column missing, a unit given twice or a version that is no whole number are problems; rows
 * without a unit code are skipped.
 */
export function readGrid(
  grid: SheetGrid,
  columns: readonly TemplateColumn[],
): { rows: ImportRow[]; problems: CellProblem[] } {
  const problems: CellProblem[] = [];
  const byKey = new Map(columns.map((c) => [c.key, c]));
  const at = new Map<number, TemplateColumn>();
  grid.keys.forEach((raw, index) => {
    if (index < FIRST_VALUE_COLUMN) return;
    const key = cellText(raw);
    if (key === '') return;
    const column = byKey.get(key);
    if (!column)
      problems.push({
        row: KEY_ROW,
        column: index,
        field: 'key',
        rule: 'COLUMN',
        message: `${key} is no column of the data set's template`,
      });
    else at.set(index, column);
  });
  const found = new Set([...at.values()].map((c) => c.key));
  for (const c of columns)
    if (!found.has(c.key))
      problems.push({
        row: KEY_ROW,
        column: null,
        field: 'key',
        rule: 'COLUMN_MISSING',
        message: `the column ${c.key} is missing: download the template again`,
      });
  if (grid.rows.length > MAX_IMPORT_ROWS)
    problems.push({
      row: null,
      column: null,
      field: 'rows',
      rule: 'MAX_ITEMS',
      message: `at most ${MAX_IMPORT_ROWS} rows`,
    });
  const seen = new Map<string, number>();
  const rows: ImportRow[] = [];
  for (const { row, cells } of grid.rows) {
    const unitCode = cellText(cells[CODE_COLUMN]);
    if (unitCode === '') continue;
    const first = seen.get(unitCode);
    if (first !== undefined) {
      problems.push({
        row,
        column: CODE_COLUMN,
        field: 'unitCode',
        rule: 'UNIQUE_UNIT',
        message: `${unitCode} is given in row ${first} already`,
      });
      continue;
    }
    seen.set(unitCode, row);
    const versionText = cellText(cells[VERSION_COLUMN]);
    if (versionText !== '' && !/^\d{1,9}$/.test(versionText)) {
      problems.push({
        row,
        column: VERSION_COLUMN,
        field: 'expectedVersion',
        rule: 'VERSION',
        message: "the version column is the template's: leave it as downloaded",
      });
      continue;
    }
    rows.push({
      row,
      unitCode,
      expectedVersion: versionText === '' ? null : Number(versionText),
      values: [...at].map(([index, c]) => ({
        element: c.element,
        category: c.category,
        value: cellText(cells[index]),
        column: index,
      })),
    });
  }
  return { rows, problems };
}

/**
 * The cell a save's problem names: `values[i]…` is the row's i-th value's column, a validation
 * rule's first left term its column, anything else the unit code.
 */
export function cellOf(row: ImportRow, field: string, ruleTerm?: string): number {
  const match = /^values\[(\d+)\]/.exec(field);
  if (match) return row.values[Number(match[1])]?.column ?? CODE_COLUMN;
  if (ruleTerm) {
    const [element, category] = ruleTerm.split('.');
    const hit = row.values.find((v) => v.element === element && v.category === (category ?? null));
    if (hit) return hit.column;
  }
  return CODE_COLUMN;
}
