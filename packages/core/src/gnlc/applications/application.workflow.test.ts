import { describe, expect, it } from 'vitest';
import { Role } from '../auth/roles.js';
import { workflowOf } from '../workflows/workflow.registry.js';
import {
  availableActions,
  checkWorkflow,
  decideTransition,
  extendWorkflow,
  isLocked,
  standingOf,
  type ActionDefinition,
  type TransitionRequest,
} from '../workflows/workflow.rules.js';
import { GNLC_CALL_WINDOWS, NOMINATIONS_PER_COUNTRY } from './gnlc.data.js';
import {
  addMonths,
  awardEligibility,
  callWindowOf,
  callWindowOn,
  checkApplicationForm,
  checkApplicationHeader,
  checkNomination,
  checkProgressReport,
  draftProblems,
  endedProgressPeriods,
  isProgressPeriod,
  membershipCountsFrom,
  progressReportsDue,
  wonOn,
  wordCount,
  type GnlcApplicationForm,
} from './gnlc.rules.js';
import { GNLC_APPLICATION_GUARDS, GNLC_APPLICATION_WORKFLOW } from './gnlc.workflow.js';

const words = (n: number) => Array.from({ length: n }, (_, i) => `word${i}`).join(' ');

const COMPLETE_FORM: GnlcApplicationForm = {
  commitsToBeijingDeclaration: true,
  commitsToKeyFeatures: true,
  mayor: { name: 'Nguyễn Văn A', position: 'Chủ tịch UBND thành phố' },
  contact: { name: 'Trần Thị B', position: 'Chuyên viên', email: 'b@sadec.gov.vn', phone: '0277 000 000' },
  profile: {
    population: 213_610,
    areaKm2: 59.81,
    gdpPerCapitaUsd: 3500,
    averageYearsOfSchoolingMale: 9.1,
    averageYearsOfSchoolingFemale: 8.9,
  },
  motivation: words(200),
  implementation: 'Xây dựng xã hội học tập',
  challenges: [
    { challenge: 'Funding', rating: 1 },
    { challenge: 'Coordination', rating: 5 },
  ],
};

const rulesOf = (form: GnlcApplicationForm) => checkApplicationForm(form).map((p) => `${p.field}:${p.rule}`);

