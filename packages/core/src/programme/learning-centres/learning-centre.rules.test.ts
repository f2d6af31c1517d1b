import { describe, expect, it } from 'vitest';
import { checkCentre, checkCentreYear, withYear } from './learning-centre.rules.js';

const TODAY = '2026-11-28';
const facilities = { sharedWithCulturalHouse: true, rooms: 1, computers: 2, library: false };
const centre = { establishedOn: '2010-05-01', closedOn: null };
const rules = (problems: { field: string; rule: string }[]) => problems.map((p) => `${p.field}:${p.rule}`);

describe('checkCentre', () => {
  it('accepts a centre sharing the cultural house', () => {
    expect(checkCentre({ name: 'TTHTCĐ xã Tân Mỹ', establishedOn: '2010-05-01', facilities }, TODAY)).toEqual([]);
  });

  it.each([
    ['no name', { name: ' ' }, 'name:LENGTH'],
    ['a founding date in the future', { establishedOn: '2027-01-01' }, 'establishedOn:NOT_FUTURE'],
    [
      'a closing before the founding',
      { establishedOn: '2010-01-01', closedOn: '2009-12-31' },
      'closedOn:AFTER_ESTABLISHED',
    ],
    ['negative rooms', { facilities: { ...facilities, rooms: -1 } }, 'facilities.rooms:NON_NEGATIVE_INTEGER'],
    ['half a computer', { facilities: { ...facilities, computers: 1.5 } }, 'facilities.computers:NON_NEGATIVE_INTEGER'],
  ])('refuses %s', (_what, draft, rule) => {
    expect(rules(checkCentre(draft, TODAY))).toEqual([rule]);
  });
});

describe('checkCentreYear', () => {
  it.each([
    [2009, 'year:OPEN_YEAR'],
    [2027, 'year:OPEN_YEAR'],
  ])('refuses year %i, when the centre was not open or which has not come', (year, rule) => {
    expect(rules(checkCentreYear({ year, activities: ['Lớp tin học'], participants: 10 }, centre, TODAY))).toEqual([
      rule,
    ]);
  });

  it('refuses a year after the centre closed, negative participants and blank activities', () => {
    expect(
      rules(
        checkCentreYear(
          { year: 2021, activities: [' '], participants: -3 },
          { ...centre, closedOn: '2020-06-30' },
          TODAY,
        ),
      ),
    ).toEqual(['year:OPEN_YEAR', 'participants:NON_NEGATIVE_INTEGER', 'activities[0]:REQUIRED']);
  });

  it('accepts the founding year and the current year', () => {
    expect(checkCentreYear({ year: 2010, activities: [], participants: 0 }, centre, TODAY)).toEqual([]);
    expect(
      checkCentreYear({ year: 2026, activities: ['Chuyên đề pháp luật'], participants: 120 }, centre, TODAY),
    ).toEqual([]);
  });
});

describe('withYear', () => {
  it('replaces a year reported again and keeps years in order', () => {
    const years = withYear(
      withYear([{ year: 2024, activities: ['A'], participants: 5 }], { year: 2022, activities: [], participants: 1 }),
      { year: 2024, activities: ['B'], participants: 9 },
    );
    expect(years).toEqual([
      { year: 2022, activities: [], participants: 1 },
      { year: 2024, activities: ['B'], participants: 9 },
    ]);
  });
});
