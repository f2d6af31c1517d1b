import { HA_NAM_AGENCIES } from './agencies.data.js';
import { definePlugin, type PluginProvince } from '@hoctap/plugin-sdk';
import { HA_NAM_MIGRATIONS } from './migrations/index.js';
import { HA_NAM_PLAN } from './plan.data.js';
import { HaNamReportedResult } from './reported-result.entity.js';
import { HaNamReportedResultResolver } from './reported-result.resolver.js';
import { reportedResultsData } from './reported-results.data.js';
import { HA_NAM_TARGETS } from './targets.data.js';

/** Hà Nam's claim: province 35 until the reform; from 1/7/2025 its units lie in Ninh Bình (37). */
const PROVINCES: readonly PluginProvince[] = [{ code: '35', until: '2025-06-30' }];

/** Hà Nam: province 35 until 30/6/2025; its data rolls into Ninh Bình (37) on today's map. */
export default definePlugin({
  id: 'ha-nam',
  name: 'Tỉnh Hà Nam',
  description:
    'Hà Nam’s Kế hoạch 481/KH-UBND implementing Quyết định 1373/QĐ-TTg, its 2025 targets and reported progress.',
  version: '1.0.0',
  core: '^1.0.0',
  provinces: PROVINCES,
  graphqlPrefix: 'HaNam',
  entities: [HaNamReportedResult],
  migrations: HA_NAM_MIGRATIONS,
  resolvers: [HaNamReportedResultResolver],
  register(registrar) {
    registrar.agencies(HA_NAM_AGENCIES);
    registrar.plans([HA_NAM_PLAN]);
    registrar.targets(HA_NAM_TARGETS);
    registrar.referenceData(reportedResultsData(PROVINCES));
  },
});
