import type { FieldProblem } from '../../common/errors.js';
import type { CommitteeMember } from './steering-committee.entity.js';

export const COMMITTEE_ROLES = ['HEAD', 'DEPUTY', 'STANDING_MEMBER', 'MEMBER', 'SECRETARY'] as const;
export const MAX_MEMBERS = 100;

export interface CommitteeDraft {
  decisionNumber?: string | null | undefined;
  decidedOn?: string | null | undefined;
  activeFrom?: string | null | undefined;
  activeTo?: string | null | undefined;
  members?: readonly CommitteeMember[] | null | undefined;
}

/**
 * A committee has a decision, a period that does not run backwards and starts no earlier than the
 * decision, and members with a name, a post and a role; exactly one of them heads it.
 */
export function checkCommittee(draft: CommitteeDraft, today: string): FieldProblem[] {
  const problems: FieldProblem[] = [];
  if (draft.decisionNumber !== undefined && !draft.decisionNumber?.trim())
    problems.push({ field: 'decisionNumber', rule: 'REQUIRED', message: 'must not be empty' });
  if (draft.decidedOn && draft.decidedOn > today)
    problems.push({ field: 'decidedOn', rule: 'NOT_FUTURE', message: 'must not be in the future' });
  if (draft.decidedOn && draft.activeFrom && draft.activeFrom < draft.decidedOn)
    problems.push({ field: 'activeFrom', rule: 'AFTER_DECISION', message: 'must not be before the decision' });
  if (draft.activeFrom && draft.activeTo && draft.activeTo < draft.activeFrom)
    problems.push({ field: 'activeTo', rule: 'AFTER_ACTIVE_FROM', message: 'must not be before activeFrom' });
  if (draft.members) {
    if (draft.members.length > MAX_MEMBERS)
      problems.push({ field: 'members', rule: 'MAX_ITEMS', message: `at most ${MAX_MEMBERS} members` });
    draft.members.forEach((m, i) => {
      if (!m.name.trim())
        problems.push({ field: `members[${i}].name`, rule: 'REQUIRED', message: 'must not be empty' });
      if (!m.position.trim())
        problems.push({ field: `members[${i}].position`, rule: 'REQUIRED', message: 'must not be empty' });
    });
    const heads = draft.members.filter((m) => m.role === 'HEAD').length;
    if (heads !== 1)
      problems.push({ field: 'members', rule: 'ONE_HEAD', message: `must have exactly one HEAD (has ${heads})` });
  }
  return problems;
}

export interface CoverageResult {
  total: number;
  covered: number;
  /** covered / total, null when there are no units. */
  rate: number | null;
  uncovered: string[];
}

/** How many of the units have an active committee, and which do not. */
export function coverage(unitIds: readonly string[], withCommittee: ReadonlySet<string>): CoverageResult {
  const uncovered = unitIds.filter((id) => !withCommittee.has(id));
  const covered = unitIds.length - uncovered.length;
  return { total: unitIds.length, covered, rate: unitIds.length ? covered / unitIds.length : null, uncovered };
}
