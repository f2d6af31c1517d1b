import type { AdminUnit } from './admin-unit.entity.js';

const REACHED_ON = Symbol('reachedOn');

/**
 * A unit as reached on a date (by `adminUnit(asOf:)`, a list's `asOf`, or a parent's `children`
 * and `parent` read on that date): the same entity, seen through an object that also carries the
 * date, so that nested `children`, `parent` and `ancestors` read the map on it unless given their
 * own `asOf`. The entity itself is shared by every date of the request and is never changed.
 */
export function reachedOn(unit: AdminUnit, date: string): AdminUnit {
  return Object.create(unit, { [REACHED_ON]: { value: date, enumerable: false } }) as AdminUnit;
}

/** The date a nested field reads the map on: its own `asOf`, else the date its unit was reached on, else today. */
export function mapDateOf(unit: AdminUnit, asOf: string | null | undefined, today: string): string {
  return asOf ?? (unit as AdminUnit & { [REACHED_ON]?: string })[REACHED_ON] ?? today;
}
