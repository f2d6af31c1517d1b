import { testPrincipals, useTestApi } from '@hoctap/plugin-sdk/testing';
import { beforeAll, describe, expect, it } from 'vitest';
import { toGlobalId } from '../../common/node-id.js';
import { addEvaluationFixture, scopedAs } from '../../evaluations/evaluation.test-helpers.js';

const t = useTestApi();
let f: Awaited<ReturnType<typeof addEvaluationFixture>>;
const RECORD = `mutation ($input: RecordCommendationInput!) { recordCommendation(input: $input) { recipient title unit { code } } }`;
const input = (change: Record<string, unknown> = {}) => ({
  unitCode: '30175.001',
  recipient: 'Hộ ông Nguyễn Văn A',
  title: 'Giấy khen của Chủ tịch UBND huyện',
  authority: 'Chủ tịch UBND huyện Lấp Vò',
  decisionNumber: '88/QĐ-UBND',
  decidedOn: '2024-11-20',
  ...change,
});

beforeAll(async () => {
  f = await addEvaluationFixture(t.db.orm.em.fork());
});

describe('commendations', () => {
  it('are recorded for a subject on record and listed by year in the subtree', async () => {
    const recorded = await t.api.execute(RECORD, {
      variables: { input: input({ subjectId: toGlobalId('Household', f.households[0]!.id) }) },
      as: scopedAs(f.lapVo),
    });
    expect(recorded.data?.recordCommendation).toEqual({
      recipient: 'Hộ ông Nguyễn Văn A',
      title: 'Giấy khen của Chủ tịch UBND huyện',
      unit: { code: '30175.001' },
    });
    const list = await t.api.execute<{ commendations: { recipient: string }[] }>(
      `{ commendations(unitCode: "87", year: 2024) { recipient } }`,
      { as: scopedAs(f.province) },
    );
    expect(list.data?.commendations).toEqual([{ recipient: 'Hộ ông Nguyễn Văn A' }]);
    const other = await t.api.execute<{ commendations: unknown[] }>(
      `{ commendations(unitCode: "87", year: 2023) { recipient } }`,
      {
        as: testPrincipals.admin,
      },
    );
    expect(other.data?.commendations).toEqual([]);
  });

  it('refuses a blank title and a future date (naming every problem), and another province', async () => {
    const bad = await t.api.execute(RECORD, {
      variables: { input: input({ title: ' ', decidedOn: '2100-01-01' }) },
      as: testPrincipals.admin,
    });
    expect((bad.errors?.[0]?.extensions?.problems as { field: string }[]).map((p) => p.field)).toEqual([
      'title',
      'decidedOn',
      'unitCode', // the village did not exist that day either
    ]);
    const other = await t.api.execute(RECORD, { variables: { input: input() }, as: scopedAs(f.duyTien) });
    expect(other.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  });
});
