import { definePlugin, type PluginRegistrar } from '@hoctap/plugin-sdk';
import { DONG_THAP_AGENCIES } from './agencies.data.js';
import { PLAN_278 } from './learning-units.data.js';
import { PLAN_2021_2030 } from './plan.data.js';
import { DongThapGnlcResolver } from './gnlc.resolver.js';
import { registerGnlc } from './gnlc.workflow.js';

/**
 * The 2021–2030 plan and Kế hoạch 278/KH-UBND, which implements the national rating of learning
 * units: plans, data only. No criteria sets: the province issued none the sources know of.
 */
function registerProgramme(registrar: PluginRegistrar): void {
  registrar.agencies(DONG_THAP_AGENCIES);
  registrar.plans([PLAN_2021_2030, PLAN_278]);
}

/** Đồng Tháp: province 87 until 30/6/2025, then 82, the merged province including former Tiền Giang. */
export default definePlugin({
  id: 'dong-thap',
  name: 'Tỉnh Đồng Tháp',
  description:
    "Đồng Tháp's learning-society plan for 2021–2030, its plan implementing the rating of learning units (Kế hoạch 278/KH-UBND) and its cities in UNESCO's GNLC.",
  version: '1.0.0',
  core: '^1.0.0',
  provinces: [
    { code: '87', until: '2025-06-30' },
    { code: '82', from: '2025-07-01' },
  ],
  graphqlPrefix: 'DongThap',
  // Plans and GNLC memberships are core records, so the plugin needs no tables of
  // its own; its GraphQL is the view of its cities in the GNLC.
  entities: [],
  migrations: [],
  resolvers: [DongThapGnlcResolver],
  // Declarations only, one line per part of the plugin.
  register(registrar) {
    registerProgramme(registrar);
    registerGnlc(registrar);
  },
});
