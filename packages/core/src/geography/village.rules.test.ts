import { describe, expect, it } from 'vitest';
import { AdminLevel } from './geography.enums.js';
import { checkVillage } from './village.rules.js';

const commune = { level: AdminLevel.COMMUNE };

describe('checkVillage', () => {
  it.each([
    ['a good village', { name: 'Ấp 1', validFrom: '2026-01-01' }, commune, []],
    ['an empty name', { name: '  ' }, commune, ['name:REQUIRED']],
    ['a name too long', { name: 'x'.repeat(201) }, commune, ['name:MAX_LENGTH']],
    ['a name of 200 characters', { name: 'x'.repeat(200) }, commune, []],
    [
      'an end before the start',
      { name: 'A', validFrom: '2026-02-01', validTo: '2026-01-31' },
      commune,
      ['validTo:AFTER_VALID_FROM'],
    ],
    ['an end on the start day', { name: 'A', validFrom: '2026-02-01', validTo: '2026-02-01' }, commune, []],
    ['no commune', { name: 'A' }, null, ['communeCode:EXISTS']],
    ['a province as parent', { name: 'A' }, { level: AdminLevel.PROVINCE }, ['communeCode:COMMUNE_LEVEL']],
    ['a name left unchanged on update', {}, commune, []],
  ] as const)('%s', (_name, draft, parent, expected) => {
    expect(checkVillage(draft, parent).map((p) => `${p.field}:${p.rule}`)).toEqual(expected);
  });
});
