import { THAI_BINH_AGENCIES } from './agencies.data.js';
import { definePlugin } from '@hoctap/plugin-sdk';
import { ThaiBinhAnnualTarget } from './annual-target.entity.js';
import { ThaiBinhAnnualTargetResolver } from './annual-target.resolver.js';
import { THAI_BINH_MIGRATIONS } from './migrations/index.js';
import { THAI_BINH_PLAN } from './plan.data.js';
import { PLUGIN_ID, THAI_BINH_PROVINCES } from './provinces.js';

/**
 * Thái Bình: province 34 until 30/6/2025, then part of Hưng Yên (33). Its own targets are the
 * learning-society targets of each year's socio-economic plan, entered as data: the sources give
 * no numbers to ship.
 */
export default definePlugin({
  id: PLUGIN_ID,
  name: 'Tỉnh Thái Bình',
  description:
    "The provincial Party committee's instructions implementing Kết luận 49-KL/TW, and learning-society targets in each year's socio-economic plan.",
  version: '1.0.0',
  core: '^1.0.0',
  provinces: THAI_BINH_PROVINCES,
  graphqlPrefix: 'ThaiBinh',
  entities: [ThaiBinhAnnualTarget],
  migrations: THAI_BINH_MIGRATIONS,
  resolvers: [ThaiBinhAnnualTargetResolver],
  register(registrar) {
    registrar.agencies(THAI_BINH_AGENCIES);
    registrar.plans([THAI_BINH_PLAN]);
  },
});
