/**
 * Rules for Thái Bình's annual socio-economic plan targets: pure, so every boundary is tested
 * without a database. A target belongs to a year the plugin served and was adopted while it
 * served the province: Thái Bình's claim ends on 30/6/2025, so 2025 is its last year and no
 * resolution adopted later is Thái Bình's (the territory is Hưng Yên's from 1/7/2025).
 */
import type { FieldProblem, PluginProvince } from '@hoctap/plugin-sdk';
import { describeClaims } from './provinces.js';

export interface AnnualTargetDraft {
  readonly year: number;
  readonly indicator: string;
  readonly percent: number;
  readonly resolution: string;
  readonly adoptedOn: string;
}

export interface PluginClaims {
  readonly plugin: string;
  readonly claims: readonly PluginProvince[];
}

const INDICATOR = /^[A-Za-z0-9][A-Za-z0-9_.:-]*$/;
const MAX_INDICATOR = 64;
const MAX_RESOLUTION = 300;
const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;
const FAR_PAST = '0000-01-01';
const FAR_FUTURE = '9999-12-31';

const isDate = (value: string) => ISO_DATE.test(value) && !Number.isNaN(Date.parse(value));

/**
 * The day whose map answers for a year: 31 December, or the last day of the claim when it ends
 * during the year (2025 → 2025-06-30). Null when no claim covers any day of the year.
 */
export function claimDayOfYear(year: number, claims: readonly PluginProvince[]): { code: string; day: string } | null {
  const first = `${year}-01-01`;
  const last = `${year}-12-31`;
  for (const c of claims) {
    const from = c.from ?? FAR_PAST;
    const until = c.until ?? FAR_FUTURE;
    if (from <= last && first <= until) return { code: c.code, day: until < last ? until : last };
  }
  return null;
}

/** The claim in force on a day, if any. */
export function claimOn(day: string, claims: readonly PluginProvince[]): PluginProvince | null {
  return claims.find((c) => (c.from ?? FAR_PAST) <= day && day <= (c.until ?? FAR_FUTURE)) ?? null;
}

/** A year outside the plugin's claims, named for the client (BAD_USER_INPUT, OUTSIDE_PLUGIN_PROVINCES). */
export function yearProblems(year: number, scope: PluginClaims): FieldProblem[] {
  if (!Number.isInteger(year) || year < 2000 || year > 2100)
    return [{ field: 'year', rule: 'RANGE', message: 'must be a year from 2000 to 2100' }];
  if (!claimDayOfYear(year, scope.claims))
    return [
      {
        field: 'year',
        rule: 'OUTSIDE_PLUGIN_PROVINCES',
        message: `${year} is outside plugin ${scope.plugin}'s provinces: it serves ${describeClaims(scope.claims)}`,
      },
    ];
  return [];
}

export function checkAnnualTarget(draft: AnnualTargetDraft, scope: PluginClaims & { today: string }): FieldProblem[] {
  const problems: FieldProblem[] = [...yearProblems(draft.year, scope)];
  const add = (field: string, rule: string, message: string) => problems.push({ field, rule, message });
  const indicator = draft.indicator.trim();
  if (!indicator) add('indicator', 'REQUIRED', 'must name a national target code or a code of the province');
  else if (indicator.length > MAX_INDICATOR || !INDICATOR.test(indicator))
    add(
      'indicator',
      'FORMAT',
      `must be a code of letters, digits and _ . : - (at most ${MAX_INDICATOR}), e.g. 387-2025-FAMILIES`,
    );
  if (!Number.isFinite(draft.percent) || draft.percent < 0 || draft.percent > 100)
    add('percent', 'RANGE', 'must be from 0 to 100');
  // The column keeps two decimals (numeric(5,2)): more would be rounded silently.
  else if (Math.abs(draft.percent * 100 - Math.round(draft.percent * 100)) > 1e-6)
    add('percent', 'DECIMALS', 'must have at most two decimals');
  const resolution = draft.resolution.trim();
  if (!resolution) add('resolution', 'REQUIRED', 'must name the resolution or decision that adopted it');
  else if (resolution.length > MAX_RESOLUTION)
    add('resolution', 'MAX_LENGTH', `must be at most ${MAX_RESOLUTION} characters`);
  if (!isDate(draft.adoptedOn)) add('adoptedOn', 'DATE', 'must be a date, YYYY-MM-DD');
  else if (draft.adoptedOn > scope.today) add('adoptedOn', 'NOT_FUTURE', 'must not be in the future');
  else if (!claimOn(draft.adoptedOn, scope.claims))
    add(
      'adoptedOn',
      'OUTSIDE_PLUGIN_PROVINCES',
      `${draft.adoptedOn} is outside plugin ${scope.plugin}'s provinces: it serves ${describeClaims(scope.claims)}`,
    );
  return problems;
}
