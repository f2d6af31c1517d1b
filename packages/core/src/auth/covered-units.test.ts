import { testPrincipals, useTestApi } from '@hoctap/plugin-sdk/testing';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Principal } from './principal.js';
import { AdminUnit } from '../geography/admin-unit.entity.js';
import { AdminLevel, AdminUnitKindEnum } from '../geography/geography.enums.js';
import { addUnit } from '../geography/geography.test-helpers.js';
import { scopedAs } from '../evaluations/evaluation.test-helpers.js';

/**
 * Issue 16, following DOMAIN.md ("Administrative geography changes"): commune codes are reused —
 * new "00004 Phường Ba Đình" is not old "00004 Phường Trúc Bạch". A record dated before 1/7/2025
 * that names 00004 belongs to the old ward; a listing for today's 00004 includes it, as analytics
 * does on today's map, and a predecessor shared with other successors (PARTIAL) only for callers
 * who may read it.
 */
const t = useTestApi();
let baDinh: AdminUnit;
let truongChinh: AdminUnit;
let ward: Principal;
let hanoi: Principal;

const CREATE = `mutation ($input: CreateAssociationInput!) { createStudyPromotionAssociation(input: $input) { id } }`;
const LIST = `query ($asOf: Date) { studyPromotionAssociations(unitCode: "00004", asOf: $asOf) { name unit { code name } } }`;

async function association(unitCode: string, foundedOn: string, name: string) {
  const r = await t.api.execute(CREATE, {
    variables: { input: { unitCode, foundedOn, name } },
    as: testPrincipals.admin,
  });
  expect(r.errors).toBeUndefined();
}

const names = async (as: Principal, asOf?: string) => {
  const r = await t.api.execute<{ studyPromotionAssociations: { name: string }[] }>(LIST, {
    variables: asOf ? { asOf } : {},
    as,
  });
  expect(r.errors).toBeUndefined();
  return r.data!.studyPromotionAssociations.map((a) => a.name);
};

beforeAll(async () => {
  const em = t.db.orm.em.fork();
  const old = { validFrom: null, validTo: '2025-06-30' };
  await addUnit(
    em,
    { code: '001', name: 'Quận Ba Đình', level: AdminLevel.DISTRICT, kind: AdminUnitKindEnum.URBAN_DISTRICT, ...old },
    '01',
  );
  const trucBach = await addUnit(
    em,
    { code: '00004', name: 'Phường Trúc Bạch', level: AdminLevel.COMMUNE, kind: AdminUnitKindEnum.WARD, ...old },
    '001',
  );
  const quanThanh = await addUnit(
    em,
    { code: '00007', name: 'Phường Quán Thánh', level: AdminLevel.COMMUNE, kind: AdminUnitKindEnum.WARD, ...old },
    '001',
  );
  const after = { validFrom: '2025-07-01', validTo: null };
  baDinh = await addUnit(
    em,
    { code: '00004', name: 'Phường Ba Đình', level: AdminLevel.COMMUNE, kind: AdminUnitKindEnum.WARD, ...after },
    '01',
  );
  truongChinh = await addUnit(
    em,
    { code: '00008', name: 'Phường Khác', level: AdminLevel.COMMUNE, kind: AdminUnitKindEnum.WARD, ...after },
    '01',
  );
  // Trúc Bạch wholly into Ba Đình; Quán Thánh split between Ba Đình and another ward.
  await em.execute(
    `insert into admin_unit_succession (id, from_id, to_id, kind, effective_date, legal_basis) values
       (gen_random_uuid(), ?, ?, 'FULL', '2025-07-01', 'test'),
       (gen_random_uuid(), ?, ?, 'PARTIAL', '2025-07-01', 'test'),
       (gen_random_uuid(), ?, ?, 'PARTIAL', '2025-07-01', 'test')`,
    [trucBach.id, baDinh.id, quanThanh.id, baDinh.id, quanThanh.id, truongChinh.id],
  );
  await association('00004', '2020-05-01', 'Hội Khuyến học phường Trúc Bạch');
  await association('00007', '2019-03-01', 'Hội Khuyến học phường Quán Thánh');
  await association('00004', '2025-08-01', 'Hội Khuyến học phường Ba Đình');
  ward = scopedAs(baDinh);
  const newHanoi = await em.findOneOrFail(AdminUnit, { code: '01', level: AdminLevel.PROVINCE, validTo: null });
  hanoi = scopedAs(newHanoi);
});

describe('studyPromotionAssociations for a unit whose code was reused', () => {
  it('includes the associations of every unit today’s 00004 succeeded, for a national caller', async () => {
    expect(await names(testPrincipals.admin)).toEqual([
      'Hội Khuyến học phường Ba Đình',
      'Hội Khuyến học phường Quán Thánh',
      'Hội Khuyến học phường Trúc Bạch',
    ]);
  });

  it('gives the ward’s own officer its FULL predecessor’s association, not a PARTIAL one’s', async () => {
    expect(await names(ward)).toEqual(['Hội Khuyến học phường Ba Đình', 'Hội Khuyến học phường Trúc Bạch']);
  });

  it('gives the province’s officer both, since the province wholly succeeded the old one', async () => {
    expect(await names(hanoi)).toHaveLength(3);
  });

  it('on a day before the reform, 00004 is the old ward, with its own association only', async () => {
    expect(await names(testPrincipals.admin, '2024-01-01')).toEqual(['Hội Khuyến học phường Trúc Bạch']);
  });

  it('covers subjects the same way: a household of the old ward is listed for today’s ward', async () => {
    const em = t.db.orm.em.fork();
    const trucBach = await em.findOneOrFail(AdminUnit, { code: '00004', validTo: '2025-06-30' });
    await em.execute(
      `insert into subject (id, kind, unit_id, code, name, source, version) values (gen_random_uuid(), 'HOUSEHOLD', ?, 'H1', 'Hộ cũ', 'test', 1)`,
      [trucBach.id],
    );
    const r = await t.api.execute<{ subjects: { nodes: { code: string }[] } }>(
      `{ subjects(filter: { unitCode: "00004" }) { nodes { code } } }`,
      { as: ward },
    );
    expect(r.errors).toBeUndefined();
    expect(r.data?.subjects.nodes.map((n) => n.code)).toEqual(['H1']);
  });
});
