import { describe, expect, it } from 'vitest';
import { difficultyOf, groupsOn, membershipProblems, type GroupMembership } from './unit-group.rules.js';

const decision = (number: string, issuedOn: string) => ({ number, issuer: 'sample issuer', issuedOn, sample: true });
const member = (over: Partial<GroupMembership> = {}): GroupMembership => ({
  group: 'DIFFICULT_COMMUNE',
  unitId: 'u1',
  validFrom: '2021-06-01',
  validTo: '2025-12-31',
  decision: decision('SAMPLE-1', '2021-05-01'),
  ...over,
});

describe('groupsOn', () => {
  it('holds on the first and last day of the span, not the day before or after', () => {
    const m = [member()];
    expect(groupsOn(m, 'u1', '2021-05-31')).toEqual([]);
    expect(groupsOn(m, 'u1', '2021-06-01')).toHaveLength(1);
    expect(groupsOn(m, 'u1', '2025-12-31')).toHaveLength(1);
    expect(groupsOn(m, 'u1', '2026-01-01')).toEqual([]);
    expect(groupsOn(m, 'u2', '2022-01-01')).toEqual([]);
  });

  it('lists each group once, in a fixed order, the latest decision winning', () => {
    const later = member({ validTo: null, decision: decision('SAMPLE-2', '2023-01-01') });
    const border = member({ group: 'BORDER', validTo: null });
    const on = groupsOn([border, member(), later], 'u1', '2024-01-01');
    expect(on.map((m) => `${m.group}:${m.decision.number}`)).toEqual(['DIFFICULT_COMMUNE:SAMPLE-2', 'BORDER:SAMPLE-1']);
  });
});

describe('membershipProblems', () => {
  it('accepts a well-formed membership and names each problem of a bad one', () => {
    expect(membershipProblems(member())).toEqual([]);
    expect(
      membershipProblems(
        member({ validTo: '2020-01-01', decision: { number: ' ', issuer: 'x', issuedOn: '2022-01-01', sample: true } }),
      ),
    ).toEqual([
      'validTo must be a day on or after validFrom',
      'the decision needs its number and issuer',
      'the decision is signed on or before the day it takes effect',
    ]);
  });
});

describe('difficultyOf', () => {
  const m = [member()];
  it('comes from the group on 31 December of the survey year', () => {
    expect(difficultyOf(m, 'u1', 2024, null)).toEqual({
      difficulty: { especiallyDifficult: true, basis: 'GROUP', decision: m[0]!.decision },
    });
    expect(difficultyOf(m, 'u1', 2020, null)).toEqual({
      difficulty: { especiallyDifficult: false, basis: 'GROUP', decision: null },
    });
  });

  it('a flag that agrees with the group needs no reason', () => {
    expect(difficultyOf(m, 'u1', 2024, { especiallyDifficult: true, reason: null })).toMatchObject({
      difficulty: { basis: 'GROUP', especiallyDifficult: true },
    });
  });

  it('a flag that differs from the group is an override, refused without a reason of 10 characters', () => {
    expect(difficultyOf(m, 'u1', 2020, { especiallyDifficult: true, reason: 'short' })).toMatchObject({
      problem: expect.stringContaining('at least 10 characters'),
    });
    expect(difficultyOf(m, 'u1', 2020, { especiallyDifficult: true, reason: 'Quyết định mới chưa nhập' })).toEqual({
      difficulty: { especiallyDifficult: true, basis: 'OVERRIDE', reason: 'Quyết định mới chưa nhập' },
    });
    expect(
      difficultyOf(m, 'u1', 2024, { especiallyDifficult: false, reason: 'ranh giới thay đổi 2024' }),
    ).toMatchObject({
      difficulty: { basis: 'OVERRIDE', especiallyDifficult: false },
    });
  });
});
