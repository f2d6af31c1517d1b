import {
  GNLC_APPLICATION_WORKFLOW_ID,
  Role,
  type PluginDimensionDefinition,
  type PluginRegistrar,
  type WorkflowExtension,
  unverified,
} from '@hoctap/plugin-sdk';
import { DONG_THAP_GNLC_CITIES } from './gnlc.data.js';

/**
 * An assumed local step (issue 16): the 2021–2030 plan (sources/002, II.2.b) has Cao Lãnh and Hồng
 * Ngự consider registering together with Sở GD&ĐT and the province's Hội Khuyến học; it describes
 * no endorsement by the provincial People's Committee. The step, its label and who takes it are
 * the plugin's assumption, and the workflow says so (`provenance.verified: false`).
 */
const ASSUMED = unverified(
  'the plan (II.2.b) has the cities consider registering in coordination with Sở GD&ĐT and Hội Khuyến học Tỉnh; it names no endorsement by the provincial People’s Committee: this step, its label and who takes it (any officer of the province) are assumed',
  'Kế hoạch đẩy mạnh khuyến học, khuyến tài, xây dựng XHHT tỉnh Đồng Tháp 2021–2030, mục II.2.b (sources/002)',
);

/**
 * The province endorses its city's application before it goes to the National Commission for
 * UNESCO: a local step between the mayor's signature and the national endorsement. Officers of
 * the province (the level above the city) take it; they may also return the file. Assumed: see above.
 */
export const PROVINCE_ENDORSEMENT: WorkflowExtension = {
  // Between the mayor's signature and the national endorsement, named by those two actions only:
  // a return or a withdrawal the national workflow allows from SIGNED is allowed here too, today
  // and after any national change.
  insertSteps: [
    {
      after: 'SIGN',
      before: 'ENDORSE_NATIONAL',
      state: {
        code: 'PROVINCE_ENDORSED',
        label: 'UBND tỉnh đã xác nhận',
        labelEn: 'Endorsed by the province',
        provenance: ASSUMED,
      },
      action: {
        name: 'ENDORSE_PROVINCE',
        label: 'UBND tỉnh xác nhận hồ sơ',
        labelEn: 'Endorse (province)',
        actors: [{ roles: [Role.OFFICER], standing: ['ABOVE'] }],
        provenance: ASSUMED,
      },
    },
  ],
};

/** Analysts compare the province's GNLC cities with its other districts (e.g. learning-family shares). */
export const GNLC_CITY_DIMENSION: PluginDimensionDefinition = {
  code: 'DONG_THAP_GNLC_CITY',
  label: 'GNLC city (Đồng Tháp)',
  description:
    "Đồng Tháp's district-level units by their place in UNESCO's GNLC: members and a city considering applying.",
  level: 'DISTRICT',
  asOf: '2024-12-31',
  // Members on the dimension's day (DOMAIN.md's list), not what the plan asked: Cao Lãnh had joined by then.
  values: Object.fromEntries(
    DONG_THAP_GNLC_CITIES.map((c) => [
      c.unitCode,
      c.memberSince !== null && `${c.memberSince}-12-31` <= '2024-12-31' ? 'GNLC_MEMBER' : 'CONSIDERING_GNLC',
    ]),
  ),
};

export function registerGnlc(registrar: PluginRegistrar): void {
  registrar.extendWorkflow(GNLC_APPLICATION_WORKFLOW_ID, PROVINCE_ENDORSEMENT);
  registrar.analyticsDimension(GNLC_CITY_DIMENSION);
}
