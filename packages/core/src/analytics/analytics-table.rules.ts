/**
 * Assembles the result table from what each fetch returned: merges the fetches on their
 * dimension values, divides indicators, suppresses small cells, adds totals and subtotals, sorts
 * and limits. Pure: the hand-computed tests exercise it without a database.
 */
import type { AnalyticsPlan, PlannedColumn } from './analytics-query.rules.js';
import {
  complementaryBlanks,
  published,
  ROUNDING_BASE,
  tooSmall,
  type Part,
  type SumRelation,
} from './analytics-suppression.rules.js';
import type { AnalyticsTable, Cell, DimensionSpec, Header, RowKind, SortSpec } from './analytics.model.js';

/** One grouped row of a fetch: its dimension values (units by id), the value and how many people it counts. */
export interface FetchedRow {
  readonly keys: Readonly<Partial<Record<string, string | number>>>;
  readonly value: number;
  /** People (or records) behind the value, for suppression. */
  readonly support: number;
  /** A share of a unit split over successors without weights. */
  readonly approximate?: boolean;
}

export interface TableOptions {
  /** Blank cells counting 1–4 people: the caller may not see the rows. */
  readonly suppress: boolean;
  readonly sort?: readonly SortSpec[];
  readonly limit?: number;
  readonly totals?: boolean;
  readonly subtotals?: boolean;
  /** Code and name of each unit id that appears. */
  readonly units: ReadonlyMap<string, { code: string; name: string }>;
  /** Labels of plugin-defined dimensions, by code. */
  readonly dimensionLabels?: ReadonlyMap<string, string>;
}

export { SMALL_CELL } from './analytics-suppression.rules.js';

const DIMENSION_LABELS: Record<string, string> = {
  UNIT: 'Unit code',
  YEAR: 'Year',
  MODEL: 'Learning model',
  RATING: 'Rating',
  STATE: 'Workflow state',
  SUBJECT_KIND: 'Subject kind',
  SURVEY_CODE: 'Survey figure',
  STANDARD: 'Standard',
  DONOR_TYPE: 'Donor type',
  FUND_ENTRY_KIND: 'Fund entry kind',
  DATA_SET: 'Bộ dữ liệu / Data set',
  PERIOD: 'Kỳ báo cáo / Period',
  DATA_ELEMENT: 'Chỉ tiêu / Data element',
  CATEGORY: 'Phân tổ / Category',
};

/**
 * A row's dimension values as one map key. A dimension's values are all strings or all numbers,
 * and none holds the control characters used here, so the key is unambiguous; built by hand
 * because it runs for every fetched row and JSON.stringify dominated the table's cost.
 */
function keyOf(keys: Readonly<Partial<Record<string, string | number | null>>>, dims: readonly DimensionSpec[]) {
  let key = '';
  for (const d of dims) {
    const v = keys[d.dimension];
    key += v === null || v === undefined ? '\u0000\u0001' : `${v}\u0001`;
  }
  return key;
}

