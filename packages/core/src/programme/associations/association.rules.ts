import type { FieldProblem } from '../../common/errors.js';

/** VND is counted in whole đồng; anything above this is a typing error, not a gift (one trillion đồng). */
export const MAX_AMOUNT_VND = 1_000_000_000_000;

export interface EntryDraft {
  kind: 'DONATION' | 'SCHOLARSHIP';
  amountVnd: number;
  date: string;
  counterpart: string;
  donorType?: string | null | undefined;
}

/**
 * A donation or a scholarship: a whole, positive amount, a date not in the future, a named
 * counterpart, a donor type for donations only; a scholarship cannot pay out more than the fund holds.
 */
export function checkEntry(draft: EntryDraft, context: { balanceVnd: number; today: string }): FieldProblem[] {
  const problems: FieldProblem[] = [];
  if (!Number.isInteger(draft.amountVnd) || draft.amountVnd <= 0 || draft.amountVnd > MAX_AMOUNT_VND)
    problems.push({
      field: 'amountVnd',
      rule: 'WHOLE_DONG',
      message: `must be a whole number of đồng from 1 to ${MAX_AMOUNT_VND}`,
    });
  if (draft.date > context.today)
    problems.push({ field: 'date', rule: 'NOT_FUTURE', message: 'must not be in the future' });
  if (!draft.counterpart.trim() || draft.counterpart.length > 200)
    problems.push({ field: 'counterpart', rule: 'LENGTH', message: 'must have 1 to 200 characters' });
  if (draft.kind === 'DONATION' && !draft.donorType)
    problems.push({ field: 'donorType', rule: 'REQUIRED', message: 'is required for a donation' });
  if (draft.kind === 'SCHOLARSHIP' && draft.donorType)
    problems.push({ field: 'donorType', rule: 'DONATIONS_ONLY', message: 'is for donations only' });
  if (draft.kind === 'SCHOLARSHIP' && Number.isInteger(draft.amountVnd) && draft.amountVnd > context.balanceVnd)
    problems.push({
      field: 'amountVnd',
      rule: 'BALANCE',
      message: `the fund holds ${context.balanceVnd} đồng, less than ${draft.amountVnd}`,
    });
  return problems;
}

/** Donations in, scholarships out. */
export function balanceOf(entries: readonly { kind: 'DONATION' | 'SCHOLARSHIP'; amountVnd: number }[]): number {
  return entries.reduce((sum, e) => sum + (e.kind === 'DONATION' ? e.amountVnd : -e.amountVnd), 0);
}

/** A year's membership: a whole number, for a year from the founding to the current one. */
export function checkMembersReport(
  report: { year: number; members: number },
  foundedOn: string,
  today: string,
): FieldProblem[] {
  const problems: FieldProblem[] = [];
  if (!Number.isInteger(report.members) || report.members < 0)
    problems.push({ field: 'members', rule: 'NON_NEGATIVE_INTEGER', message: 'must be a whole number ≥ 0' });
  const current = Number(today.slice(0, 4));
  if (report.year < Number(foundedOn.slice(0, 4)) || report.year > current)
    problems.push({ field: 'year', rule: 'RANGE', message: `must be from the founding year to ${current}` });
  return problems;
}
