import { describe, expect, it } from 'vitest';
import { decodeMapFile } from './map-file.rules.js';
import { readNationalMap } from './national-map.reference.js';

/** The map that ships with the project (packages/core/data/national-map.json.gz), read as `pnpm start` reads it. */
describe('the shipped national map', () => {
  const file = readNationalMap();
  const decoded = decodeMapFile(file);
  if (!('units' in decoded)) throw new Error(JSON.stringify(decoded.problems.slice(0, 3)));
  const { units, successions } = decoded;
  const count = (era: 'o' | 'n', level: string) =>
    units.filter((u) => u.key.startsWith(era) && u.level === level).length;
  const unit = (key: string) => units.find((u) => u.key === key);
  const to = (fromKey: string) => successions.filter((s) => s.fromKey === fromKey).map((s) => `${s.toKey}:${s.kind}`);

  it('fits its own format, credits its sources and lists the corrections applied', () => {
    expect(decoded.problems).toEqual([]);
    expect(file.sources.map((s) => s.licence)).toEqual(['GPL-3.0', 'MIT']);
    expect(file.corrections).toEqual(['an-giang-30622', 'phu-nhuan-phuong-5', 'phu-nhuan-phuong-15']);
  });

  it('counts 63 provinces, 696 districts and 10,047 communes before; 34 provinces and 3,321 communes after', () => {
    expect([count('o', 'PROVINCE'), count('o', 'DISTRICT'), count('o', 'COMMUNE')]).toEqual([63, 696, 10047]);
    expect([count('n', 'PROVINCE'), count('n', 'DISTRICT'), count('n', 'COMMUNE')]).toEqual([34, 0, 3321]);
  });

  it('keeps the start of the 1/3/2025 list unknown, known from that date, and new units from 1/7/2025', () => {
    expect(unit('o30181')).toMatchObject({ validFrom: null, knownFrom: '2025-03-01', validTo: '2025-06-30' });
    expect(unit('n30259')).toMatchObject({ validFrom: '2025-07-01', knownFrom: null, validTo: null });
  });

  it('merges provinces as the reform did (Hà Nam → Ninh Bình, Thái Bình → Hưng Yên, Đồng Tháp → 82)', () => {
    expect([to('o35'), to('o36'), to('o37'), to('o34'), to('o87'), to('o82')]).toEqual([
      ['n37:FULL'],
      ['n37:FULL'],
      ['n37:FULL'],
      ['n33:FULL'],
      ['n82:FULL'],
      ['n82:FULL'],
    ]);
  });

  it('reuses commune codes: new 00004 Phường Ba Đình is not old 00004 Phường Trúc Bạch', () => {
    expect(units.filter((u) => u.code === '00004').map((u) => `${u.key} ${u.name}`)).toEqual([
      'o00004 Phường Trúc Bạch',
      'n00004 Phường Ba Đình',
    ]);
  });

  it('splits more than 400 old communes across several new communes, PARTIAL to each', () => {
    const byOld = new Map<string, string[]>();
    for (const s of successions)
      if (s.fromKey.length === 6) byOld.set(s.fromKey, [...(byOld.get(s.fromKey) ?? []), s.kind]);
    const split = [...byOld.values()].filter((kinds) => kinds.length > 1);
    expect(split.length).toBeGreaterThan(400);
    expect(split.every((kinds) => kinds.every((k) => k === 'PARTIAL'))).toBe(true);
  });

  it('maps communeless island districts to the special zones that succeeded them', () => {
    const fromDistricts = successions.filter((s) => unit(s.fromKey)?.level === 'DISTRICT');
    expect(fromDistricts).toHaveLength(5);
    expect(fromDistricts.map((s) => `${unit(s.fromKey)?.name} → ${unit(s.toKey)?.name}`)).toContain(
      'Huyện Côn Đảo → Đặc khu Côn Đảo',
    );
  });

  it('applies the documented corrections: no cross-province slip, Phú Nhuận wards, single spaces', () => {
    expect(to('o30622')).toEqual([]);
    expect(to('o30274')).toEqual(['n30259:FULL']);
    expect([unit('o27046')?.kind, unit('o27076')?.kind]).toEqual(['WARD', 'WARD']);
    expect(units.filter((u) => /\s{2}|^\s|\s$/.test(u.name))).toEqual([]);
    expect(unit('o04138')?.name).toBe('Xã Cò Nòi');
  });

  it('has every old commune of Đồng Tháp (87) and Hà Nam (35) of the 1/3/2025 list: 141 and 98', () => {
    const communesOf = (province: string) =>
      units.filter(
        (u) =>
          u.level === 'COMMUNE' && u.key.startsWith('o') && u.parentKey && unit(u.parentKey)?.parentKey === province,
      ).length;
    expect([communesOf('o87'), communesOf('o35')]).toEqual([141, 98]);
  });
});
