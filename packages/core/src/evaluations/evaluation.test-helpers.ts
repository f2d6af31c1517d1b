import type { EntityManager } from '@mikro-orm/postgresql';
import type { Principal } from '../auth/principal.js';
import { Role } from '../auth/roles.js';
import { CriteriaSet } from '../criteria/criteria-set.entity.js';
import { AdminUnit } from '../geography/admin-unit.entity.js';
import { AdminLevel, AdminUnitKindEnum } from '../geography/geography.enums.js';
import { addDongThapSlice, addUnit } from '../geography/geography.test-helpers.js';
import { Subject } from '../subjects/subject.entity.js';
import { SubjectKind } from '../subjects/subject.enums.js';

export const scopedAs = (unit: AdminUnit, role: Role.OFFICER | Role.ASSOCIATION = Role.OFFICER): Principal => ({
  kind: 'user',
  subject: `${role.toLowerCase()}-${unit.code}`,
  role,
  unitId: unit.id,
  unitCode: unit.code,
});

/**
 * Old Đồng Tháp as in the geography fixture plus a village of Xã Tân Mỹ, a second province
 * (Hà Nam, 35) with a commune, and households in both.
 */
export async function addEvaluationFixture(em: EntityManager) {
  const slice = await addDongThapSlice(em);
  const old = { validFrom: null, validTo: '2025-06-30' };
  const village = await addUnit(
    em,
    { code: '30175.001', name: 'Ấp Tân Hòa', level: AdminLevel.VILLAGE, kind: AdminUnitKindEnum.VILLAGE, ...old },
    '30175',
  );
  const duyTien = await addUnit(
    em,
    { code: '349', name: 'Thị xã Duy Tiên', level: AdminLevel.DISTRICT, kind: AdminUnitKindEnum.TOWN, ...old },
    '35',
  );
  const haNamCommune = await addUnit(
    em,
    { code: '13363', name: 'Xã Chuyên Ngoại', level: AdminLevel.COMMUNE, kind: AdminUnitKindEnum.COMMUNE, ...old },
    '349',
  );
  const household = (unit: AdminUnit, code: string) =>
    em.create(Subject, { kind: SubjectKind.HOUSEHOLD, unit, code, name: `Hộ số ${code}`, source: 'test' });
  const households = Array.from({ length: 12 }, (_, i) => household(village, `H${i + 1}`));
  const haNamHousehold = household(haNamCommune, 'H1');
  const citizen = em.create(Subject, {
    kind: SubjectKind.CITIZEN,
    unit: village,
    code: 'C1',
    name: 'Nguyễn Thị A',
    birthYear: 1980,
    source: 'test',
  });
  await em.flush();
  const province = await em.findOneOrFail(AdminUnit, { code: '87', level: AdminLevel.PROVINCE });
  return { ...slice, village, duyTien, haNamCommune, households, haNamHousehold, citizen, province };
}

/** A complete score sheet for a set: each indicator's value from `value` (default: its maximum, or met). */
export async function fullSheet(
  em: EntityManager,
  setCode: string,
  value: (indicator: { code: string; kind: string; maxScore?: number }) => number = (i) =>
    i.kind === 'POINTS' ? (i.maxScore ?? 0) : i.kind === 'PERCENT' ? 100 : 1,
) {
  const set = await em.findOneOrFail(CriteriaSet, { code: setCode });
  return set.criteria.flatMap((c) => c.indicators).map((i) => ({ indicatorCode: i.code, value: value(i) }));
}
