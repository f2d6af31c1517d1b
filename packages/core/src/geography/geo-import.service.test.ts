import {
  createTestApi,
  nationalTestDatabase,
  useTestApi,
  type TestApi,
  type TestDatabase,
} from '@hoctap/plugin-sdk/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AuditEntry } from '../audit/audit-entry.entity.js';
import { AdminUnit } from './admin-unit.entity.js';
import { importDvhc, importMapFile } from './geo-import.service.js';
import { nationalMapReferenceData } from './national-map.reference.js';
import { SuccessionKind } from './geography.enums.js';
import { Succession } from './succession.entity.js';

/** Old Hà Nam (35) with one district and two communes; the communes merge into one new commune of Ninh Bình (37). */
function country() {
  return {
    before: {
      data: [
        {
          level1_id: '35',
          name: 'Tỉnh Hà Nam',
          type: 'Tỉnh',
          level2s: [
            {
              level2_id: '347',
              name: 'Thành phố Phủ Lý',
              type: 'Thành phố',
              level3s: [
                { level3_id: '13321', name: 'Phường Quang Trung', type: 'Phường' },
                { level3_id: '13324', name: 'Phường Lương Khánh Thiện', type: 'Phường' },
              ],
            },
          ],
        },
      ],
    },
    splits: { data: [] as unknown[] },
    after: {
      data: [
        {
          level1_id: '37',
          name: 'Tỉnh Ninh Bình',
          merges: [{ old_id: '35', type: 'full' }],
          level2s: [
            {
              level2_id: '13321',
              name: 'Phường Phủ Lý',
              merges: [
                { old_id: '13321', type: 'full' },
                { old_id: '13324', type: 'full' },
              ],
            },
          ],
        },
      ],
    },
  };
}

const t = useTestApi();

describe('importDvhc', () => {
  it('writes nothing and lists the bad rows when a row does not fit', async () => {
    const input = country();
    input.after.data[0]!.level2s[0]!.merges.push({ old_id: '13399', type: 'full' });
    const before = await t.db.orm.em.fork().count(AdminUnit);
    const result = await importDvhc(t.db.orm.em.fork(), input, { actor: 'system' });
    expect(result.counts).toBeNull();
    expect(result.problems).toEqual([
      expect.objectContaining({
        file: 'after',
        path: 'data[0].level2s[0].merges[2]',
        code: '13399',
        rule: 'UNKNOWN_CODE',
      }),
    ]);
    expect(await t.db.orm.em.fork().count(AdminUnit)).toBe(before);
  });

  it('imports the rest with skipBad, joins the reference provinces, and audits the import', async () => {
    const input = country();
    input.after.data[0]!.level2s[0]!.merges.push({ old_id: '13399', type: 'full' });
    const result = await importDvhc(t.db.orm.em.fork(), input, { actor: 'system', skipBad: true });
    expect(result.problems).toHaveLength(1);
    // Both provinces are reference data already: matched, not duplicated.
    expect(result.counts).toEqual({
      units: { inserted: 4, updated: 0, unchanged: 2 },
      parentLinks: { inserted: 4, unchanged: 0 },
      successions: { inserted: 2, updated: 0, unchanged: 1 },
    });
    expect(await t.db.orm.em.fork().count(AuditEntry, { action: 'geography.import' })).toBe(1);
  });

  it('changes nothing on a second run, and says so', async () => {
    const result = await importDvhc(t.db.orm.em.fork(), country(), { actor: 'system' });
    expect(result.counts).toEqual({
      units: { inserted: 0, updated: 0, unchanged: 6 },
      parentLinks: { inserted: 0, unchanged: 4 },
      successions: { inserted: 0, updated: 0, unchanged: 3 },
    });
    expect(await t.db.orm.em.fork().count(AuditEntry, { action: 'geography.import' })).toBe(1);
  });

  it('corrects a renamed unit and a changed succession on a later run', async () => {
    const input = country();
    input.after.data[0]!.level2s[0]!.name = 'Phường Phủ Lý Mới';
    input.after.data[0]!.level2s[0]!.merges[1]!.type = 'partial';
    const result = await importDvhc(t.db.orm.em.fork(), input, { actor: 'system' });
    expect(result.counts?.units.updated).toBe(1);
    expect(result.counts?.successions.updated).toBe(1);
    const renamed = await t.db.orm.em.fork().findOneOrFail(AdminUnit, { code: '13321', validFrom: '2025-07-01' });
    expect([renamed.name, renamed.version]).toEqual(['Phường Phủ Lý Mới', 2]);
    expect(await t.db.orm.em.fork().count(Succession, { kind: SuccessionKind.PARTIAL })).toBe(1);
  });

  it('answers over GraphQL: the old ward, its ancestors, and today’s ward that covers it', async () => {
    const result = await t.api.execute(`{
      adminUnit(code: "13324", asOf: "2025-01-01") {
        name ancestors { code } successors { kind unit { code name } } current { code name }
      }
    }`);
    expect(result.data).toEqual({
      adminUnit: {
        name: 'Phường Lương Khánh Thiện',
        ancestors: [{ code: '347' }, { code: '35' }],
        successors: [{ kind: 'PARTIAL', unit: { code: '13321', name: 'Phường Phủ Lý Mới' } }],
        current: [{ code: '13321', name: 'Phường Phủ Lý Mới' }],
      },
    });
  });
});

