/**
 * Approval up the chain, pure. A report climbs its data set's approval levels bottom-up, skipping
 * a level its unit's map lacks (no district after 1/7/2025); with none left, the ADMIN approves
 * (NATIONAL). A level approves a report only once every expected report it covers (those of its
 * own subtree) has been approved by every level below it: a province does not approve before its
 * districts have approved all their communes.
 */
import type { ApprovalLevel } from './reporting.model.js';

/** The approval levels that apply to a unit whose lineage (itself first) has these levels. */
export function applicableLevels(
  approvalLevels: readonly ApprovalLevel[],
  lineageLevels: readonly string[],
): ApprovalLevel[] {
  const levels = approvalLevels.filter((l) => l === 'NATIONAL' || lineageLevels.includes(l));
  return levels.length > 0 ? levels : ['NATIONAL'];
}

/** The next level to approve, or null when every level has. */
export function nextLevel(applicable: readonly ApprovalLevel[], approved: readonly string[]): ApprovalLevel | null {
  return applicable.find((l) => !approved.includes(l)) ?? null;
}

/** The unit at a level of a lineage (null for NATIONAL or a level the lineage lacks). */
export function unitAtLevel(
  lineage: readonly string[],
  lineageLevels: readonly string[],
  level: ApprovalLevel,
): string | null {
  if (level === 'NATIONAL') return null;
  const at = lineageLevels.indexOf(level);
  return at < 0 ? null : (lineage[at] ?? null);
}

/** One expected report a level covers: its unit, whether it exists, the levels that apply to it and those that approved. */
export interface CoveredReport {
  readonly unitCode: string;
  readonly reported: boolean;
  readonly applicable: readonly ApprovalLevel[];
  readonly approved: readonly string[];
}

/**
 * The expected reports that keep `level` from approving: those not yet approved by every level
 * below it that applies to them (a report not even made counts). Empty: the level may approve.
 */
export function pendingBelow(level: ApprovalLevel, covered: readonly CoveredReport[]): string[] {
  return covered
    .filter((r) => {
      const below = r.applicable.slice(0, Math.max(0, r.applicable.indexOf(level)));
      if (below.length === 0) return false;
      return !r.reported || below.some((l) => !r.approved.includes(l));
    })
    .map((r) => r.unitCode);
}
