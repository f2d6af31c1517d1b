import type { EntityManager } from '@mikro-orm/postgresql';
import { addTestUnits, type TestUnit } from '@hoctap/plugin-sdk/testing';
import type { AdminUnit } from './admin-unit.entity.js';
import { AdminLevel, AdminUnitKindEnum } from './geography.enums.js';

/** Adds a unit under a parent (found by code as of the unit's first or last day) for tests. */
export async function addUnit(
  em: EntityManager,
  unit: Omit<TestUnit, 'parentCode'>,
  parentCode: string,
): Promise<AdminUnit> {
  const [created] = await addTestUnits(em, [{ ...unit, parentCode }]);
  return created!;
}

/**
 * A slice of old Đồng Tháp (87), with the GSO codes: Sa Đéc city (867) with Phường 1, and Lấp Vò
 * district (875) with Xã Tân Mỹ,
 * valid until the reform; and one new commune under new Đồng Tháp (82).
 */
export async function addDongThapSlice(em: EntityManager) {
  const old = { validFrom: null, validTo: '2025-06-30' };
  const saDec = await addUnit(
    em,
    {
      code: '867',
      name: 'Thành phố Sa Đéc',
      level: AdminLevel.DISTRICT,
      kind: AdminUnitKindEnum.PROVINCIAL_CITY,
      ...old,
    },
    '87',
  );
  const ward = await addUnit(
    em,
    { code: '29905', name: 'Phường 1', level: AdminLevel.COMMUNE, kind: AdminUnitKindEnum.WARD, ...old },
    '867',
  );
  const lapVo = await addUnit(
    em,
    { code: '875', name: 'Huyện Lấp Vò', level: AdminLevel.DISTRICT, kind: AdminUnitKindEnum.RURAL_DISTRICT, ...old },
    '87',
  );
  const commune = await addUnit(
    em,
    { code: '30175', name: 'Xã Tân Mỹ', level: AdminLevel.COMMUNE, kind: AdminUnitKindEnum.COMMUNE, ...old },
    '875',
  );
  const newWard = await addUnit(
    em,
    {
      code: '29905',
      name: 'Phường Sa Đéc',
      level: AdminLevel.COMMUNE,
      kind: AdminUnitKindEnum.WARD,
      validFrom: '2025-07-01',
      validTo: null,
    },
    '82',
  );
  return { saDec, ward, lapVo, commune, newWard };
}