describe('checkApplicationForm', () => {
  it('accepts a complete form (200 words, ratings 1 and 5)', () => {
    expect(checkApplicationForm(COMPLETE_FORM)).toEqual([]);
  });

  it('counts words on whitespace of any kind', () => {
    expect(wordCount('')).toBe(0);
    expect(wordCount('   ')).toBe(0);
    expect(wordCount(' một  hai\tba\nbốn ')).toBe(4);
    expect(wordCount('a\u00a0b')).toBe(2);
  });

  it('refuses a text of 201 words, giving the count', () => {
    const problems = checkApplicationForm({ ...COMPLETE_FORM, implementation: words(201) });
    expect(problems).toEqual([
      { field: 'implementation', rule: 'MAX_WORDS', message: 'must have at most 200 words; it has 201' },
    ]);
  });

  it.each([0, 6, 2.5, -1])('refuses a challenge rated %s', (rating) => {
    expect(rulesOf({ ...COMPLETE_FORM, challenges: [{ challenge: 'Funding', rating }] })).toEqual([
      'challenges[0].rating:RANGE',
    ]);
  });

  it.each([1, 2, 3, 4, 5])('accepts a challenge rated %s', (rating) => {
    expect(rulesOf({ ...COMPLETE_FORM, challenges: [{ challenge: 'Funding', rating }] })).toEqual([]);
  });

  it('needs positive profile figures', () => {
    const form = {
      ...COMPLETE_FORM,
      profile: { ...COMPLETE_FORM.profile, population: 0, areaKm2: -3, averageYearsOfSchoolingFemale: null },
    };
    expect(rulesOf(form)).toEqual([
      'profile.population:POSITIVE',
      'profile.areaKm2:POSITIVE',
      'profile.averageYearsOfSchoolingFemale:REQUIRED',
    ]);
  });

  it('needs both commitments to be true to sign', () => {
    expect(rulesOf({ ...COMPLETE_FORM, commitsToBeijingDeclaration: false, commitsToKeyFeatures: null })).toEqual([
      'commitsToBeijingDeclaration:MUST_COMMIT',
      'commitsToKeyFeatures:MUST_COMMIT',
    ]);
  });

  it('names every missing field of an empty form', () => {
    expect(rulesOf({})).toEqual([
      'commitsToBeijingDeclaration:MUST_COMMIT',
      'commitsToKeyFeatures:MUST_COMMIT',
      'mayor.name:REQUIRED',
      'mayor.position:REQUIRED',
      'contact.name:REQUIRED',
      'contact.position:REQUIRED',
      'contact.email:REQUIRED',
      'profile.population:REQUIRED',
      'profile.areaKm2:REQUIRED',
      'profile.gdpPerCapitaUsd:REQUIRED',
      'profile.averageYearsOfSchoolingMale:REQUIRED',
      'profile.averageYearsOfSchoolingFemale:REQUIRED',
      'motivation:REQUIRED',
      'implementation:REQUIRED',
      'challenges:REQUIRED',
    ]);
  });

  it('checks e-mail addresses and challenge names', () => {
    expect(
      rulesOf({
        ...COMPLETE_FORM,
        mayor: { ...COMPLETE_FORM.mayor, email: 'not an address' },
        challenges: [{ challenge: ' ', rating: 3 }],
      }),
    ).toEqual(['mayor.email:EMAIL', 'challenges[0].challenge:REQUIRED']);
  });

  it('lets a draft leave parts out but not hold wrong values', () => {
    const draft = { motivation: words(201), challenges: [{ challenge: 'Funding', rating: 6 }] };
    expect(draftProblems(checkApplicationForm(draft)).map((p) => `${p.field}:${p.rule}`)).toEqual([
      'motivation:MAX_WORDS',
      'challenges[0].rating:RANGE',
    ]);
    expect(draftProblems(checkApplicationForm({}))).toEqual([]);
  });

  it('checks the header: a four-digit call year, not opened in the future', () => {
    expect(checkApplicationHeader({ callYear: 2025, appliedOn: '2025-04-01' }, '2025-04-01')).toEqual([]);
    expect(checkApplicationHeader({ callYear: 25, appliedOn: '2025-04-02' }, '2025-04-01').map((p) => p.rule)).toEqual([
      'YEAR',
      'NOT_FUTURE',
    ]);
  });
});

describe('call windows', () => {
  it('are data: 2023 with its limit of 3 cities per country, 2025 with the limit unknown', () => {
    expect(GNLC_CALL_WINDOWS.map((w) => [w.year, w.opensOn, w.closesOn, w.maxCitiesPerCountry])).toEqual([
      [2023, '2023-04-01', '2023-05-31', 3],
      [2025, '2025-05-15', '2025-06-15', null],
    ]);
    expect(callWindowOf(2025)?.note).toMatch(/known only for 2023/);
    expect(callWindowOf(2024)).toBeNull();
  });

  it.each([
    ['2023-03-31', null],
    ['2023-04-01', 2023],
    ['2023-05-31', 2023],
    ['2023-06-01', null],
    ['2025-05-14', null],
    ['2025-05-15', 2025],
    ['2025-06-15', 2025],
    ['2025-06-16', null],
  ])('on %s the open call is %s', (day, year) => {
    expect(callWindowOn(day)?.year ?? null).toBe(year);
  });
});

describe('calendar arithmetic', () => {
  it.each([
    ['2024-03-10', 12, '2025-03-10'],
    ['2024-02-29', 12, '2025-02-28'],
    ['2024-01-31', 1, '2024-02-29'],
    ['2020-12-31', 72, '2026-12-31'],
    ['2025-11-30', -11, '2024-12-30'],
  ] as const)('%s + %s months = %s', (day, months, expected) => {
    expect(addMonths(day, months)).toBe(expected);
  });
});

