import { useTestApi } from '@hoctap/plugin-sdk/testing';
import type { EntityManager } from '@mikro-orm/postgresql';
import { beforeAll, describe, expect, it } from 'vitest';
import { GeographyCache } from './geography-cache.js';
import { AdminLevel, AdminUnitKindEnum } from './geography.enums.js';
import { addUnit } from './geography.test-helpers.js';

const t = useTestApi();
let em: EntityManager;

beforeAll(() => {
  em = t.db.orm.em.fork();
});

const now = (cache: GeographyCache, unitIds: string[] = []) =>
  GeographyCache.revision(em).then((revision) => cache.snapshot(em, revision, unitIds));

const commune = (code: string, name: string) =>
  addUnit(em, { code, name, level: AdminLevel.COMMUNE, kind: AdminUnitKindEnum.COMMUNE }, '87');

describe('the in-memory map for analytics', () => {
  it('is loaded once and kept while the map does not change', async () => {
    const cache = new GeographyCache();
    const first = await now(cache);
    const dongThap = [...first.units.values()].find((u) => u.code === '87');
    expect(dongThap?.name).toBe('Tỉnh Đồng Tháp');
    expect(await now(cache)).toBe(first);
  });

  it('is loaded again after a commune is added, renamed, or given a successor', async () => {
    const cache = new GeographyCache();
    const before = await now(cache);
    const added = await commune('99001', 'Xã Thử Nghiệm');
    const afterAdd = await now(cache);
    expect(afterAdd.revision).toBeGreaterThan(before.revision);
    expect(afterAdd.units.get(added.id)).toEqual({ code: '99001', name: 'Xã Thử Nghiệm' });

    await em.execute(`update admin_unit set name = 'Xã Đổi Tên' where id = ?`, [added.id]);
    expect((await now(cache)).units.get(added.id)?.name).toBe('Xã Đổi Tên');

    const next = await commune('99002', 'Xã Kế Tiếp');
    await em.execute(
      `insert into admin_unit_succession (id, from_id, to_id, kind, effective_date, legal_basis)
       values (gen_random_uuid(), ?, ?, 'FULL', '2025-07-01', 'test')`,
      [added.id, next.id],
    );
    expect((await now(cache)).successions.get(added.id)).toEqual([
      { fromId: added.id, toId: next.id, kind: 'FULL', effectiveDate: '2025-07-01', weight: null },
    ]);
  });

  it('is not reloaded for a village, which analytics never show', async () => {
    const cache = new GeographyCache();
    const parent = await commune('99003', 'Xã Có Thôn');
    const before = await now(cache);
    await addUnit(
      em,
      { code: 'T-99003-1', name: 'Thôn 1', level: AdminLevel.VILLAGE, kind: AdminUnitKindEnum.VILLAGE },
      parent.code,
    );
    expect(await now(cache)).toBe(before);
  });

  it('is reloaded for a unit it does not know even at the same revision, and shared by concurrent requests', async () => {
    const cache = new GeographyCache();
    const first = await now(cache);
    // As if the unit was written between a query's revision read and its fetch.
    const stranger = '00000000-0000-7000-8000-000000000001';
    const [a, b] = await Promise.all([
      cache.snapshot(em, first.revision, [stranger]),
      cache.snapshot(em, first.revision, [stranger]),
    ]);
    expect(a).not.toBe(first);
    expect(a).toBe(b);
  });
});
