import { describe, expect, it } from 'vitest';
import { decodeMapFile, encodeMapFile, type MapFile } from './map-file.rules.js';

const file = (over: Partial<MapFile> = {}): unknown => ({
  format: 'hoctap-map',
  version: 1,
  title: 'test',
  sources: [],
  legalBases: ['Nghị quyết X'],
  units: [
    ['p', 'PROVINCE', '35', 'Tỉnh Hà Nam', 'PROVINCE', null, null, '2025-06-30', '2025-03-01'],
    ['c', 'COMMUNE', '13300', 'Xã A', 'COMMUNE', 'p', '2025-01-01', '2025-06-30', null],
  ],
  successions: [['c', 'p', 'FULL', '2025-07-01', 0]],
  ...over,
});

describe('decodeMapFile', () => {
  it('reads units and successions', () => {
    const decoded = decodeMapFile(file());
    expect(decoded.problems).toEqual([]);
    expect('units' in decoded && decoded.units[1]).toMatchObject({ key: 'c', parentKey: 'p', validFrom: '2025-01-01' });
    expect('successions' in decoded && decoded.successions[0]).toMatchObject({ legalBasis: 'Nghị quyết X' });
  });

  it('round-trips what encodeMapFile writes', () => {
    const decoded = decodeMapFile(file());
    if (!('units' in decoded)) throw new Error('bad fixture');
    const again = decodeMapFile(encodeMapFile({ title: 't', sources: [] }, decoded.units, decoded.successions));
    expect('units' in again && again.units).toEqual(decoded.units);
  });

  it.each([
    [{ format: 'other' }, 'format', 'not a map file'],
    [{ version: 2 }, 'version', 'not supported'],
    [{ units: [['p', 'PROVINCE', '35', 'X', 'PROVINCE', null, null, null]] }, 'units[0]', 'a unit is'],
    [{ units: [['p', 'TOWN', '35', 'X', 'PROVINCE', null, null, null, null]] }, 'units[0][1]', 'level must be'],
    [{ units: [['p', 'PROVINCE', 'x5', 'X', 'PROVINCE', null, null, null, null]] }, 'units[0][2]', 'code must be'],
    [{ units: [['p', 'PROVINCE', '35', ' ', 'PROVINCE', null, null, null, null]] }, 'units[0][3]', 'name must be'],
    [{ units: [['p', 'PROVINCE', '35', 'X', 'CITY', null, null, null, null]] }, 'units[0][4]', 'kind must be'],
    [{ units: [['p', 'PROVINCE', '35', 'X', 'PROVINCE', 'q', null, null, null]] }, 'units[0][5]', 'not a key'],
    [{ units: [['p', 'PROVINCE', '35', 'X', 'PROVINCE', null, '02/07/2025', null, null]] }, 'units[0][6]', 'ISO date'],
    [{ units: [['p', 'PROVINCE', '35', 'X', 'PROVINCE', null, '2025-02-30', null, null]] }, 'units[0][6]', 'ISO date'],
    [
      { units: [['p', 'PROVINCE', '35', 'X', 'PROVINCE', null, '2025-05-01', '2025-04-01', null]] },
      'units[0][7]',
      'before',
    ],
    [{ successions: [['c', 'x', 'FULL', '2025-07-01', 0]] }, 'successions[0][1]', 'not a key'],
    [{ successions: [['c', 'p', 'SOME', '2025-07-01', 0]] }, 'successions[0][2]', 'FULL or PARTIAL'],
    [{ successions: [['c', 'p', 'FULL', '2025-07-01', 3]] }, 'successions[0][4]', 'legalBases'],
  ] as [Partial<MapFile>, string, string][])('refuses %j at %s', (over, path, message) => {
    const { problems } = decodeMapFile(file(over));
    expect(problems).toEqual(expect.arrayContaining([{ path, message: expect.stringContaining(message) }]));
  });
});