describe('awardEligibility', () => {
  const joinedOn = '2024-03-10';
  it.each([
    ['11 months', '2025-02-10', false],
    ['12 months less a day', '2025-03-09', false],
    ['12 months exactly', '2025-03-10', false],
    ['12 months and a day', '2025-03-11', true],
    ['13 months', '2025-04-10', true],
  ])('after %s of membership (on %s) eligible: %s', (_label, nominationDay, eligible) => {
    const result = awardEligibility({ joinedOn, joinedYear: 2024, nominationDay });
    expect(result.eligible).toBe(eligible);
    expect(result.reasons.map((r) => r.rule)).toEqual(eligible ? [] : ['MEMBERSHIP_UNDER_12_MONTHS']);
    expect(result.eligibleFrom).toBe('2025-03-11');
  });

  it('refuses a day before joining', () => {
    expect(awardEligibility({ joinedOn, joinedYear: 2024, nominationDay: '2024-01-01' }).eligible).toBe(false);
  });

  it('counts from 31 December when only the year of joining is known, never overstating', () => {
    expect(membershipCountsFrom({ joinedYear: 2020 })).toBe('2020-12-31');
    expect(membershipCountsFrom({ joinedYear: 2020, joinedOn: '2020-09-01' })).toBe('2020-09-01');
    const on = (nominationDay: string) => awardEligibility({ joinedYear: 2020, nominationDay });
    expect(on('2021-12-31')).toMatchObject({ eligible: false, countsFrom: '2020-12-31', eligibleFrom: '2022-01-01' });
    expect(on('2021-12-31').reasons[0]?.message).toMatch(/only the year 2020 is known/);
    expect(on('2022-01-01').eligible).toBe(true);
  });

  it.each([
    ['the day before the sixth anniversary', '2027-11-14', false],
    ['the sixth anniversary', '2027-11-15', true],
    ['after six years', '2028-01-01', true],
    ['five years later', '2026-11-15', false],
  ])('a past winner (won 2021-11-15) on %s is eligible: %s', (_label, nominationDay, eligible) => {
    const result = awardEligibility({ joinedYear: 2020, nominationDay, lastWonOn: '2021-11-15' });
    expect(result.eligible).toBe(eligible);
    expect(result.reasons.map((r) => r.rule)).toEqual(eligible ? [] : ['WINNER_WAITS_6_YEARS']);
    expect(result.eligibleFrom).toBe('2027-11-15');
  });

  it('gives both reasons when both rules stand in the way', () => {
    const result = awardEligibility({
      joinedOn: '2024-06-01',
      joinedYear: 2024,
      nominationDay: '2024-12-01',
      lastWonOn: '2024-11-01',
    });
    expect(result.reasons.map((r) => r.rule)).toEqual(['MEMBERSHIP_UNDER_12_MONTHS', 'WINNER_WAITS_6_YEARS']);
    expect(result.eligibleFrom).toBe('2030-11-01');
  });

  it('counts a win from the day decided, else from 31 December of the award year', () => {
    expect(wonOn({ awardYear: 2021, outcomeOn: '2021-11-15' })).toBe('2021-11-15');
    expect(wonOn({ awardYear: 2021 })).toBe('2021-12-31');
  });
});

describe('checkNomination', () => {
  const eligible = awardEligibility({ joinedYear: 2020, nominationDay: '2026-03-01' });
  const base = {
    eligibility: eligible,
    nominatedOn: '2026-03-01',
    awardYear: 2027,
    alreadyNominated: 0,
    today: '2026-11-28',
  };

  it(`allows up to ${NOMINATIONS_PER_COUNTRY} cities per award`, () => {
    expect(NOMINATIONS_PER_COUNTRY).toBe(2);
    expect(checkNomination(base)).toEqual([]);
    expect(checkNomination({ ...base, alreadyNominated: 1 })).toEqual([]);
    expect(checkNomination({ ...base, alreadyNominated: 2 }).map((p) => `${p.field}:${p.rule}`)).toEqual([
      'awardYear:NOMINATIONS_PER_COUNTRY',
    ]);
  });

  it('turns eligibility reasons into problems on the membership, and refuses future days', () => {
    const early = awardEligibility({ joinedYear: 2025, nominationDay: '2026-03-01' });
    expect(
      checkNomination({ ...base, eligibility: early, nominatedOn: '2026-12-01' }).map((p) => `${p.field}:${p.rule}`),
    ).toEqual(['membershipId:MEMBERSHIP_UNDER_12_MONTHS', 'nominatedOn:NOT_FUTURE']);
  });
});

