import { describe, expect, it } from 'vitest';
import { tidyName } from './dvhc-corrections.data.js';
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

describe('parseDvhc with the documented corrections', () => {
  /** Old Đồng Tháp's 30274 and An Giang's namesake 30622, both listed in Đồng Tháp's new 30259. */
  function namesakes() {
    const old = (code: string, name: string, communes: { level3_id: string; name: string; type: string }[]) => ({
      level1_id: code,
      name,
      type: 'Tỉnh',
      level2s: [
        { level2_id: code === '87' ? '874' : '892', name: 'Huyện Châu Thành', type: 'Huyện', level3s: communes },
      ],
    });
    return {
      before: {
        data: [
          old('87', 'Tỉnh Đồng Tháp', [{ level3_id: '30274', name: 'Xã  Tân Phú ', type: 'Xã' }]),
          old('89', 'Tỉnh An Giang', [{ level3_id: '30622', name: 'Xã Tân Phú', type: 'Xã' }]),
        ],
      },
      splits: {
        data: [
          { level1_id: '87', level3s: [{ level3_id: '30274', splits: [{ new_id: '30259' }] }] },
          { level1_id: '89', level3s: [{ level3_id: '30622', splits: [{ new_id: '30259' }] }] },
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
                level2_id: '30259',
                name: 'Xã Tân Phú Trung',
                merges: [
                  { old_id: '30274', type: 'full' },
                  { old_id: '30622', type: 'full' },
                ],
              },
            ],
          },
          { level1_id: '91', name: 'Tỉnh An Giang', merges: [{ old_id: '89', type: 'full' }], level2s: [] },
        ],
      },
    };
  }

  it('reports the cross-province slip without corrections, and drops that one mapping with them', () => {
    const raw = parseDvhc(namesakes(), []);
    expect(raw.problems.map((p) => [p.rule, p.code])).toEqual([['OUTSIDE_PROVINCE', '30622']]);
    const corrected = parseDvhc(namesakes());
    expect(corrected.problems).toEqual([]);
    expect(corrected.corrected).toEqual(['an-giang-30622']);
    expect(corrected.successions.filter((s) => s.fromKey.startsWith('old:C:')).map((s) => s.fromKey)).toEqual([
      'old:C:30274',
    ]);
  });

  it('lists corrections that match no row instead of applying them elsewhere', () => {
    expect(parseDvhc(namesakes()).unmatchedCorrections).toEqual(['phu-nhuan-phuong-5', 'phu-nhuan-phuong-15']);
  });

  it('tidies names and keeps the start of listed units unknown, known from the list of 1/3/2025', () => {
    const unit = parseDvhc(namesakes()).units.find((u) => u.key === 'old:C:30274');
    expect(unit).toMatchObject({ name: 'Xã Tân Phú', validFrom: null, knownFrom: '2025-03-01', validTo: '2025-06-30' });
  });

  it('types a ward by its name where the list says "Xã" (Phú Nhuận\'s Phường 5)', () => {
    const input = {
      before: {
        data: [
          {
            level1_id: '79',
            name: 'Thành phố Hồ Chí Minh',
            type: 'Thành phố Trung ương',
            level2s: [
              {
                level2_id: '768',
                name: 'Quận Phú Nhuận',
                type: 'Quận',
                level3s: [{ level3_id: '27046', name: 'Phường 5', type: 'Xã' }],
              },
            ],
          },
        ],
      },
      splits: { data: [] },
      after: { data: [] },
    };
    expect(parseDvhc(input).units.find((u) => u.code === '27046')?.kind).toBe('WARD');
    expect(parseDvhc(input, []).units.find((u) => u.code === '27046')?.kind).toBe('COMMUNE');
  });
});

describe('tidyName', () => {
  it.each([
    ['Xã  Tư', 'Xã Tư'],
    ['Xã Tạ An Khương  Đông', 'Xã Tạ An Khương Đông'],
    ['Xã Ngư Thủy ', 'Xã Ngư Thủy'],
    ['Thị Trấn Ái Tử', 'Thị trấn Ái Tử'],
    ['Thành Phố Bắc Kạn', 'Thành phố Bắc Kạn'],
    ['Thị Xã Buôn Hồ', 'Thị xã Buôn Hồ'],
    ['Thành phố Hồ Chí Minh', 'Thành phố Hồ Chí Minh'],
    ['Phường Thị Xã', 'Phường Thị Xã'],
  ])('%s → %s', (name, tidy) => {
    expect(tidyName(name)).toBe(tidy);
  });
});
