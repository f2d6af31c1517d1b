import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { kindOf, parseDvhc } from './dvhc-import.rules.js';
import { AdminLevel } from './geography.enums.js';

/**
 * A tiny country: one old province with one district and three communes (GSO codes), merged into
 * one new province. The split of Tân Khánh Đông and the new commune 29880 are invented to exercise PARTIAL.
 */
function fixture() {
  return {
    before: {
      data: [
        {
          level1_id: '87',
          name: 'Tỉnh Đồng Tháp',
          type: 'Tỉnh',
          level2s: [
            {
              level2_id: '867',
              name: 'Thành phố Sa Đéc',
              type: 'Thành phố',
              level3s: [
                { level3_id: '29905', name: 'Phường 1', type: 'Phường' },
                { level3_id: '29908', name: 'Phường 4', type: 'Phường' },
                { level3_id: '29914', name: 'Xã Tân Khánh Đông', type: 'Xã' },
              ],
            },
          ],
        },
      ],
    },
    splits: {
      data: [
        {
          level1_id: '87',
          splits: [{ new_id: '82' }],
          level3s: [
            { level3_id: '29905', splits: [{ new_id: '29905' }] },
            { level3_id: '29908', splits: [{ new_id: '29905' }] },
            { level3_id: '29914', splits: [{ new_id: '29905' }, { new_id: '29880' }] },
          ],
        },
      ],
    },
    after: {
      data: [
        {
          level1_id: '82',
          name: 'Tỉnh Đồng Tháp',
          merges: [{ old_id: '87', type: 'full' }],
          level2s: [
            {
              level2_id: '29905',
              name: 'Phường Sa Đéc',
              merges: [
                { old_id: '29905', type: 'full' },
                { old_id: '29908', type: 'full' },
                { old_id: '29914', type: 'partial' },
              ],
            },
            { level2_id: '29880', name: 'Xã Tân Khánh Đông', merges: [{ old_id: '29914', type: 'partial' }] },
          ],
        },
      ],
    },
  };
}