describe('progress reports', () => {
  const sadec = { joinedYear: 2020 };

  it('are biennial, two calendar years from the first full year of membership', () => {
    expect(endedProgressPeriods(sadec, '2022-12-31').map((p) => p.period)).toEqual([]);
    expect(endedProgressPeriods(sadec, '2023-01-01')).toEqual([
      { period: '2021-2022', from: '2021-01-01', to: '2022-12-31' },
    ]);
    expect(endedProgressPeriods(sadec, '2026-11-28').map((p) => p.period)).toEqual(['2021-2022', '2023-2024']);
    expect(endedProgressPeriods({ joinedYear: 2025, joinedOn: '2025-09-10' }, '2026-11-28')).toEqual([]);
  });

  it('are due for ended periods without a report', () => {
    expect(progressReportsDue(sadec, [{ period: '2021-2022' }], '2026-11-28').map((p) => p.period)).toEqual([
      '2023-2024',
    ]);
    expect(progressReportsDue(sadec, [{ period: '2021-2022' }, { period: '2023-2024' }], '2026-11-28')).toEqual([]);
  });

  it('accept only the periods of the membership', () => {
    expect(isProgressPeriod(sadec, '2021-2022')).toBe(true);
    expect(isProgressPeriod(sadec, '2025-2026')).toBe(true);
    expect(isProgressPeriod(sadec, '2022-2023')).toBe(false);
    expect(isProgressPeriod(sadec, '2019-2020')).toBe(false);
    expect(isProgressPeriod(sadec, '2021-2023')).toBe(false);
    expect(isProgressPeriod(sadec, '2021')).toBe(false);
    expect(
      checkProgressReport({ period: '2022-2023', submittedOn: '2027-01-01', summary: ' ' }, sadec, '2026-11-28').map(
        (p) => `${p.field}:${p.rule}`,
      ),
    ).toEqual(['period:PERIOD', 'submittedOn:NOT_FUTURE', 'summary:REQUIRED']);
  });
});

