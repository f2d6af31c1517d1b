/**
 * What the explorer draws from an analytics table: categories along the axis and one series per
 * measure (or per value of the second dimension), and a value per province for the tile map. Pure,
 * so the chart library only ever receives ready arrays.
 */
import type { ConsoleAnalyticsQuery } from '@hoctap/client';
import type { ChartKind } from './explorer-state.js';

export type Table = ConsoleAnalyticsQuery['analytics'];
type Cell = string | number | boolean | null;

export interface ChartData {
  categories: string[];
  series: { name: string; data: (number | null)[] }[];
  /** The first value column is a share 0–1. */
  ratio: boolean;
}

const cellsOf = (table: Table): Cell[][] => table.rows.filter((_, i) => table.rowKinds[i] === 'ROW') as Cell[][];

/** The label of a dimension column: a unit's name, else the value itself. */
function dimensionColumns(table: Table): { name: string; index: number }[] {
  const out: { name: string; index: number }[] = [];
  table.headers.forEach((h, index) => {
    if (!h.dimension || h.name === 'UNIT_NAME') return;
    const nameIndex = h.name === 'UNIT' ? table.headers.findIndex((x) => x.name === 'UNIT_NAME') : -1;
    out.push({ name: h.name, index: nameIndex >= 0 ? nameIndex : index });
  });
  return out;
}

/** Value columns as the API orders them; a share's numerator and denominator are not charted. */
export function valueColumns(table: Table): { name: string; label: string; index: number; ratio: boolean }[] {
  return table.headers.flatMap((h, index) =>
    h.dimension || /\.(numerator|denominator)$/.test(h.name) || h.type === 'BOOLEAN'
      ? []
      : [{ name: h.name, label: h.label, index, ratio: h.type === 'RATIO' }],
  );
}

const numberOr = (c: Cell | undefined): number | null => (typeof c === 'number' && Number.isFinite(c) ? c : null);

/**
 * Categories from one dimension, series from the other: for a line chart the years run along the
 * axis; otherwise the first dimension does. With one dimension each measure is a series.
 */
export function chartData(table: Table, chart: ChartKind): ChartData {
  const dims = dimensionColumns(table);
  const values = valueColumns(table);
  const rows = cellsOf(table);
  const ratio = values[0]?.ratio ?? false;
  if (dims.length === 0 || values.length === 0) return { categories: [], series: [], ratio };
  const yearFirst = chart === 'line' && dims.length === 2 && dims[1]!.name === 'YEAR';
  const [axis, split] = yearFirst ? [dims[1]!, dims[0]!] : [dims[0]!, dims[1]];
  const categories = [...new Set(rows.map((r) => String(r[axis.index] ?? '—')))];
  const at = new Map(categories.map((c, i) => [c, i]));
  if (!split)
    return {
      categories,
      ratio,
      series: values.map((v) => {
        const data: (number | null)[] = categories.map(() => null);
        for (const r of rows) data[at.get(String(r[axis.index] ?? '—'))!] = numberOr(r[v.index]);
        return { name: v.label, data };
      }),
    };
  const first = values[0]!;
  const names = [...new Set(rows.map((r) => String(r[split.index] ?? '—')))];
  return {
    categories,
    ratio,
    series: names.map((name) => {
      const data: (number | null)[] = categories.map(() => null);
      for (const r of rows)
        if (String(r[split.index] ?? '—') === name)
          data[at.get(String(r[axis.index] ?? '—'))!] = numberOr(r[first.index]);
      return { name, data };
    }),
  };
}

/**
 * The first measure's value per province code for the tile map; with years, the latest year's.
 * Null where the cell is empty (suppressed or not computable).
 */
export function provinceValues(table: Table): Map<string, number | null> {
  const unit = table.headers.findIndex((h) => h.name === 'UNIT');
  const year = table.headers.findIndex((h) => h.name === 'YEAR');
  const value = valueColumns(table)[0];
  const out = new Map<string, number | null>();
  if (unit < 0 || !value) return out;
  const rows = cellsOf(table);
  const latest = year < 0 ? null : Math.max(...rows.map((r) => Number(r[year])).filter(Number.isFinite));
  for (const r of rows) {
    if (latest !== null && Number(r[year]) !== latest) continue;
    out.set(String(r[unit]), numberOr(r[value.index]));
  }
  return out;
}
