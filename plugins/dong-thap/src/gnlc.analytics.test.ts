import { useTestPlatform } from '@hoctap/plugin-sdk/testing';
import { beforeAll, describe, expect, it } from 'vitest';
import dongThap from './index.js';

/** The plugin's own analytics dimension: its GNLC cities against its other districts. */
const platform = useTestPlatform({ plugins: [dongThap], map: 'national' });
const ANALYTICS = `query ($q: AnalyticsQueryInput!) { analytics(query: $q) { headers { name label } rows } }`;

beforeAll(async () => {
  // Thành phố Sa Đéc and its Phường 1; Huyện Lấp Vò and its Xã Tân Mỹ (the shipped map).
  const units = await Promise.all(['867', '29905', '875', '30175'].map((code) => platform.unit(code)));
  const [saDec, ward, lapVo, commune] = units.map((u) => u.id);
  const em = platform.em();
  const [{ id: province }] = await em.execute<[{ id: string }]>(
    `select id from admin_unit where code = '87' and level = 'PROVINCE'`,
  );
  const [{ id: set }] = await em.execute<[{ id: string }]>(
    `select id from criteria_set where code = 'KHVN-448-FAMILY'`,
  );
  // 7 households in Sa Đéc (5 recognised), 10 in Lấp Vò (4 recognised), all in 2024.
  for (const [unit, lineage, n, recognised] of [
    [ward, [ward, saDec, province], 7, 5],
    [commune, [commune, lapVo, province], 10, 4],
  ] as const) {
    for (let i = 0; i < n; i++) {
      const [{ id }] = await em.execute<[{ id: string }]>(
        `insert into subject (id, kind, unit_id, code, name, source) values (gen_random_uuid(), 'HOUSEHOLD', ?, ?, ?, 'test') returning id`,
        [unit, `H${i}`, `Hộ ${i}`],
      );
      const state = i < recognised ? 'RECOGNISED' : 'SUBMITTED';
      await em.execute(
        `insert into evaluation (id, subject_id, subject_key, unit_id, lineage, evaluating_unit_id, model_kind, year, criteria_set_id, scores, evidence, state, rating, recognised)
         values (gen_random_uuid(), ?, ?, ?, ?::uuid[], ?, 'LEARNING_FAMILY', 2024, ?, '{}', '[]', ?, ?, ?)`,
        [
          id,
          id,
          unit,
          `{${lineage.join(',')}}`,
          unit,
          set,
          state,
          state === 'RECOGNISED' ? 'RECOGNISED' : null,
          state === 'RECOGNISED',
        ],
      );
    }
  }
});

describe('analytics by DONG_THAP_GNLC_CITY', () => {
  it('groups its districts by their place in the GNLC, leaving others unclassified', async () => {
    const r = await platform.execute<{ analytics: { headers: { name: string; label: string }[]; rows: unknown[][] } }>(
      ANALYTICS,
      {
        variables: {
          q: {
            measures: ['LEARNING_FAMILY_SHARE'],
            dimensions: [{ dimension: 'PLUGIN', pluginDimension: 'DONG_THAP_GNLC_CITY' }],
            filters: { yearFrom: 2024, yearTo: 2024 },
          },
        },
        as: platform.admin,
      },
    );
    expect(r.errors).toBeUndefined();
    expect(r.data?.analytics.headers[0]).toEqual({ name: 'DONG_THAP_GNLC_CITY', label: 'GNLC city (Đồng Tháp)' });
    expect(r.data?.analytics.rows).toEqual([
      ['GNLC_MEMBER', 5 / 7, 5, 7],
      [null, 0.4, 4, 10],
    ]);
  });

  it('is listed among what the plugin contributes, and refused when unknown', async () => {
    const listed = await platform.execute<{ plugins: { contributes: { analyticsDimensions: string[] } }[] }>(
      '{ plugins { contributes { analyticsDimensions } } }',
    );
    expect(listed.data?.plugins[0]?.contributes.analyticsDimensions).toEqual(['DONG_THAP_GNLC_CITY']);
    const r = await platform.execute(ANALYTICS, {
      variables: { q: { measures: ['EVALUATIONS'], dimensions: [{ dimension: 'PLUGIN', pluginDimension: 'NOPE' }] } },
      as: platform.admin,
    });
    expect(r.errors?.[0]?.extensions?.problems).toEqual([
      expect.objectContaining({ field: 'dimensions[0].pluginDimension', rule: 'UNKNOWN_PLUGIN_DIMENSION' }),
    ]);
  });
});
