import { describe, expect, it } from 'vitest';
import { mapNote } from './map-note.rules.js';

describe('mapNote', () => {
  const listed = { validFrom: null, knownFrom: '2025-03-01' };
  it.each([
    ['a listed unit before the list', listed, '2022-01-01', 'From the list of 2025-03-01'],
    ['a listed unit on the list date', listed, '2025-03-01', null],
    ['a listed unit after the list date', listed, '2025-06-30', null],
    [
      'a listed unit given its first day by a later file',
      { validFrom: '2025-01-01', knownFrom: '2025-03-01' },
      '2022-01-01',
      null,
    ],
    ['a unit of the new map', { validFrom: '2025-07-01', knownFrom: null }, '2025-08-01', null],
    ['a unit predating the records without a list', { validFrom: null, knownFrom: null }, '2020-01-01', null],
  ] as const)('%s', (_case, unit, asOf, expected) => {
    const note = mapNote(unit, asOf);
    if (expected === null) expect(note).toBeNull();
    else {
      expect(note).toContain(expected);
      expect(note).toContain('Theo danh mục ngày 1/3/2025');
    }
  });
});