describe('the gnlc-application workflow', () => {
  const def = GNLC_APPLICATION_WORKFLOW;
  const guards = GNLC_APPLICATION_GUARDS;
  const facts = { formProblems: [], day: '2025-05-20', callYear: 2025, forwardedInCall: 0 };
  // Lineage of Sa Đéc on an application's day: the city, then its province.
  const lineage = ['sadec', 'dongthap'];
  const standing = (role: Role, scope: string | null) =>
    standingOf({ role, scopeUnitId: scope, lineage, evaluatingIndex: 0 });
  const city = { role: Role.OFFICER, standing: standing(Role.OFFICER, 'sadec') };
  const province = { role: Role.OFFICER, standing: standing(Role.OFFICER, 'dongthap') };
  const admin = { role: Role.ADMIN, standing: standing(Role.ADMIN, null) };
  const decide = (request: Omit<TransitionRequest, 'facts'> & { facts?: Record<string, unknown> }) =>
    decideTransition(def, guards, { facts, ...request });

  it('is well formed, registered, with the states and locks of the brief', () => {
    expect(checkWorkflow(def)).toEqual([]);
    expect(workflowOf('gnlc-application').definition).toBe(def);
    expect(def.states.map((s) => s.code)).toEqual([
      'DRAFT',
      'SIGNED',
      'NATIONALLY_ENDORSED',
      'SUBMITTED',
      'MEMBER',
      'DECLINED',
      'WITHDRAWN',
    ]);
    expect(['MEMBER', 'DECLINED'].every((s) => isLocked(def, s))).toBe(true);
    expect(def.states.filter((s) => s.final).map((s) => s.code)).toEqual(['MEMBER', 'DECLINED', 'WITHDRAWN']);
  });

  it('standing: the city itself is OWN, its province ABOVE, another branch OUTSIDE', () => {
    expect([city.standing, province.standing, admin.standing]).toEqual(['OWN', 'ABOVE', 'ADMIN']);
    expect(standing(Role.OFFICER, 'hanam')).toBe('OUTSIDE');
    expect(standing(Role.ANALYST, null)).toBe('OUTSIDE');
  });

  it('the city signs a complete form; the province may not sign', () => {
    expect(decide({ state: 'DRAFT', action: 'SIGN', ...city })).toEqual({ allowed: true, to: 'SIGNED' });
    expect(decide({ state: 'DRAFT', action: 'SIGN', ...province })).toMatchObject({ code: 'FORBIDDEN' });
    const incomplete = decide({
      state: 'DRAFT',
      action: 'SIGN',
      ...city,
      facts: { ...facts, formProblems: [{ field: 'motivation', rule: 'REQUIRED', message: 'x' }] },
    });
    expect(incomplete).toMatchObject({ allowed: false, code: 'BAD_USER_INPUT', rule: 'FORM_INCOMPLETE' });
    expect(incomplete.allowed === false && incomplete.message).toMatch(/motivation \(REQUIRED\)/);
  });

  it('only the National Commission (ADMIN) endorses, forwards and records decisions', () => {
    for (const [state, action] of [
      ['SIGNED', 'ENDORSE_NATIONAL'],
      ['NATIONALLY_ENDORSED', 'SUBMIT_TO_UIL'],
      ['SUBMITTED', 'ADMIT'],
    ] as const) {
      expect(decide({ state, action, ...city })).toMatchObject({ code: 'FORBIDDEN' });
      expect(decide({ state, action, ...province })).toMatchObject({ code: 'FORBIDDEN' });
      expect(decide({ state, action, ...admin })).toMatchObject({ allowed: true });
    }
    expect(decide({ state: 'SUBMITTED', action: 'DECLINE', ...admin })).toMatchObject({ rule: 'NOTE_REQUIRED' });
    expect(decide({ state: 'SUBMITTED', action: 'DECLINE', note: 'jury', ...admin })).toEqual({
      allowed: true,
      to: 'DECLINED',
    });
  });

  it.each([
    ['2025-05-14', false],
    ['2025-05-15', true],
    ['2025-06-15', true],
    ['2025-06-16', false],
  ])('forwards to UIL on %s: %s', (day, allowed) => {
    const decision = decide({
      state: 'NATIONALLY_ENDORSED',
      action: 'SUBMIT_TO_UIL',
      ...admin,
      facts: { ...facts, day },
    });
    expect(decision.allowed).toBe(allowed);
    if (!decision.allowed) {
      expect(decision.rule).toBe('OUTSIDE_CALL_WINDOW');
      expect(decision.message).toContain('2023: 2023-04-01 to 2023-05-31; 2025: 2025-05-15 to 2025-06-15');
    }
  });

  it("refuses forwarding in another call's window, or for a call with no known window", () => {
    const request = { state: 'NATIONALLY_ENDORSED', action: 'SUBMIT_TO_UIL', ...admin };
    expect(decide({ ...request, facts: { ...facts, day: '2023-04-15' } })).toMatchObject({
      rule: 'OUTSIDE_CALL_WINDOW',
    });
    expect(decide({ ...request, facts: { ...facts, callYear: 2027 } })).toMatchObject({
      rule: 'OUTSIDE_CALL_WINDOW',
      message: expect.stringContaining('no call window is known for 2027'),
    });
  });

  it('keeps to 3 cities per country in 2023, where the limit is known', () => {
    const request = { state: 'NATIONALLY_ENDORSED', action: 'SUBMIT_TO_UIL', ...admin };
    const in2023 = { ...facts, day: '2023-05-31', callYear: 2023 };
    expect(decide({ ...request, facts: { ...in2023, forwardedInCall: 2 } }).allowed).toBe(true);
    expect(decide({ ...request, facts: { ...in2023, forwardedInCall: 3 } })).toMatchObject({
      rule: 'CITIES_PER_COUNTRY',
    });
    expect(decide({ ...request, facts: { ...facts, forwardedInCall: 10 } }).allowed).toBe(true);
  });

  it('the level above returns with a note; the city withdraws a draft or a signed form', () => {
    expect(decide({ state: 'SIGNED', action: 'RETURN', ...province })).toMatchObject({ rule: 'NOTE_REQUIRED' });
    expect(decide({ state: 'NATIONALLY_ENDORSED', action: 'RETURN', note: 'sửa', ...province })).toEqual({
      allowed: true,
      to: 'DRAFT',
    });
    expect(decide({ state: 'SIGNED', action: 'RETURN', note: 'x', ...city })).toMatchObject({ code: 'FORBIDDEN' });
    expect(decide({ state: 'SIGNED', action: 'WITHDRAW', ...city })).toEqual({ allowed: true, to: 'WITHDRAWN' });
    expect(decide({ state: 'SUBMITTED', action: 'WITHDRAW', ...city })).toMatchObject({ rule: 'WRONG_STATE' });
    expect(decide({ state: 'DRAFT', action: 'WITHDRAW', ...province })).toMatchObject({ code: 'FORBIDDEN' });
  });

  it('offers each caller what it may do', () => {
    const names = (state: string, caller: { role: Role; standing: ReturnType<typeof standing> }) =>
      availableActions(def, guards, { state, facts, ...caller }).map((a) => a.name);
    expect(names('DRAFT', city)).toEqual(['SIGN', 'WITHDRAW']);
    expect(names('SIGNED', province)).toEqual(['RETURN']);
    expect(names('SIGNED', admin)).toEqual(['ENDORSE_NATIONAL', 'RETURN', 'WITHDRAW']);
    expect(names('MEMBER', admin)).toEqual([]);
  });

  it('throws on missing facts: a service bug, not a refusal', () => {
    expect(() => decideTransition(def, guards, { state: 'DRAFT', action: 'SIGN', ...city })).toThrow(/formProblems/);
  });

  it('lets a province plugin add its endorsement between signing and national endorsement', () => {
    const endorseNational = def.actions.find((a) => a.name === 'ENDORSE_NATIONAL')!;
    const endorseProvince: ActionDefinition = {
      name: 'ENDORSE_PROVINCE',
      label: 'UBND tỉnh xác nhận',
      labelEn: 'Endorse (province)',
      from: ['SIGNED'],
      to: 'PROVINCE_ENDORSED',
      actors: [{ roles: [Role.OFFICER], standing: ['ABOVE'] }],
    };
    const extended = extendWorkflow(def, {
      states: [{ code: 'PROVINCE_ENDORSED', label: 'UBND tỉnh đã xác nhận', labelEn: 'Endorsed by the province' }],
      actions: [endorseProvince],
      replaceActions: [{ ...endorseNational, from: ['PROVINCE_ENDORSED'] }],
    });
    expect(checkWorkflow(extended)).toEqual([]);
    expect(def.states).toHaveLength(7); // the national definition is left untouched
    const decideX = (request: Omit<TransitionRequest, 'facts'>) =>
      decideTransition(extended, guards, { facts, ...request });
    expect(decideX({ state: 'SIGNED', action: 'ENDORSE_NATIONAL', ...admin })).toMatchObject({ rule: 'WRONG_STATE' });
    expect(decideX({ state: 'SIGNED', action: 'ENDORSE_PROVINCE', ...city })).toMatchObject({ code: 'FORBIDDEN' });
    expect(decideX({ state: 'SIGNED', action: 'ENDORSE_PROVINCE', ...province })).toEqual({
      allowed: true,
      to: 'PROVINCE_ENDORSED',
    });
    expect(decideX({ state: 'PROVINCE_ENDORSED', action: 'ENDORSE_NATIONAL', ...admin })).toEqual({
      allowed: true,
      to: 'NATIONALLY_ENDORSED',
    });
  });
});