describe('parseDvhc on a hand-made country', () => {
  it('reads both eras as different units even where the code is reused', () => {
    const { units, problems } = parseDvhc(fixture());
    expect(problems).toEqual([]);
    const ward = units.filter((u) => u.code === '29905');
    expect(ward).toEqual([
      expect.objectContaining({
        key: 'old:C:29905',
        name: 'Phường 1',
        parentKey: 'old:D:867',
        validFrom: null,
        validTo: '2025-06-30',
      }),
      expect.objectContaining({
        key: 'new:C:29905',
        name: 'Phường Sa Đéc',
        parentKey: 'new:P:82',
        validFrom: '2025-07-01',
        validTo: null,
      }),
    ]);
    expect(units.find((u) => u.key === 'old:D:867')).toMatchObject({ kind: 'PROVINCIAL_CITY', level: 'DISTRICT' });
  });

  it('turns merges into FULL and PARTIAL successions, a split commune PARTIAL to each successor', () => {
    const { successions } = parseDvhc(fixture());
    expect(successions.map((s) => `${s.fromKey}>${s.toKey}:${s.kind}`)).toEqual([
      'old:P:87>new:P:82:FULL',
      'old:C:29905>new:C:29905:FULL',
      'old:C:29908>new:C:29905:FULL',
      'old:C:29914>new:C:29905:PARTIAL',
      'old:C:29914>new:C:29880:PARTIAL',
    ]);
    expect(successions.every((s) => s.effectiveDate === '2025-07-01' && s.legalBasis.length > 0)).toBe(true);
  });

  it('reports a merge naming an unknown old code, with its place in the file, and drops only that row', () => {
    const input = fixture();
    input.after.data[0]!.level2s[1]!.merges.push({ old_id: '99999', type: 'full' });
    const { problems, successions } = parseDvhc(input);
    expect(problems).toEqual([
      {
        file: 'after',
        path: 'data[0].level2s[1].merges[1]',
        code: '99999',
        rule: 'UNKNOWN_CODE',
        message: 'old commune 99999 is not in the before-file',
      },
    ]);
    expect(successions).toHaveLength(5);
  });

  it('reports a split to a commune the after-file lacks, and one the merges do not mention', () => {
    const input = fixture();
    input.splits.data[0]!.level3s[0]!.splits.push({ new_id: '11111' }, { new_id: '29880' });
    const rules = parseDvhc(input).problems.map((p) => `${p.rule}@${p.path}`);
    // Old 29905 now has three successors, so its FULL merge into 29905 no longer fits either.
    expect(rules).toEqual([
      'KIND_MISMATCH@data[0].level2s[0].merges[0]',
      'DANGLING_MAPPING@data[0].level3s[0].splits[1]',
      'DANGLING_MAPPING@data[0].level3s[0].splits[2]',
    ]);
  });

  it('reports a FULL merge of a commune that went to several communes', () => {
    const input = fixture();
    input.after.data[0]!.level2s[1]!.merges[0]!.type = 'full';
    const { problems, successions } = parseDvhc(input);
    expect(problems).toEqual([
      expect.objectContaining({ rule: 'KIND_MISMATCH', path: 'data[0].level2s[1].merges[0]', code: '29914' }),
    ]);
    expect(successions.some((s) => s.toKey === 'new:C:29880')).toBe(false);
  });

  it('reports duplicates and malformed rows without throwing', () => {
    const input = fixture();
    const district = input.before.data[0]!.level2s[0]!;
    district.level3s.push(
      { level3_id: '29908', name: 'Phường 4 bis', type: 'Phường' },
      { level3_id: '', name: 'x', type: 'Xã' },
    );
    const rules = parseDvhc(input).problems.map((p) => `${p.rule}@${p.path}`);
    expect(rules).toEqual(['DUPLICATE_CODE@data[0].level2s[0].level3s[3]', 'BAD_SHAPE@data[0].level2s[0].level3s[4]']);
  });

  it('reports a commune mapped into a province its own province did not merge into', () => {
    const input = fixture();
    input.before.data.push({
      level1_id: '89',
      name: 'Tỉnh An Giang',
      type: 'Tỉnh',
      level2s: [
        {
          level2_id: '883',
          name: 'Thành phố Long Xuyên',
          type: 'Thành phố',
          level3s: [{ level3_id: '30280', name: 'Phường Mỹ Bình', type: 'Phường' }],
        },
      ],
    });
    input.after.data[0]!.level2s[1]!.merges.push({ old_id: '30280', type: 'partial' });
    const { problems } = parseDvhc(input);
    expect(problems).toEqual([
      expect.objectContaining({
        rule: 'OUTSIDE_PROVINCE',
        path: 'data[0].level2s[1].merges[1]',
        code: '30280',
        message: '30280 lies in old province 89, which did not merge into new province 82',
      }),
    ]);
  });

  it('refuses a document that is not a dvhc file at all', () => {
    expect(() => parseDvhc({ ...fixture(), after: { rows: [] } })).toThrow(/after file is not a dvhc document/);
  });
});

describe('kindOf', () => {
  it.each([
    ['Thành phố Trung ương', AdminLevel.PROVINCE, 'CENTRAL_CITY'],
    ['Tỉnh', AdminLevel.PROVINCE, 'PROVINCE'],
    ['Quận', AdminLevel.DISTRICT, 'URBAN_DISTRICT'],
    ['Huyện', AdminLevel.DISTRICT, 'RURAL_DISTRICT'],
    ['Thị xã', AdminLevel.DISTRICT, 'TOWN'],
    ['Thành phố', AdminLevel.DISTRICT, 'PROVINCIAL_CITY'],
    ['Xã', AdminLevel.COMMUNE, 'COMMUNE'],
    ['Phường', AdminLevel.COMMUNE, 'WARD'],
    ['Thị trấn', AdminLevel.COMMUNE, 'TOWNSHIP'],
    ['Đặc khu Phú Quốc', AdminLevel.COMMUNE, 'SPECIAL_ZONE'],
    ['Làng', AdminLevel.COMMUNE, null],
  ] as const)('%s at %s is %s', (label, level, kind) => {
    expect(kindOf(label, level)).toBe(kind);
  });
});

