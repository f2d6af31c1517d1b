import { AdminLevel, AdminUnitKindEnum, type TestUnit } from '@hoctap/plugin-sdk/testing';

/** Units of Đồng Tháp (and one of Hà Nam) the tests add to the template's provinces, with GSO codes. */
const old = { validTo: '2025-06-30' };

export const SA_DEC: TestUnit = {
  code: '867',
  name: 'Thành phố Sa Đéc',
  level: AdminLevel.DISTRICT,
  kind: AdminUnitKindEnum.PROVINCIAL_CITY,
  parentCode: '87',
  ...old,
};
export const PHUONG_1: TestUnit = {
  code: '29905',
  name: 'Phường 1',
  level: AdminLevel.COMMUNE,
  kind: AdminUnitKindEnum.WARD,
  parentCode: '867',
  ...old,
};
export const HONG_NGU: TestUnit = {
  code: '868',
  name: 'Thành phố Hồng Ngự',
  level: AdminLevel.DISTRICT,
  kind: AdminUnitKindEnum.PROVINCIAL_CITY,
  parentCode: '87',
  ...old,
};
export const LAP_VO: TestUnit = {
  code: '875',
  name: 'Huyện Lấp Vò',
  level: AdminLevel.DISTRICT,
  kind: AdminUnitKindEnum.RURAL_DISTRICT,
  parentCode: '87',
  ...old,
};
export const TAN_MY: TestUnit = {
  code: '30175',
  name: 'Xã Tân Mỹ',
  level: AdminLevel.COMMUNE,
  kind: AdminUnitKindEnum.COMMUNE,
  parentCode: '875',
  ...old,
};
/** Hà Nam: a district of another province, for cross-province refusals. */
export const DUY_TIEN: TestUnit = {
  code: '349',
  name: 'Thị xã Duy Tiên',
  level: AdminLevel.DISTRICT,
  kind: AdminUnitKindEnum.TOWN,
  parentCode: '35',
  ...old,
};
/** The ward of new Đồng Tháp (82) that succeeded Phường 1 of Sa Đéc on 1/7/2025. */
export const PHUONG_SA_DEC: TestUnit = {
  code: '29905',
  name: 'Phường Sa Đéc',
  level: AdminLevel.COMMUNE,
  kind: AdminUnitKindEnum.WARD,
  parentCode: '82',
  validFrom: '2025-07-01',
};
