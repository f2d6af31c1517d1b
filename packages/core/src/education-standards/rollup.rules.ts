/**
 * From communes upwards: whether a district or province meets a standard given which of its child
 * units do, who recognises each level, and which rule version is in force on a date. Before
 * 1/7/2025 communes roll up to districts and districts to provinces; since then there are no
 * districts and a province counts its communes directly (DOMAIN.md).
 */
import { lineageDay } from '../evaluations/evaluation.rules.js';
import type { Recogniser, RollupLevel, StandardCode, StandardsRuleVersion, UnitLevel } from './standards.data.js';

export interface ChildStandard {
  readonly unitCode: string;
  readonly met: boolean;
}

export interface RollupResult {
  readonly standard: StandardCode;
  readonly level: RollupLevel;
  /** The level of the child units counted. */
  readonly from: 'COMMUNE' | 'DISTRICT';
  readonly met: boolean;
  /** Child units meeting the standard out of all child units; rate is null when there are none. */
  readonly share: { readonly numerator: number; readonly denominator: number; readonly rate: number | null };
  /** The share needed, 0..1. */
  readonly threshold: number;
  /** False when the share needed is a value DOMAIN.md marks unverified (every post-reform province share). */
  readonly verified: boolean;
  readonly note?: string;
  /** Codes of the child units that do not meet the standard. */
  readonly failing: readonly string[];
}

/**
 * Whether a district or province meets `standard`, given its child units' results under `version`.
 * A parent with no child units does not meet it: there is nothing to recognise it on.
 */
export function rollUpStandard(
  version: StandardsRuleVersion,
  level: RollupLevel,
  standard: StandardCode,
  children: readonly ChildStandard[],
): RollupResult {
  const shares = version.rollup[level];
  if (!shares)
    throw new Error(
      `Rule version ${version.id} has no ${level} level (${version.levels}); ` +
        'since 1/7/2025 a province is rolled up from its communes directly.',
    );
  const seen = new Set<string>();
  for (const child of children) {
    // Counting a unit twice would inflate the share; it means the caller joined something wrongly.
    if (seen.has(child.unitCode))
      throw new Error(`Unit ${child.unitCode} is listed twice in the roll-up of ${standard}.`);
    seen.add(child.unitCode);
  }
  const rule = shares[standard];
  const numerator = children.filter((c) => c.met).length;
  const denominator = children.length;
  return {
    standard,
    level,
    from: rule.from,
    // Integers again: 9 of 10 communes is exactly 90%.
    met: denominator > 0 && numerator * 100 >= rule.percent * denominator,
    share: { numerator, denominator, rate: denominator > 0 ? numerator / denominator : null },
    threshold: rule.percent / 100,
    verified: rule.verified,
    ...(rule.note === undefined ? {} : { note: rule.note }),
    failing: children.filter((c) => !c.met).map((c) => c.unitCode),
  };
}

/** Who recognises a unit of `unit` level as meeting `standard` under `version`, if the version says. */
export function recogniserOf(
  version: StandardsRuleVersion,
  unit: UnitLevel,
  standard: StandardCode,
): Recogniser | undefined {
  return version.recognisers.find((r) => r.unit === unit && r.standards.includes(standard));
}

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

function isCalendarDate(date: string): boolean {
  const match = ISO_DATE.exec(date);
  if (!match) return false;
  const parsed = new Date(`${date}T00:00:00Z`);
  return !Number.isNaN(parsed.getTime()) && parsed.toISOString().slice(0, 10) === date;
}

/**
 * The version in force on `date` (YYYY-MM-DD; both ends of a validity are inclusive), or undefined
 * when none is. Overlapping versions are a data error: a rating must rest on one set of rules.
 */
export function selectRuleVersion(
  versions: readonly StandardsRuleVersion[],
  date: string,
): StandardsRuleVersion | undefined {
  if (!isCalendarDate(date)) throw new RangeError(`Not a calendar date (YYYY-MM-DD): "${date}".`);
  // ISO dates compare correctly as strings.
  const inForce = versions.filter(
    (v) => (v.validFrom === null || v.validFrom <= date) && (v.validTo === null || date <= v.validTo),
  );
  if (inForce.length > 1)
    throw new Error(`Rule versions ${inForce.map((v) => v.id).join(', ')} are all in force on ${date}.`);
  return inForce[0];
}

/**
 * The version that judges a unit's data for a year, as `educationStandards` reads it: the one in
 * force on the unit's last day that year (31 December, or the day it ended). A commune that ended
 * on 30/6/2025 is judged under the rules before the reform.
 */
export function ruleVersionForYear(
  versions: readonly StandardsRuleVersion[],
  year: number,
  unitValidTo: string | null,
): StandardsRuleVersion | undefined {
  return selectRuleVersion(versions, lineageDay({ validTo: unitValidTo }, year));
}