const dvhc = join(import.meta.dirname, '../../../../../shared/data/dvhc');
const present = existsSync(join(dvhc, 'units-2025-03-01.json'));
const read = (file: string): unknown => JSON.parse(readFileSync(join(dvhc, file), 'utf8'));

describe.skipIf(!present)(
  `parseDvhc on the national files${present ? '' : ' (skipped: ../shared/data/dvhc is not present)'}`,
  () => {
    const result = present
      ? parseDvhc({
          before: read('units-2025-03-01.json'),
          splits: read('splits-2025-07-01.json'),
          after: read('merges-2025-07-01.json'),
        })
      : { units: [], successions: [], problems: [] };
    const count = (era: string, level: string) =>
      result.units.filter((u) => u.key.startsWith(`${era}:${level}:`)).length;

    it('counts 63 provinces, 696 districts and 10,047 communes before; 34 provinces and 3,321 communes after', () => {
      expect([count('old', 'P'), count('old', 'D'), count('old', 'C')]).toEqual([63, 696, 10047]);
      expect([count('new', 'P'), count('new', 'C')]).toEqual([34, 3321]);
    });

    it('merges provinces as the reform did (Hà Nam → Ninh Bình, Thái Bình → Hưng Yên, Đồng Tháp → 82)', () => {
      const to = (code: string) =>
        result.successions.filter((s) => s.fromKey === `old:P:${code}`).map((s) => `${s.toKey}:${s.kind}`);
      expect([to('35'), to('36'), to('37'), to('34'), to('87'), to('82')]).toEqual([
        ['new:P:37:FULL'],
        ['new:P:37:FULL'],
        ['new:P:37:FULL'],
        ['new:P:33:FULL'],
        ['new:P:82:FULL'],
        ['new:P:82:FULL'],
      ]);
    });

    it('reuses commune codes: new 00004 Phường Ba Đình is not old 00004 Phường Trúc Bạch', () => {
      const units = result.units.filter((u) => u.code === '00004').map((u) => `${u.key} ${u.name}`);
      expect(units).toEqual(['old:C:00004 Phường Trúc Bạch', 'new:C:00004 Phường Ba Đình']);
    });

    it('splits an old commune across several new communes, PARTIAL to each', () => {
      const byOld = new Map<string, string[]>();
      for (const s of result.successions)
        if (s.fromKey.startsWith('old:C:')) byOld.set(s.fromKey, [...(byOld.get(s.fromKey) ?? []), s.kind]);
      const split = [...byOld.entries()].filter(([, kinds]) => kinds.length > 1);
      expect(split.length).toBeGreaterThan(400);
      expect(split.every(([, kinds]) => kinds.every((k) => k === 'PARTIAL'))).toBe(true);
    });

    it('maps communeless island districts to the special zones that succeeded them', () => {
      const fromDistricts = result.successions.filter((s) => s.fromKey.startsWith('old:D:'));
      const names = (keys: string[]) => keys.map((k) => result.units.find((u) => u.key === k)?.name);
      expect(fromDistricts).toHaveLength(5);
      expect(names(fromDistricts.map((s) => s.fromKey))).toContain('Huyện Côn Đảo');
      expect(names(fromDistricts.map((s) => s.toKey))).toContain('Đặc khu Côn Đảo');
    });

    it('finds the one commune the extraction mapped into another province', () => {
      // An Giang's Xã Tân Phú (30622) is listed in Đồng Tháp's new Xã Tân Phú Trung: a namesake slip
      // (old An Giang went wholly to new An Giang).
      expect(result.problems).toEqual([
        expect.objectContaining({
          rule: 'OUTSIDE_PROVINCE',
          file: 'after',
          path: 'data[29].level2s[101].merges[4]',
          code: '30622',
        }),
      ]);
    });
  },
);
