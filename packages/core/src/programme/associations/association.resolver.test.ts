import { testPrincipals, useTestApi } from '@hoctap/plugin-sdk/testing';
import { beforeAll, describe, expect, it } from 'vitest';
import { Role } from '../../auth/roles.js';
import { addEvaluationFixture, scopedAs } from '../../evaluations/evaluation.test-helpers.js';
import { FundEntry, FundEntryKind } from './association.entity.js';

const t = useTestApi();
let f: Awaited<ReturnType<typeof addEvaluationFixture>>;

type Result = { data?: Record<string, unknown>; errors?: { extensions?: Record<string, unknown> }[] };
const codeOf = (r: Result) => r.errors?.[0]?.extensions?.code;
const ENTRY = `mutation ($input: FundEntryInput!) { recordFundEntry(input: $input) { version balanceVnd } }`;

beforeAll(async () => {
  f = await addEvaluationFixture(t.db.orm.em.fork());
});

describe('study promotion associations and funds', () => {
  it('record members, donations and scholarships in whole đồng, and never overdraw a fund', async () => {
    const as = scopedAs(f.commune, Role.ASSOCIATION);
    const association = await t.api.execute<{ createStudyPromotionAssociation: { id: string; version: number } }>(
      `mutation ($input: CreateAssociationInput!) { createStudyPromotionAssociation(input: $input) { id version unit { code } } }`,
      { variables: { input: { unitCode: '30175', name: 'Hội Khuyến học xã Tân Mỹ', foundedOn: '2005-06-01' } }, as },
    );
    const { id, version } = association.data!.createStudyPromotionAssociation;
    const members = await t.api.execute(
      `mutation ($input: ReportMembersInput!) { reportAssociationMembers(input: $input) { members { year members } } }`,
      { variables: { input: { id, expectedVersion: version, year: 2024, members: 1250 } }, as },
    );
    expect(members.data?.reportAssociationMembers).toEqual({ members: [{ year: 2024, members: 1250 }] });

    const fund = await t.api.execute<{ createStudyPromotionFund: { id: string; version: number } }>(
      `mutation ($input: CreateFundInput!) { createStudyPromotionFund(input: $input) { id version } }`,
      { variables: { input: { associationId: id, name: 'Quỹ khuyến học xã' } }, as },
    );
    const fundId = fund.data!.createStudyPromotionFund.id;
    const gift = {
      fundId,
      kind: 'DONATION',
      date: '2024-02-01',
      amountVnd: 3_000_000_000,
      counterpart: 'Doanh nghiệp X',
      donorType: 'ENTERPRISE',
    };
    const given = await t.api.execute<{ recordFundEntry: { version: number; balanceVnd: number } }>(ENTRY, {
      variables: { input: { ...gift, expectedVersion: fund.data!.createStudyPromotionFund.version } },
      as,
    });
    expect(given.data?.recordFundEntry.balanceVnd).toBe(3_000_000_000);
    const v = given.data!.recordFundEntry.version;

    const scholarship = { fundId, kind: 'SCHOLARSHIP', date: '2024-09-05', counterpart: 'Em Trần Văn C' };
    const tooMuch = await t.api.execute(ENTRY, {
      variables: { input: { ...scholarship, amountVnd: 3_000_000_001, expectedVersion: v } },
      as,
    });
    expect(tooMuch.errors?.[0]?.extensions?.problems).toEqual([
      expect.objectContaining({ field: 'amountVnd', rule: 'BALANCE' }),
    ]);

    // Two scholarships recorded at once on the same version: one is written, the other gets CONFLICT.
    const both = await Promise.all(
      [2_000_000_000, 2_000_000_000].map((amountVnd) =>
        t.api.execute(ENTRY, { variables: { input: { ...scholarship, amountVnd, expectedVersion: v } }, as }),
      ),
    );
    expect(both.map((r) => (r.errors ? codeOf(r) : 'OK')).sort()).toEqual(['CONFLICT', 'OK']);
    expect(await t.db.orm.em.fork().count(FundEntry, { kind: FundEntryKind.SCHOLARSHIP })).toBe(1);

    const list = await t.api.execute<{
      studyPromotionAssociations: { funds: { balanceVnd: number; entries: unknown[] }[] }[];
    }>(
      `{ studyPromotionAssociations(unitCode: "875", asOf: "2024-12-31") { name funds { balanceVnd entries(year: 2024) { kind amountVnd } } } }`,
      { as: scopedAs(f.lapVo) },
    );
    expect(list.data?.studyPromotionAssociations[0]?.funds[0]).toMatchObject({ balanceVnd: 1_000_000_000 });
    expect(list.data?.studyPromotionAssociations[0]?.funds[0]?.entries).toHaveLength(2);
  });

  it('keeps funds to their province and rows away from analysts', async () => {
    const create = await t.api.execute(
      `mutation ($input: CreateAssociationInput!) { createStudyPromotionAssociation(input: $input) { id } }`,
      { variables: { input: { unitCode: '30175', name: 'X', foundedOn: '2005-06-01' } }, as: scopedAs(f.duyTien) },
    );
    expect(codeOf(create)).toBe('FORBIDDEN');
    const list = await t.api.execute(`{ studyPromotionAssociations(unitCode: "87", asOf: "2024-12-31") { name } }`, {
      as: testPrincipals.analyst,
    });
    expect(codeOf(list)).toBe('FORBIDDEN');
  });
});
