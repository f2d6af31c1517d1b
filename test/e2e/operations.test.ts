import {
  AdminUnitByCodeDocument,
  CreateEvaluationDocument,
  CreateVillageDocument,
  CriteriaSetsDocument,
  EvaluationsDocument,
  PreviewRatingDocument,
  ScoreEvaluationDocument,
  TransitionDocument,
  SearchAdminUnitsDocument,
  ViewerDocument,
  GnlcCallWindowsDocument,
  AnalyticsCatalogueDocument,
  AnalyticsDocument,
  GnlcMembershipsDocument,
  PluginsDocument,
} from '@hoctap/client';
import { testPrincipals, useTestApi } from '@hoctap/plugin-sdk/testing';
import type { ResultOf } from '@graphql-typed-document-node/core';
import { print } from 'graphql';
import { describe, expect, it } from 'vitest';

const t = useTestApi();

/** The example operations client apps copy run against the real schema and answer in their declared shape. */
describe('schema/operations', () => {
  it('AdminUnitByCode', async () => {
    const result = await t.api.execute<ResultOf<typeof AdminUnitByCodeDocument>>(print(AdminUnitByCodeDocument), {
      variables: { code: '87', asOf: '2024-06-01' },
    });
    expect(result.errors).toBeUndefined();
    expect(result.data?.adminUnit?.current.map((u) => u.name)).toEqual(['Tỉnh Đồng Tháp']);
    expect(result.data?.adminUnit?.successors[0]?.unit.validFrom).toBe('2025-07-01');
  });

  it('SearchAdminUnits', async () => {
    const result = await t.api.execute<ResultOf<typeof SearchAdminUnitsDocument>>(print(SearchAdminUnitsDocument), {
      variables: { filter: { search: 'ha nam', asOf: '2024-06-01' }, first: 5 },
    });
    expect(result.data?.adminUnits.nodes.map((u) => u.code)).toEqual(['35']);
  });

  it('Viewer', async () => {
    const result = await t.api.execute<ResultOf<typeof ViewerDocument>>(print(ViewerDocument), {
      as: testPrincipals.analyst,
    });
    expect(result.data?.viewer).toEqual({ authenticated: true, subject: 'test-analyst', role: 'ANALYST', scope: null });
  });

  it('CreateVillage refuses a province as the commune', async () => {
    const result = await t.api.execute(print(CreateVillageDocument), {
      variables: { input: { communeCode: '37', name: 'Thôn 1' } },
      as: testPrincipals.admin,
    });
    expect(result.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
  });

  it('CriteriaSets and PreviewRating', async () => {
    const sets = await t.api.execute<ResultOf<typeof CriteriaSetsDocument>>(print(CriteriaSetsDocument), {
      variables: { modelKind: 'LEARNING_CITIZEN', asOf: '2024-06-01' },
    });
    expect(sets.data?.criteriaSets.map((s) => [s.code, s.sample, s.maxTotal])).toEqual([
      ['KHVN-324-CITIZEN', true, 100],
    ]);
    const indicators = sets.data!.criteriaSets[0]!.criteria.flatMap((c) => c.indicators);
    const preview = await t.api.execute<ResultOf<typeof PreviewRatingDocument>>(print(PreviewRatingDocument), {
      variables: {
        criteriaSetCode: 'KHVN-324-CITIZEN',
        year: 2024,
        scores: indicators.map((i, n) => ({ indicatorCode: i.code, value: n === 0 ? 4 : 10 })),
      },
    });
    expect(preview.data?.previewRating).toMatchObject({ total: 94, rating: null, recognised: false });
    expect(preview.data?.previewRating.reasons).toHaveLength(1);
  });

  it('CreateEvaluation, ScoreEvaluation, Transition and Evaluations: a province rated as a learning community', async () => {
    const province = await t.api.execute<ResultOf<typeof AdminUnitByCodeDocument>>(print(AdminUnitByCodeDocument), {
      variables: { code: '87', asOf: '2024-06-01' },
    });
    const created = await t.api.execute<ResultOf<typeof CreateEvaluationDocument>>(print(CreateEvaluationDocument), {
      variables: {
        input: { subjectId: province.data!.adminUnit!.id, modelKind: 'LEARNING_COMMUNITY_PROVINCE', year: 2024 },
      },
      as: testPrincipals.admin,
    });
    const evaluation = created.data!.createEvaluation;
    expect(evaluation).toMatchObject({ state: 'DRAFT', criteriaSet: { code: 'TT25-2023-PROVINCE' }, subject: null });
    const scored = await t.api.execute<ResultOf<typeof ScoreEvaluationDocument>>(print(ScoreEvaluationDocument), {
      variables: {
        input: {
          id: evaluation.id,
          expectedVersion: evaluation.version,
          scores: evaluation.result.missingIndicators.map((code) => ({ indicatorCode: code, value: 1 })),
        },
      },
      as: testPrincipals.admin,
    });
    expect(scored.data?.scoreEvaluation).toMatchObject({ rating: 'LEVEL_2', recognised: true });
    const submitted = await t.api.execute<ResultOf<typeof TransitionDocument>>(print(TransitionDocument), {
      variables: { id: evaluation.id, action: 'SUBMIT', expectedVersion: scored.data!.scoreEvaluation.version },
      as: testPrincipals.admin,
    });
    expect(submitted.data?.transition.history.map((h) => h.action)).toEqual(['CREATE', 'SUBMIT']);
    const listed = await t.api.execute<ResultOf<typeof EvaluationsDocument>>(print(EvaluationsDocument), {
      variables: { filter: { year: 2024, states: ['SUBMITTED'] }, first: 10 },
      as: testPrincipals.admin,
    });
    expect(listed.data?.evaluations).toMatchObject({
      totalCount: 1,
      nodes: [{ id: evaluation.id, unit: { code: '87' } }],
    });
  });

  it('Plugins (none loaded by this core-only API)', async () => {
    const result = await t.api.execute<ResultOf<typeof PluginsDocument>>(print(PluginsDocument));
    expect(result.errors).toBeUndefined();
    expect(result.data?.plugins).toEqual([]);
  });

  it('GnlcMemberships', async () => {
    const result = await t.api.execute<ResultOf<typeof GnlcMembershipsDocument>>(print(GnlcMembershipsDocument), {
      variables: { asOf: '2024-06-01' },
    });
    expect(result.errors).toBeUndefined();
    expect(result.data?.gnlcMemberships.map((m) => [m.cityName, m.joinedYear])).toEqual(
      expect.arrayContaining([
        ['Sa Đéc', 2020],
        ['Cao Lãnh', 2022],
      ]),
    );
  });

  it('GnlcCallWindows', async () => {
    const result = await t.api.execute<ResultOf<typeof GnlcCallWindowsDocument>>(print(GnlcCallWindowsDocument));
    expect(result.data?.gnlcCallWindows.map((w) => [w.year, w.opensOn, w.closesOn])).toEqual([
      [2023, '2023-04-01', '2023-05-31'],
      [2025, '2025-05-15', '2025-06-15'],
    ]);
  });

  it('AnalyticsCatalogue', async () => {
    const result = await t.api.execute<ResultOf<typeof AnalyticsCatalogueDocument>>(print(AnalyticsCatalogueDocument));
    expect(result.data?.analyticsCatalogue.find((m) => m.code === 'LEARNING_FAMILY_SHARE')).toMatchObject({
      indicator: true,
      numerator: 'RECOGNISED',
      denominator: 'SUBJECTS',
    });
  });

  it('Analytics', async () => {
    const result = await t.api.execute<ResultOf<typeof AnalyticsDocument>>(print(AnalyticsDocument), {
      variables: {
        query: {
          measures: ['LEARNING_FAMILY_SHARE'],
          dimensions: [{ dimension: 'UNIT', map: 'CURRENT' }, { dimension: 'YEAR' }],
        },
      },
      as: testPrincipals.analyst,
    });
    expect(result.errors).toBeUndefined();
    expect(result.data?.analytics.headers.map((h) => h.name)).toEqual([
      'UNIT',
      'UNIT_NAME',
      'YEAR',
      'LEARNING_FAMILY_SHARE',
      'LEARNING_FAMILY_SHARE.numerator',
      'LEARNING_FAMILY_SHARE.denominator',
      'APPROXIMATE',
    ]);
  });
});
