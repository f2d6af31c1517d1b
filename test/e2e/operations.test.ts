import {
  AdminUnitByCodeDocument,
  CreateVillageDocument,
  SearchAdminUnitsDocument,
  ViewerDocument,
} from '@hoctap/client';
import { testPrincipals, useTestApi } from '@hoctap/server/testing';
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
});