export function buildTable(
  plan: AnalyticsPlan,
  data: ReadonlyMap<string, readonly FetchedRow[]>,
  options: TableOptions,
): AnalyticsTable {
  const dims = plan.dimensions;
  const rolled = dims.some((d) => d.dimension === 'UNIT' && d.map === 'CURRENT');
  // Index every fetch by its own dimensions; a fetch lacking one (a broadcast denominator) is read by projection.
  const indexes = new Map<string, { dims: readonly DimensionSpec[]; byKey: Map<string, Part> }>();
  for (const fetch of plan.fetches) {
    const own = dims.filter((d) => fetch.dimensions.some((f) => f.dimension === d.dimension));
    const byKey = new Map<string, Part>();
    for (const row of data.get(fetch.key) ?? []) {
      const key = keyOf(row.keys, own);
      const part = byKey.get(key) ?? { value: 0, support: 0, approximate: false };
      part.value += row.value;
      part.support += row.support;
      part.approximate ||= row.approximate ?? false;
      byKey.set(key, part);
    }
    indexes.set(fetch.key, { dims: own, byKey });
  }
  // Rows: every combination of dimension values some full fetch returned.
  const rowKeys = new Map<string, Record<string, string | number | null>>();
  for (const fetch of plan.fetches) {
    if (fetch.dimensions.length !== dims.length) continue;
    for (const row of data.get(fetch.key) ?? []) {
      const key = keyOf(row.keys, dims);
      if (!rowKeys.has(key))
        rowKeys.set(key, Object.fromEntries(dims.map((d) => [d.dimension, row.keys[d.dimension] ?? null])));
    }
  }
  if (dims.length === 0) rowKeys.set('', {});

  const partOf = (fetchKey: string, values: Record<string, string | number | null>): Part => {
    const index = indexes.get(fetchKey)!;
    return index.byKey.get(keyOf(values, index.dims)) ?? { value: 0, support: 0, approximate: false };
  };

  type Row = { values: Record<string, string | number | null>; parts: Map<string, Part> };
  const rows: Row[] = [...rowKeys.values()].map((values) => ({
    values,
    parts: new Map(plan.fetches.map((f) => [f.key, partOf(f.key, values)])),
  }));

  const headers = headersOf(plan, rolled, options.dimensionLabels);
  // Totals and subtotals sum every row, not only those the limit shows.
  const first = dims[0];
  const groupOf = (row: Row) => JSON.stringify(row.values[first!.dimension] ?? null);
  const groups = new Map<string, Row[]>();
  if (options.subtotals && first && dims.length > 1)
    for (const row of rows) groups.set(groupOf(row), [...(groups.get(groupOf(row)) ?? []), row]);
  const subtotals = new Map(
    [...groups].map(([key, group]): [string, Row] => [
      key,
      {
        values: {
          ...Object.fromEntries(dims.map((d) => [d.dimension, null])),
          [first!.dimension]: group[0]!.values[first!.dimension] ?? null,
        },
        parts: sumParts(group, plan),
      },
    ]),
  );
  const total: Row | null = options.totals && dims.length > 0 ? { values: {}, parts: sumParts(rows, plan) } : null;
  const relations: SumRelation<Row>[] = [
    ...[...groups].map(([key, terms]) => ({ sum: subtotals.get(key)!, terms })),
    ...(total ? [{ sum: total, terms: subtotals.size > 0 ? [...subtotals.values()] : rows }] : []),
  ];
  const extraBlanks = options.suppress ? complementaryBlanks(relations, plan.columns) : new Map<Row, Set<number>>();
  let suppressedCells = 0;
  let complementaryCells = 0;
  // A data row is rendered once: for sorting, then emitted from the same cells.
  type Rendered = { cells: Cell[]; suppressed: number; complementary: number };
  const renderedRows = new Map<Row, Rendered>();
  const render = (row: Row, kind: RowKind): Rendered => {
    const hit = kind === 'ROW' ? renderedRows.get(row) : undefined;
    if (hit) return hit;
    const cells: Cell[] = [];
    for (const d of dims) {
      const v = row.values[d.dimension] ?? null;
      if (d.dimension === 'UNIT') {
        const unit = typeof v === 'string' ? options.units.get(v) : undefined;
        cells.push(kind === 'TOTAL' ? null : (unit?.code ?? v), kind === 'TOTAL' ? 'Total' : (unit?.name ?? null));
      } else cells.push(kind === 'TOTAL' ? null : v);
    }
    let suppressed = 0;
    let complementary = 0;
    plan.columns.forEach((column, i) => {
      const small = options.suppress && tooSmall(column, row.parts);
      const protecting = !small && (extraBlanks.get(row)?.has(i) ?? false);
      if (small) suppressed++;
      if (protecting) complementary++;
      const rounded = options.suppress && (column.kind === 'BASE' ? column.measure.countsPeople : column.countsPeople);
      cells.push(...cellsOf(column, row.parts, small || protecting ? 'BLANK' : rounded ? 'ROUNDED' : 'EXACT'));
    });
    if (rolled) cells.push([...row.parts.values()].some((p) => p.approximate));
    const rendered = { cells, suppressed, complementary };
    if (kind === 'ROW') renderedRows.set(row, rendered);
    return rendered;
  };

  const sorted = sortRows(rows, options.sort, headers, (r) => render(r, 'ROW').cells);
  const totalRows = sorted.length;
  const limited = options.limit !== undefined ? sorted.slice(0, options.limit) : sorted;
  const out: Cell[][] = [];
  const kinds: RowKind[] = [];
  // Only what is shown counts as suppressed: rows cut by the limit do not.
  const emit = (row: Row, kind: RowKind) => {
    const { cells, suppressed, complementary } = render(row, kind);
    out.push(cells);
    kinds.push(kind);
    suppressedCells += suppressed + complementary;
    complementaryCells += complementary;
  };
  const defaultOrder = !options.sort?.length;
  if (groups.size > 0) {
    const shown = new Map<string, Row[]>();
    for (const row of limited) shown.set(groupOf(row), [...(shown.get(groupOf(row)) ?? []), row]);
    if (defaultOrder) {
      for (const [key, group] of shown) {
        for (const row of group) emit(row, 'ROW');
        emit(subtotals.get(key)!, 'SUBTOTAL');
      }
    } else {
      for (const row of limited) emit(row, 'ROW');
      for (const key of shown.keys()) emit(subtotals.get(key)!, 'SUBTOTAL');
    }
  } else for (const row of limited) emit(row, 'ROW');
  if (total) emit(total, 'TOTAL');
  const roundedTo =
    options.suppress && plan.columns.some((c) => (c.kind === 'BASE' ? c.measure.countsPeople : c.countsPeople))
      ? ROUNDING_BASE
      : null;
  return { headers, rows: out, rowKinds: kinds, suppressedCells, complementaryCells, roundedTo, totalRows, notes: [] };
}

