/**
 * Small-cell suppression for callers who may not see individual records: which cells single out
 * 1–4 people, and which others must be blanked too so that no blank can be worked out from a
 * total shown. Pure, like the table assembly that uses it.
 */
import type { PlannedColumn } from './analytics-query.rules.js';

export const SMALL_CELL = 5;

/** A fetch's value in one row, and how many people (or records) it counts. */
export interface Part {
  value: number;
  support: number;
  approximate: boolean;
}

/**
 * Counts of people shown to a caller who may not see the rows are rounded to a multiple of 5, as
 * statistics offices publish them (ONS, Stats NZ): blanking cells of 1–4 people alone can be undone
 * by differencing two queries (a unit's total minus the total of every other kind), but the
 * difference of two multiples of 5 is never 1–4. Shares are computed from the rounded counts,
 * so a share and its parts agree.
 */
export const ROUNDING_BASE = 5;

export const published = (n: number) => Math.round(n / ROUNDING_BASE) * ROUNDING_BASE;

/** Whether a count of people would single out fewer than 5 of them. */
export const small = (n: number) => n > 0 && n < SMALL_CELL;

/** Whether the column's cell in a row singles out 1–4 people (for an indicator, also "all but 1–4"). */
export function tooSmall(column: PlannedColumn, parts: ReadonlyMap<string, Part>): boolean {
  if (column.kind === 'BASE') return column.measure.countsPeople && small(parts.get(column.fetch)!.support);
  const n = parts.get(column.numerator)!;
  const d = parts.get(column.denominator)!;
  return column.countsPeople && (small(n.support) || small(d.support) || small(d.value - n.value));
}

const countsPeople = (column: PlannedColumn) =>
  column.kind === 'BASE' ? column.measure.countsPeople : column.countsPeople;

/** What a blank costs the reader: the count it hides (an indicator's denominator). */
function sizeOf(column: PlannedColumn, parts: ReadonlyMap<string, Part>): number {
  return parts.get(column.kind === 'BASE' ? column.fetch : column.denominator)!.value;
}

/** A row shown as the sum of others: a total of subtotals or rows, a subtotal of its rows. */
export interface SumRelation<R> {
  readonly sum: R;
  readonly terms: readonly R[];
}

/**
 * The cells to blank besides the small ones, by row and column index. A sum and its terms must
 * not hold exactly one blank in a column: the others would give it back (a total minus the
 * rows shown, or a subtotal's rows added up). Such a relation also blanks its smallest other
 * cell in that column (a non-zero one first, since a zero hides nothing), and the relations are
 * checked again until none has a lone blank, because a blank added for one can leave another
 * with one (a row shared by a subtotal and the total, a subtotal that is also a term of the total).
 */
export function complementaryBlanks<R extends { parts: ReadonlyMap<string, Part> }>(
  relations: readonly SumRelation<R>[],
  columns: readonly PlannedColumn[],
): Map<R, Set<number>> {
  const extra = new Map<R, Set<number>>();
  const primary = new Map<R, boolean[]>();
  const isSmall = (row: R, i: number) => {
    let flags = primary.get(row);
    if (!flags) {
      flags = columns.map((c) => tooSmall(c, row.parts));
      primary.set(row, flags);
    }
    return flags[i]!;
  };
  const blank = (row: R, i: number) => isSmall(row, i) || (extra.get(row)?.has(i) ?? false);
  let changed = true;
  while (changed) {
    changed = false;
    for (const { sum, terms } of relations) {
      const members = [sum, ...terms];
      columns.forEach((column, i) => {
        if (!countsPeople(column)) return;
        if (members.filter((row) => blank(row, i)).length !== 1) return;
        const cost = (row: R) => sizeOf(column, row.parts) || Number.POSITIVE_INFINITY;
        const partner = members
          .filter((row) => !blank(row, i))
          .reduce<R | undefined>((best, row) => (best === undefined || cost(row) < cost(best) ? row : best), undefined);
        if (!partner) return;
        extra.set(partner, new Set([...(extra.get(partner) ?? []), i]));
        changed = true;
      });
    }
  }
  return extra;
}
