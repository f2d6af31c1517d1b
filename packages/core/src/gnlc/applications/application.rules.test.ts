import { describe, expect, it } from 'vitest';
import { GNLC_CALL_WINDOWS } from './application.data.js';
import {
  callWindowOf,
  callWindowOn,
  checkApplicationForm,
  checkApplicationHeader,
  draftProblems,
  wordCount,
  type GnlcApplicationForm,
} from './application.rules.js';

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
