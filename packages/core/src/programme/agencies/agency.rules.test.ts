import { describe, expect, it } from 'vitest';
import { agencyDefinitionProblems, grantAgencyProblem, matchAgency, normaliseAgencyName } from './agency.rules.js';

const AGENCIES = [
  { code: 'BGDDT', name: 'Bộ Giáo dục và Đào tạo', aliases: [], unitId: null },
  {
    code: '87.SGDDT',
    name: 'Sở Giáo dục và Đào tạo tỉnh Đồng Tháp',
    aliases: ['Sở Giáo dục và Đào tạo'],
    unitId: 'u87',
  },
  { code: '35.SGDDT', name: 'Sở Giáo dục và Đào tạo tỉnh Hà Nam', aliases: ['Sở Giáo dục và Đào tạo'], unitId: 'u35' },
  { code: 'X.SHARED', name: 'Hội Khuyến học', aliases: [], unitId: null },
];

describe('matchAgency', () => {
  it.each([
    ['Sở Giáo dục và Đào tạo', ['u87'], '87.SGDDT', "the issuer's own department"],
    ['Sở Giáo dục và Đào tạo', ['u35'], '35.SGDDT', "another province's plan: its own department"],
    ['  sở giáo dục  và đào tạo ', ['u87'], '87.SGDDT', 'case and spacing do not matter'],
    ['Bộ Giáo dục và Đào tạo', ['u87'], 'BGDDT', 'a national agency from a province plan'],
    ['Sở Giáo dục và Đào tạo', ['u01'], null, 'no such department of that province: not borrowed from another'],
    ['Các sở, ban, ngành Tỉnh', ['u87'], null, 'a collective name is no agency'],
    ['UBND cấp huyện', ['u87'], null, 'the districts together are no agency'],
    ['Sở Giáo dục', ['u87'], null, 'a partial name is not guessed'],
  ])('%s for %j → %s (%s)', (text, issuer, expected, _why) => {
    expect(matchAgency(text, issuer, AGENCIES)).toBe(expected);
  });

  it('compares Unicode-composed and decomposed names alike', () => {
    expect(normaliseAgencyName('Sở'.normalize('NFD'))).toBe(normaliseAgencyName('sở'));
  });
});

describe('agencyDefinitionProblems', () => {
  it('accepts a well-formed set', () => {
    expect(
      agencyDefinitionProblems([{ code: '87.UBND', name: 'UBND tỉnh', kind: 'PEOPLES_COMMITTEE', unitCode: '87' }]),
    ).toEqual([]);
  });

  it.each([
    [[{ code: 'bad code', name: 'x', kind: 'DEPARTMENT' }], /code must be/],
    [[{ code: 'A', name: ' ', kind: 'DEPARTMENT' }], /name must not be empty/],
    [[{ code: 'A', name: 'x', kind: 'SHOP' }], /unknown kind SHOP/],
    [[{ code: 'A', name: 'x', kind: 'DEPARTMENT', unitOn: '1/7/2025' }], /unitOn must be a date/],
    [
      [
        { code: 'A', name: 'x', kind: 'DEPARTMENT' },
        { code: 'A', name: 'y', kind: 'DEPARTMENT' },
      ],
      /appears twice/,
    ],
    [
      [
        { code: 'A', name: 'Sở X', kind: 'DEPARTMENT' },
        { code: 'B', name: 'Sở Y', kind: 'DEPARTMENT', aliases: ['sở x'] },
      ],
      /also A's/,
    ],
  ])('refuses %j', (defs, message) => {
    expect(agencyDefinitionProblems(defs as never).join('\n')).toMatch(message);
  });
});

describe('grantAgencyProblem', () => {
  const agency87 = { code: '87.SGDDT', unitId: 'u87' };
  it.each([
    ['an agency of the grant’s unit', agency87, { unitId: 'u87', succeededUnitIds: [] }, null],
    [
      'an agency of a unit the grant’s unit wholly succeeded',
      agency87,
      { unitId: 'u82', succeededUnitIds: ['u87'] },
      null,
    ],
    [
      'a national agency for a national grant',
      { code: 'BGDDT', unitId: null },
      { unitId: null, succeededUnitIds: [] },
      null,
    ],
    ['an agency of another unit', agency87, { unitId: 'u35', succeededUnitIds: [] }, 'AGENCY_OF_UNIT'],
    [
      'a national agency for a province grant',
      { code: 'BGDDT', unitId: null },
      { unitId: 'u87', succeededUnitIds: [] },
      'AGENCY_OF_UNIT',
    ],
    ['a province agency for a national grant', agency87, { unitId: null, succeededUnitIds: [] }, 'AGENCY_OF_UNIT'],
    ['an unknown code', null, { unitId: 'u87', succeededUnitIds: [] }, 'AGENCY_EXISTS'],
  ])('%s', (_, agency, grant, rule) => {
    expect(grantAgencyProblem('grant.agency', agency, grant, agency?.code ?? 'NOPE')?.rule ?? null).toBe(rule);
  });
});
