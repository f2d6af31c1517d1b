/**
 * Unit groups: dated attributes of administrative units (an especially difficult commune, a
 * border, mountainous or island commune) that legal decisions confer and later withdraw. Pure:
 * which groups a unit is in on a day, and whether a survey's commune counts as especially
 * difficult (ĐBKK) — from the group, unless the survey overrides it with a reason.
 */

export type UnitGroupCode = 'DIFFICULT_COMMUNE' | 'BORDER' | 'MOUNTAINOUS' | 'ISLAND';
export const UNIT_GROUP_CODES: readonly UnitGroupCode[] = ['DIFFICULT_COMMUNE', 'BORDER', 'MOUNTAINOUS', 'ISLAND'];

/** The decision that puts units in a group (or takes them out, by its end day). */
export interface GroupDecision {
  readonly number: string;
  readonly issuer: string;
  /** ISO day it was signed. */
  readonly issuedOn: string;
  /** No source in DOMAIN.md fixes it: shown as sample wherever it appears. */
  readonly sample: boolean;
}

/** A unit's membership of a group, from a decision, for a span of days (inclusive; open-ended when validTo is null). */
export interface GroupMembership {
  readonly group: UnitGroupCode;
  readonly unitId: string;
  readonly validFrom: string;
  readonly validTo: string | null;
  readonly decision: GroupDecision;
}

export const inForce = (m: Pick<GroupMembership, 'validFrom' | 'validTo'>, day: string) =>
  m.validFrom <= day && (m.validTo === null || day <= m.validTo);

/** The unit's memberships in force on a day, one per group (the latest decision wins). */
export function groupsOn(memberships: readonly GroupMembership[], unitId: string, day: string): GroupMembership[] {
  const byGroup = new Map<UnitGroupCode, GroupMembership>();
  for (const m of memberships) {
    if (m.unitId !== unitId || !inForce(m, day)) continue;
    const held = byGroup.get(m.group);
    if (!held || held.decision.issuedOn < m.decision.issuedOn) byGroup.set(m.group, m);
  }
  return UNIT_GROUP_CODES.flatMap((g) => (byGroup.has(g) ? [byGroup.get(g)!] : []));
}

/** Problems with a membership as data: dates in order, a decision that names itself. */
export function membershipProblems(m: GroupMembership): string[] {
  const problems: string[] = [];
  const iso = /^\d{4}-\d{2}-\d{2}$/;
  if (!UNIT_GROUP_CODES.includes(m.group)) problems.push(`group ${m.group} is none of ${UNIT_GROUP_CODES.join(', ')}`);
  if (!iso.test(m.validFrom)) problems.push('validFrom is not a day');
  if (m.validTo !== null && (!iso.test(m.validTo) || m.validTo < m.validFrom))
    problems.push('validTo must be a day on or after validFrom');
  if (!m.decision.number.trim() || !m.decision.issuer.trim()) problems.push('the decision needs its number and issuer');
  if (!iso.test(m.decision.issuedOn) || m.decision.issuedOn > m.validFrom)
    problems.push('the decision is signed on or before the day it takes effect');
  return problems;
}

export interface DifficultyOverride {
  readonly especiallyDifficult: boolean;
  readonly reason: string | null;
}

export type Difficulty =
  | { readonly especiallyDifficult: boolean; readonly basis: 'GROUP'; readonly decision: GroupDecision | null }
  | { readonly especiallyDifficult: boolean; readonly basis: 'OVERRIDE'; readonly reason: string };

export const MIN_REASON = 10;

/**
 * Whether the commune is ĐBKK for a survey of a year: its DIFFICULT_COMMUNE membership on
 * 31 December of that year, unless the survey overrides it — which needs a reason of at least
 * ten characters (a decision not yet on record, a boundary change), or it is refused.
 */
export function difficultyOf(
  memberships: readonly GroupMembership[],
  unitId: string,
  year: number,
  override: DifficultyOverride | null,
): { difficulty: Difficulty } | { problem: string } {
  const held = groupsOn(memberships, unitId, `${year}-12-31`).find((m) => m.group === 'DIFFICULT_COMMUNE') ?? null;
  if (override === null)
    return { difficulty: { especiallyDifficult: !!held, basis: 'GROUP', decision: held?.decision ?? null } };
  const reason = override.reason?.trim() ?? '';
  if (override.especiallyDifficult === !!held && reason === '')
    return { difficulty: { especiallyDifficult: !!held, basis: 'GROUP', decision: held?.decision ?? null } };
  if (reason.length < MIN_REASON)
    return {
      problem: `Cần nêu lý do / the flag differs from the commune's DIFFICULT_COMMUNE group on ${year}-12-31 (${held ? `in it by ${held.decision.number}` : 'not in it'}): give a reason of at least ${MIN_REASON} characters`,
    };
  return { difficulty: { especiallyDifficult: override.especiallyDifficult, basis: 'OVERRIDE', reason } };
}
