import { describe, expect, it } from 'vitest';
import { AdminLevel } from '../geography/geography.enums.js';
import { SubjectKind } from './subject.enums.js';
import {
  ALLOWED_LEVELS,
  checkSubject,
  EARLIEST_BIRTH_YEAR,
  SUBJECT_CODE_MAX,
  SUBJECT_NAME_MAX,
  type SubjectDraft,
} from './subject.rules.js';

const CURRENT_YEAR = 2025;
const inVillage = { unitLevel: AdminLevel.VILLAGE, currentYear: CURRENT_YEAR };
const asChange = { unitLevel: null, currentYear: CURRENT_YEAR, partial: true };

const household = (more: Partial<SubjectDraft> = {}): SubjectDraft => ({
  kind: SubjectKind.HOUSEHOLD,
  code: 'H1',
  name: 'Hộ ông Nguyễn Văn A',
  ...more,
});
const citizen = (more: Partial<SubjectDraft> = {}): SubjectDraft => ({
  kind: SubjectKind.CITIZEN,
  code: 'C1',
  name: 'Nguyễn Thị B',
  ...more,
});
const rules = (problems: { field: string; rule: string }[]) => problems.map((p) => `${p.field}:${p.rule}`);

describe('checkSubject: a new subject', () => {
  it('accepts a household, a clan and a citizen in a village or commune', () => {
    expect(checkSubject(household(), inVillage)).toEqual([]);
    expect(checkSubject({ kind: SubjectKind.CLAN, code: 'HO-TRAN', name: 'Họ Trần' }, inVillage)).toEqual([]);
    expect(
      checkSubject(citizen({ birthYear: 1980, householdCode: 'H1' }), {
        unitLevel: AdminLevel.COMMUNE,
        currentYear: CURRENT_YEAR,
      }),
    ).toEqual([]);
  });

  it('accepts an organisation managed by a commune, district or province, with its kind', () => {
    for (const level of [AdminLevel.COMMUNE, AdminLevel.DISTRICT, AdminLevel.PROVINCE])
      expect(
        checkSubject(
          { kind: SubjectKind.ORGANISATION, code: 'THCS-TM', name: 'Trường THCS Tân Mỹ', organisationKind: 'SCHOOL' },
          { unitLevel: level, currentYear: CURRENT_YEAR },
        ),
      ).toEqual([]);
  });

  it('requires a code and a name', () => {
    expect(checkSubject({ kind: SubjectKind.HOUSEHOLD }, inVillage)).toEqual([
      { field: 'code', rule: 'REQUIRED', message: 'is required' },
      { field: 'name', rule: 'REQUIRED', message: 'is required' },
    ]);
    expect(rules(checkSubject(household({ code: null, name: null }), inVillage))).toEqual([
      'code:REQUIRED',
      'name:REQUIRED',
    ]);
  });

  it('refuses blank values', () => {
    expect(checkSubject(household({ code: '  ', name: '\t' }), inVillage)).toEqual([
      { field: 'code', rule: 'REQUIRED', message: 'must not be empty' },
      { field: 'name', rule: 'REQUIRED', message: 'must not be empty' },
    ]);
  });

  it('limits the code and the name, counting them without surrounding spaces', () => {
    expect(SUBJECT_CODE_MAX).toBe(50);
    expect(SUBJECT_NAME_MAX).toBe(200);
    const atLimit = household({ code: ` ${'C'.repeat(50)} `, name: ` ${'N'.repeat(200)} ` });
    expect(checkSubject(atLimit, inVillage)).toEqual([]);
    expect(checkSubject(household({ code: 'C'.repeat(51), name: 'N'.repeat(201) }), inVillage)).toEqual([
      { field: 'code', rule: 'MAX_LENGTH', message: 'must be at most 50 characters' },
      { field: 'name', rule: 'MAX_LENGTH', message: 'must be at most 200 characters' },
    ]);
  });

  it('keeps a birth year for citizens only, between 1900 and the current year', () => {
    expect(EARLIEST_BIRTH_YEAR).toBe(1900);
    expect(checkSubject(citizen({ birthYear: 1900 }), inVillage)).toEqual([]);
    expect(checkSubject(citizen({ birthYear: CURRENT_YEAR }), inVillage)).toEqual([]);
    const range = [{ field: 'birthYear', rule: 'RANGE', message: 'must be between 1900 and 2025' }];
    expect(checkSubject(citizen({ birthYear: 1899 }), inVillage)).toEqual(range);
    expect(checkSubject(citizen({ birthYear: CURRENT_YEAR + 1 }), inVillage)).toEqual(range);
    expect(checkSubject(household({ birthYear: 1980 }), inVillage)).toEqual([
      { field: 'birthYear', rule: 'CITIZENS_ONLY', message: 'is kept for citizens only' },
    ]);
    expect(checkSubject(household({ birthYear: null }), inVillage)).toEqual([]);
  });

  it('links a household for citizens only, and an organisation kind for organisations only', () => {
    expect(checkSubject(household({ householdCode: 'H2' }), inVillage)).toEqual([
      { field: 'householdCode', rule: 'CITIZENS_ONLY', message: 'is for citizens only' },
    ]);
    expect(checkSubject(citizen({ organisationKind: 'SCHOOL' }), inVillage)).toEqual([
      { field: 'organisationKind', rule: 'ORGANISATIONS_ONLY', message: 'is for organisations only' },
    ]);
    expect(checkSubject(household({ householdCode: '', organisationKind: null }), inVillage)).toEqual([]);
  });

  it('needs a unit that exists on the date', () => {
    expect(checkSubject(household(), { unitLevel: null, currentYear: CURRENT_YEAR })).toEqual([
      { field: 'unitCode', rule: 'EXISTS', message: 'names no administrative unit on that date' },
    ]);
  });

  it('hangs each kind from the tiers it belongs to', () => {
    expect(ALLOWED_LEVELS).toEqual({
      HOUSEHOLD: [AdminLevel.VILLAGE, AdminLevel.COMMUNE],
      CLAN: [AdminLevel.VILLAGE, AdminLevel.COMMUNE],
      CITIZEN: [AdminLevel.VILLAGE, AdminLevel.COMMUNE],
      ORGANISATION: [AdminLevel.COMMUNE, AdminLevel.DISTRICT, AdminLevel.PROVINCE],
    });
    expect(checkSubject(household(), { unitLevel: AdminLevel.PROVINCE, currentYear: CURRENT_YEAR })).toEqual([
      {
        field: 'unitCode',
        rule: 'UNIT_LEVEL',
        message: 'a household belongs to a village or commune, not a province',
      },
    ]);
    expect(rules(checkSubject(citizen(), { unitLevel: AdminLevel.DISTRICT, currentYear: CURRENT_YEAR }))).toEqual([
      'unitCode:UNIT_LEVEL',
    ]);
    expect(rules(checkSubject({ kind: SubjectKind.ORGANISATION, code: 'X', name: 'Công ty X' }, inVillage))).toEqual([
      'unitCode:UNIT_LEVEL',
    ]);
  });

  it('reports every problem at once, in field order', () => {
    expect(
      rules(
        checkSubject(
          {
            kind: SubjectKind.CLAN,
            code: '',
            name: 'N'.repeat(201),
            birthYear: 1990,
            householdCode: 'H1',
            organisationKind: 'OTHER',
          },
          { unitLevel: AdminLevel.DISTRICT, currentYear: CURRENT_YEAR },
        ),
      ),
    ).toEqual([
      'code:REQUIRED',
      'name:MAX_LENGTH',
      'birthYear:CITIZENS_ONLY',
      'householdCode:CITIZENS_ONLY',
      'organisationKind:ORGANISATIONS_ONLY',
      'unitCode:UNIT_LEVEL',
    ]);
  });
});

describe('checkSubject: a change (partial)', () => {
  it('checks only the fields given, and not the unit', () => {
    expect(checkSubject({ kind: SubjectKind.HOUSEHOLD }, asChange)).toEqual([]);
    expect(checkSubject({ kind: SubjectKind.CITIZEN, name: 'Tên mới', birthYear: 1975 }, asChange)).toEqual([]);
  });

  it('still refuses a blank or too long name and a bad birth year', () => {
    expect(checkSubject({ kind: SubjectKind.HOUSEHOLD, name: ' ' }, asChange)).toEqual([
      { field: 'name', rule: 'REQUIRED', message: 'must not be empty' },
    ]);
    expect(rules(checkSubject({ kind: SubjectKind.CITIZEN, name: 'N'.repeat(201) }, asChange))).toEqual([
      'name:MAX_LENGTH',
    ]);
    expect(rules(checkSubject({ kind: SubjectKind.CITIZEN, birthYear: 1850 }, asChange))).toEqual(['birthYear:RANGE']);
    expect(rules(checkSubject({ kind: SubjectKind.ORGANISATION, birthYear: 1990 }, asChange))).toEqual([
      'birthYear:CITIZENS_ONLY',
    ]);
  });
});
