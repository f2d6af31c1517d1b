import { useTestApi } from '@hoctap/plugin-sdk/testing';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Principal } from '../auth/principal.js';
import { scopedAs } from '../evaluations/evaluation.test-helpers.js';
import { addDongThapSlice } from '../geography/geography.test-helpers.js';

const t = useTestApi();
let commune: Principal;

const SAVE = `mutation ($input: SaveDataSetReportInput!) { saveDataSetReport(input: $input) {
  id version outliers { element category value min max history } } }`;
type Saved = { id: string; version: number; outliers: unknown[] };
const save = async (period: string, value: string, expectedVersion?: number) => {
  const r = await t.api.execute<{ saveDataSetReport: Saved }>(SAVE, {
    variables: {
      input: {
        dataSetCode: 'ASSOCIATION_YEAR',
        unitCode: '30175',
        period,
        values: [{ element: 'ASSOCIATION_MEMBERS', value }],
        ...(expectedVersion ? { expectedVersion } : {}),
      },
    },
    as: commune,
  });
  expect(r.errors).toBeUndefined();
  return r.data!.saveDataSetReport;
};

beforeAll(async () => {
  const slice = await addDongThapSlice(t.db.orm.em.fork());
  commune = scopedAs(slice.commune);
  for (const period of ['2021', '2022', '2023']) {
    const r = await save(period, '40');
    const submitted = await t.api.execute(`mutation ($id: ID!) { transition(id: $id, action: "SUBMIT") { state } }`, {
      variables: { id: r.id },
      as: commune,
    });
    expect(submitted.errors).toBeUndefined();
  }
});

describe('outliers on save', () => {
  it('flags a value far outside the commune’s own submitted history, as a warning: the value is saved', async () => {
    const r = await save('2024', '400');
    expect(r.outliers).toEqual([
      { element: 'ASSOCIATION_MEMBERS', category: null, value: 400, min: 36, max: 44, history: 3 },
    ]);
    const fixed = await save('2024', '42', r.version);
    expect(fixed.outliers).toEqual([]);
  });

  it('a draft is no history: with only two submitted years nothing is judged', async () => {
    const em = t.db.orm.em.fork();
    await em.execute(
      `update data_set_report set state = 'DRAFT' where period = '2021' and data_set_code = 'ASSOCIATION_YEAR'`,
    );
    const r = await t.api.execute<{ dataSetReportOf: Saved }>(
      `{ dataSetReportOf(dataSetCode: "ASSOCIATION_YEAR", unitCode: "30175", period: "2024") { outliers { value } } }`,
      { as: commune },
    );
    expect(r.errors).toBeUndefined();
    expect(r.data!.dataSetReportOf.outliers).toEqual([]);
  });
});