describe('the shipped national map, as pnpm start loads it', () => {
  let national: TestDatabase;
  let nationalApi: TestApi;

  beforeAll(async () => {
    national = await nationalTestDatabase();
    nationalApi = await createTestApi(national.orm);
  });

  afterAll(async () => {
    await nationalApi?.close();
    await national?.drop();
  });

  const count = async (level: string, asOf: string) => {
    const result = await nationalApi.execute<{ adminUnits: { totalCount: number } }>(
      `query ($asOf: Date) { adminUnits(filter: { level: ${level}, asOf: $asOf }) { totalCount } }`,
      { variables: { asOf } },
    );
    return result.data?.adminUnits.totalCount;
  };

  it('has 63 / 696 / 10,047 units on 1/3/2025 and 34 / 0 / 3,321 on 1/7/2025', async () => {
    expect([
      await count('PROVINCE', '2025-03-01'),
      await count('DISTRICT', '2025-03-01'),
      await count('COMMUNE', '2025-03-01'),
    ]).toEqual([63, 696, 10047]);
    expect([
      await count('PROVINCE', '2025-07-01'),
      await count('DISTRICT', '2025-07-01'),
      await count('COMMUNE', '2025-07-01'),
    ]).toEqual([34, 0, 3321]);
  });

  it('loads again without changing a row (idempotent), recorded as reference data', async () => {
    const em = national.orm.em.fork();
    expect(await em.transactional((tx) => nationalMapReferenceData.load(tx))).toBe(0);
    const loads = await em.execute<{ name: string }[]>(`select name from reference_data_load order by name`);
    expect(loads.map((l) => l.name)).toContain('geography.national-map');
  });

  it('reads a reused commune code as two different units', async () => {
    const query = `query ($asOf: Date) { adminUnit(code: "00004", asOf: $asOf) { name ancestors { name } } }`;
    const old = await nationalApi.execute(query, { variables: { asOf: '2025-06-30' } });
    const now = await nationalApi.execute(query, { variables: { asOf: '2025-07-01' } });
    expect(old.data).toEqual({
      adminUnit: { name: 'Phường Trúc Bạch', ancestors: [{ name: 'Quận Ba Đình' }, { name: 'Thành phố Hà Nội' }] },
    });
    expect(now.data).toEqual({ adminUnit: { name: 'Phường Ba Đình', ancestors: [{ name: 'Thành phố Hà Nội' }] } });
  });

  it('follows a split commune to every successor, PARTIAL each', async () => {
    const result = await nationalApi.execute<{
      adminUnits: { nodes: { code: string; successors: { kind: string }[]; current: unknown[] }[] };
    }>(
      `{ adminUnits(filter: { level: COMMUNE, asOf: "2025-06-30", search: "Tân" }, first: 100) { nodes { code successors { kind } current { code } } } }`,
    );
    const split = result.data?.adminUnits.nodes.find((n) => n.successors.length > 1);
    expect(split).toBeDefined();
    expect(split?.successors.every((s) => s.kind === 'PARTIAL')).toBe(true);
    expect(split?.current).toHaveLength(split?.successors.length ?? -1);
  });

  it('lists old Hà Nam’s six district-level units and today’s Ninh Bình communes', async () => {
    const hanam = await nationalApi.execute<{ adminUnit: { children: { name: string }[] } }>(
      `{ adminUnit(code: "35", asOf: "2025-03-01") { children(asOf: "2025-03-01") { name } } }`,
    );
    // DOMAIN.md: Phủ Lý city, Duy Tiên town, Kim Bảng, Thanh Liêm, Bình Lục, Lý Nhân; the GSO list of
    // 1/3/2025 already has Kim Bảng as a town (thị xã).
    expect(hanam.data?.adminUnit.children.map((c) => c.name).sort()).toEqual(
      [
        'Huyện Bình Lục',
        'Thị xã Kim Bảng',
        'Huyện Lý Nhân',
        'Huyện Thanh Liêm',
        'Thành phố Phủ Lý',
        'Thị xã Duy Tiên',
      ].sort(),
    );
    const ninhBinh = await nationalApi.execute<{ adminUnits: { totalCount: number } }>(
      `{ adminUnits(filter: { parentCode: "37" }) { totalCount } }`,
    );
    expect(ninhBinh.data?.adminUnits.totalCount).toBeGreaterThan(100);
  });

  it('searches through the index right after the load, not by scanning the table', async () => {
    const plan = await national.orm.em.fork().execute<{ 'QUERY PLAN': unknown }[]>(
      `explain (format json) select id from admin_unit u
       where u.search_vector @@ to_tsquery('simple', hoctap_unaccent(lower('dong & thap:*'))) and u.valid_to is null`,
    );
    expect(JSON.stringify(plan)).toContain('admin_unit_search_idx');
    expect(JSON.stringify(plan)).not.toContain('Seq Scan');
  });
});

