import { describe, expect, it } from 'vitest';
import { balanceOf, checkEntry, checkMembersReport, MAX_AMOUNT_VND, type EntryDraft } from './association.rules.js';

const TODAY = '2026-11-28';
const donation: EntryDraft = {
  kind: 'DONATION',
  amountVnd: 5_000_000,
  date: '2026-01-10',
  counterpart: 'Công ty A',
  donorType: 'ENTERPRISE',
};
const scholarship: EntryDraft = {
  kind: 'SCHOLARSHIP',
  amountVnd: 2_000_000,
  date: '2026-09-05',
  counterpart: 'Em Nguyễn Văn B',
};
const rules = (draft: EntryDraft, balanceVnd = 0) =>
  checkEntry(draft, { balanceVnd, today: TODAY }).map((p) => `${p.field}:${p.rule}`);

describe('checkEntry', () => {
  it('accepts a donation and a scholarship the fund can pay', () => {
    expect(rules(donation)).toEqual([]);
    expect(rules(scholarship, 2_000_000)).toEqual([]);
  });

  it.each([
    ['zero đồng', { ...donation, amountVnd: 0 }, 'amountVnd:WHOLE_DONG'],
    ['a fraction of a đồng', { ...donation, amountVnd: 10.5 }, 'amountVnd:WHOLE_DONG'],
    ['more than a trillion đồng', { ...donation, amountVnd: MAX_AMOUNT_VND + 1 }, 'amountVnd:WHOLE_DONG'],
    ['a date in the future', { ...donation, date: '2026-12-01' }, 'date:NOT_FUTURE'],
    ['no counterpart', { ...donation, counterpart: ' ' }, 'counterpart:LENGTH'],
    ['a donation without a donor type', { ...donation, donorType: null }, 'donorType:REQUIRED'],
    ['a scholarship with a donor type', { ...scholarship, donorType: 'INDIVIDUAL' }, 'donorType:DONATIONS_ONLY'],
  ])('refuses %s', (_what, draft, rule) => {
    expect(rules(draft, 10_000_000)).toEqual([rule]);
  });

  it('refuses a scholarship one đồng above the balance', () => {
    expect(rules(scholarship, 1_999_999)).toEqual(['amountVnd:BALANCE']);
  });
});

describe('balanceOf', () => {
  it('adds donations and takes away scholarships, exactly in đồng', () => {
    expect(balanceOf([donation, donation, scholarship])).toBe(8_000_000);
    expect(balanceOf([])).toBe(0);
  });
});

describe('checkMembersReport', () => {
  it('takes a whole count for a year from the founding to now', () => {
    expect(checkMembersReport({ year: 2005, members: 0 }, '2005-06-01', TODAY)).toEqual([]);
    expect(
      checkMembersReport({ year: 2004, members: 1.5 }, '2005-06-01', TODAY).map((p) => `${p.field}:${p.rule}`),
    ).toEqual(['members:NON_NEGATIVE_INTEGER', 'year:RANGE']);
    expect(checkMembersReport({ year: 2027, members: 3 }, '2005-06-01', TODAY).map((p) => p.rule)).toEqual(['RANGE']);
  });
});
