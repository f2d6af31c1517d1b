import { describe, expect, it } from 'vitest';
import type { CommitteeMember } from './steering-committee.entity.js';
import { checkCommittee, coverage, MAX_MEMBERS } from './steering-committee.rules.js';

const head: CommitteeMember = { name: 'Nguyễn Văn A', position: 'Chủ tịch UBND xã', role: 'HEAD' };
const member: CommitteeMember = { name: 'Trần Thị B', position: 'Chủ tịch Hội Khuyến học', role: 'MEMBER' };
const TODAY = '2026-11-28';
const rules = (draft: Parameters<typeof checkCommittee>[0]) =>
  checkCommittee(draft, TODAY).map((p) => `${p.field}:${p.rule}`);

describe('checkCommittee', () => {
  it('accepts a decision with one head', () => {
    expect(
      rules({
        decisionNumber: '15/QĐ-UBND',
        decidedOn: '2024-01-02',
        activeFrom: '2024-01-02',
        members: [head, member],
      }),
    ).toEqual([]);
  });

  it.each([
    ['a blank decision number', { decisionNumber: ' ' }, 'decisionNumber:REQUIRED'],
    ['a decision in the future', { decidedOn: '2027-01-01' }, 'decidedOn:NOT_FUTURE'],
    ['a start before the decision', { decidedOn: '2024-02-01', activeFrom: '2024-01-01' }, 'activeFrom:AFTER_DECISION'],
    ['an end before the start', { activeFrom: '2024-02-01', activeTo: '2024-01-31' }, 'activeTo:AFTER_ACTIVE_FROM'],
    ['no head', { members: [member] }, 'members:ONE_HEAD'],
    ['two heads', { members: [head, head] }, 'members:ONE_HEAD'],
    ['a member without a name', { members: [head, { ...member, name: '' }] }, 'members[1].name:REQUIRED'],
    ['a member without a post', { members: [head, { ...member, position: ' ' }] }, 'members[1].position:REQUIRED'],
    [
      'too many members',
      { members: [head, ...Array.from({ length: MAX_MEMBERS }, () => member)] },
      'members:MAX_ITEMS',
    ],
  ])('refuses %s', (_what, draft, rule) => {
    expect(rules(draft)).toEqual([rule]);
  });

  it('accepts an end on the first day (a one-day committee)', () => {
    expect(rules({ activeFrom: '2024-02-01', activeTo: '2024-02-01' })).toEqual([]);
  });
});

describe('coverage', () => {
  it('counts the units with a committee and names the others', () => {
    expect(coverage(['a', 'b', 'c'], new Set(['a', 'c', 'x']))).toEqual({
      total: 3,
      covered: 2,
      rate: 2 / 3,
      uncovered: ['b'],
    });
  });

  it('has no rate without units', () => {
    expect(coverage([], new Set(['a']))).toEqual({ total: 0, covered: 0, rate: null, uncovered: [] });
  });
});