describe('a file of earlier changes imported on top of the shipped map', () => {
  let db: TestDatabase;
  let api: TestApi;

  beforeAll(async () => {
    db = await nationalTestDatabase();
    api = await createTestApi(db.orm, { maxDepth: 10, maxCost: 100_000 });
  });

  afterAll(async () => {
    await api?.close();
    await db?.drop();
  });

  const haNamCommunes = async (asOf: string) => {
    const result = await api.execute<{ adminUnit: { children: { children: { code: string }[] }[] } }>(
      `query ($asOf: Date) { adminUnit(code: "35", asOf: $asOf) { children(asOf: $asOf) { children(asOf: $asOf) { code } } } }`,
      { variables: { asOf } },
    );
    return result.data?.adminUnit.children.flatMap((d) => d.children.map((c) => c.code)) ?? [];
  };

  /**
   * A test fixture, not history: Phường Quang Trung (13285) of Phủ Lý as if it had been formed on
   * 1/1/2025 from two communes with invented codes 13001 and 13002.
   */
  const earlier = {
    format: 'hoctap-map',
    version: 1,
    title: 'test: one merger before 1/3/2025',
    sources: [],
    legalBases: ['Nghị quyết (test fixture)'],
    units: [
      ['p', 'PROVINCE', '35', 'Tỉnh Hà Nam', 'PROVINCE', null, null, '2025-06-30', null],
      ['d', 'DISTRICT', '347', 'Thành phố Phủ Lý', 'PROVINCIAL_CITY', 'p', null, '2025-06-30', null],
      ['qt', 'COMMUNE', '13285', 'Phường Quang Trung', 'WARD', 'd', '2025-01-01', '2025-06-30', null],
      ['a', 'COMMUNE', '13001', 'Xã Thử A', 'COMMUNE', 'd', null, '2024-12-31', null],
      ['b', 'COMMUNE', '13002', 'Xã Thử B', 'COMMUNE', 'd', null, '2024-12-31', null],
    ],
    successions: [
      ['a', 'qt', 'FULL', '2025-01-01', 0],
      ['b', 'qt', 'FULL', '2025-01-01', 0],
    ],
  };

  it('answers a date before 1/3/2025 from that list, and says so', async () => {
    expect(await haNamCommunes('2022-01-01')).toHaveLength(98);
    const result = await api.execute<{ adminUnit: { knownFrom: string; asOfNote: string | null } }>(
      `{ adminUnit(code: "13285", asOf: "2022-01-01") { knownFrom asOfNote(asOf: "2022-01-01") } }`,
    );
    expect(result.data?.adminUnit.knownFrom).toBe('2025-03-01');
    expect(result.data?.adminUnit.asOfNote).toContain('From the list of 2025-03-01');
  });

  it('gives a listed unit its first day and adds the units it came from', async () => {
    const result = await importMapFile(db.orm.em.fork(), earlier, { actor: 'system' });
    expect(result.problems).toEqual([]);
    expect(result.counts?.units).toEqual({ inserted: 2, updated: 1, unchanged: 2 });
    expect(await haNamCommunes('2022-01-01')).toHaveLength(99);
    expect(await haNamCommunes('2025-03-01')).toHaveLength(98);
    const old = await api.execute<{ adminUnit: { current: { code: string }[]; asOfNote: null } }>(
      `{ adminUnit(code: "13001", asOf: "2022-01-01") { current { code } asOfNote(asOf: "2022-01-01") } }`,
    );
    expect(old.data?.adminUnit.current.map((c) => c.code)).toEqual(
      // Quang Trung's successor on the map of 1/7/2025.
      (
        await api.execute<{ adminUnit: { current: { code: string }[] } }>(
          `{ adminUnit(code: "13285", asOf: "2025-06-30") { current { code } } }`,
        )
      ).data?.adminUnit.current.map((c) => c.code),
    );
    const listed = await api.execute(`{ adminUnit(code: "13285", asOf: "2024-06-01") { name } }`);
    expect(listed.data).toEqual({ adminUnit: null });
  });

  it('keeps that first day when the shipped map loads again, and a second import changes nothing', async () => {
    expect(await db.orm.em.fork().transactional((tx) => nationalMapReferenceData.load(tx))).toBe(0);
    const again = await importMapFile(db.orm.em.fork(), earlier, { actor: 'system' });
    expect(again.counts?.units).toEqual({ inserted: 0, updated: 0, unchanged: 5 });
    expect(await haNamCommunes('2025-03-01')).toHaveLength(98);
    expect(await haNamCommunes('2022-01-01')).toHaveLength(99);
  });

  it('refuses a file whose rows do not fit, naming each, and writes nothing', async () => {
    const bad = {
      ...earlier,
      units: [...earlier.units, ['x', 'COMMUNE', '13003', 'Xã X', 'COMMUNE', 'd', '1/1/2024', null, null]],
    };
    const result = await importMapFile(db.orm.em.fork(), bad, { actor: 'system' });
    expect(result.counts).toBeNull();
    expect(result.problems).toEqual([{ path: 'units[5][6]', message: expect.stringContaining('ISO date') }]);
  });
});