function sumParts(rows: readonly { parts: Map<string, Part> }[], plan: AnalyticsPlan): Map<string, Part> {
  const sums = new Map<string, Part>(plan.fetches.map((f) => [f.key, { value: 0, support: 0, approximate: false }]));
  for (const row of rows)
    for (const [key, part] of row.parts) {
      const s = sums.get(key)!;
      s.value += part.value;
      s.support += part.support;
      s.approximate ||= part.approximate;
    }
  return sums;
}

/** A column's cells in a row: blank, rounded to the base (counts of people, for callers who may not see rows), or exact. */
function cellsOf(column: PlannedColumn, parts: Map<string, Part>, shown: 'BLANK' | 'ROUNDED' | 'EXACT'): Cell[] {
  const value = (fetch: string) => {
    const v = parts.get(fetch)!.value;
    return shown === 'ROUNDED' ? published(v) : round(v);
  };
  if (column.kind === 'BASE') return shown === 'BLANK' ? [null] : [value(column.fetch)];
  if (shown === 'BLANK') return [null, null, null];
  const n = value(column.numerator);
  const d = value(column.denominator);
  return [d > 0 ? n / d : null, n, d];
}

/** Counts split over successors by weight can be fractional; two decimals keep totals honest. */
const round = (v: number) => (Number.isInteger(v) ? v : Math.round(v * 100) / 100);

function headersOf(plan: AnalyticsPlan, rolled: boolean, labels?: ReadonlyMap<string, string>): Header[] {
  const headers: Header[] = [];
  for (const d of plan.dimensions) {
    if (d.dimension === 'UNIT') {
      const where = `${d.level?.toLowerCase()}, ${d.map === 'CURRENT' ? "on today's map" : "on the map of the data's year"}`;
      headers.push({ name: 'UNIT', label: `Unit code (${where})`, type: 'UNIT', dimension: true });
      headers.push({ name: 'UNIT_NAME', label: 'Unit', type: 'TEXT', dimension: true });
    } else if (d.dimension === 'PLUGIN') {
      const code = d.pluginDimension ?? 'PLUGIN';
      headers.push({ name: code, label: labels?.get(code) ?? code, type: 'TEXT', dimension: true });
    } else
      headers.push({
        name: d.dimension,
        label: DIMENSION_LABELS[d.dimension] ?? d.dimension,
        type: d.dimension === 'YEAR' ? 'INTEGER' : 'TEXT',
        dimension: true,
      });
  }
  const number = rolled ? 'NUMBER' : 'INTEGER';
  for (const c of plan.columns) {
    if (c.kind === 'BASE') headers.push({ name: c.code, label: c.measure.label, type: number, dimension: false });
    else
      headers.push(
        { name: c.code, label: c.code, type: 'RATIO', dimension: false },
        { name: `${c.code}.numerator`, label: `${c.code} numerator`, type: number, dimension: false },
        { name: `${c.code}.denominator`, label: `${c.code} denominator`, type: number, dimension: false },
      );
  }
  if (rolled)
    headers.push({
      name: 'APPROXIMATE',
      label: 'Approximate (split without weights)',
      type: 'BOOLEAN',
      dimension: false,
    });
  return headers;
}

function sortRows<R>(
  rows: R[],
  sort: readonly SortSpec[] | undefined,
  headers: readonly Header[],
  render: (row: R) => Cell[],
): R[] {
  const rendered = rows.map((row) => ({ row, cells: render(row) }));
  const specs: { index: number; direction: 1 | -1 }[] = sort?.length
    ? sort.map((s) => ({
        index: headers.findIndex((h) => h.name === s.by),
        direction: s.direction === 'DESC' ? -1 : 1,
      }))
    : headers.flatMap((h, index) => (h.dimension && h.name !== 'UNIT_NAME' ? [{ index, direction: 1 as const }] : []));
  rendered.sort((a, b) => {
    for (const { index, direction } of specs) {
      const c = compare(a.cells[index] ?? null, b.cells[index] ?? null);
      if (c !== 0) return c * direction;
    }
    return 0;
  });
  return rendered.map((r) => r.row);
}

/** Values in order, nulls after them (ascending). */
function compare(a: Cell, b: Cell): number {
  if (a === b) return 0;
  if (a === null) return 1;
  if (b === null) return -1;
  if (typeof a === 'number' && typeof b === 'number') return a - b;
  return VIETNAMESE.compare(String(a), String(b));
}

/** One collator for every comparison: `localeCompare` with a locale builds one per call. */
const VIETNAMESE = new Intl.Collator('vi');
