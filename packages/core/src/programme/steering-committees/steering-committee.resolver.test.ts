import { testPrincipals, useTestApi } from '@hoctap/plugin-sdk/testing';
import { beforeAll, describe, expect, it } from 'vitest';
import { AuditEntry } from '../../audit/audit-entry.entity.js';
import { addEvaluationFixture, scopedAs } from '../../evaluations/evaluation.test-helpers.js';
import { SteeringCommittee } from './steering-committee.entity.js';

const t = useTestApi();
let f: Awaited<ReturnType<typeof addEvaluationFixture>>;

type Result = { data?: Record<string, unknown>; errors?: { extensions?: Record<string, unknown> }[] };
const codeOf = (r: Result) => r.errors?.[0]?.extensions?.code;
const rulesOf = (r: Result) =>
  ((r.errors?.[0]?.extensions?.problems as { field: string; rule: string }[] | undefined) ?? []).map(
    (p) => `${p.field}:${p.rule}`,
  );

const CREATE = `mutation ($input: CreateSteeringCommitteeInput!) {
  createSteeringCommittee(input: $input) { id version activeFrom activeTo unit { code } members { name role } } }`;
const UPDATE = `mutation ($input: UpdateSteeringCommitteeInput!) { updateSteeringCommittee(input: $input) { version activeTo } }`;
const COVERAGE = `query ($asOf: Date) { steeringCommitteeCoverage(unitCode: "87", level: COMMUNE, asOf: $asOf) {
  total covered rate uncovered { code } } }`;
const members = [
  { name: 'Nguyễn Văn A', position: 'Chủ tịch UBND xã', role: 'HEAD' },
  { name: 'Trần Thị B', position: 'Chủ tịch Hội Khuyến học xã', role: 'DEPUTY' },
];
const committee = (unitCode: string, decidedOn = '2024-01-15') => ({
  unitCode,
  decisionNumber: '15/QĐ-UBND',
  decidedOn,
  members,
});

beforeAll(async () => {
  f = await addEvaluationFixture(t.db.orm.em.fork());
});

describe('steering committees', () => {
  it('are recorded by their unit, counted by coverage, and ended by a new decision', async () => {
    const before = await t.api.execute(COVERAGE, { variables: { asOf: '2024-06-01' }, as: testPrincipals.analyst });
    expect(before.data?.steeringCommitteeCoverage).toEqual({
      total: 2,
      covered: 0,
      rate: 0,
      uncovered: [{ code: '29905' }, { code: '30175' }],
    });

    const created = await t.api.execute<{ createSteeringCommittee: { id: string; version: number } }>(CREATE, {
      variables: { input: committee('30175') },
      as: scopedAs(f.commune),
    });
    expect(created.data?.createSteeringCommittee).toMatchObject({
      activeFrom: '2024-01-15',
      activeTo: null,
      unit: { code: '30175' },
      members: [{ role: 'HEAD' }, { role: 'DEPUTY' }],
    });
    await t.api.execute(CREATE, { variables: { input: committee('29905') }, as: scopedAs(f.saDec) });
    const full = await t.api.execute(COVERAGE, { variables: { asOf: '2024-06-01' }, as: testPrincipals.analyst });
    expect(full.data?.steeringCommitteeCoverage).toEqual({ total: 2, covered: 2, rate: 1, uncovered: [] });

    const { id, version } = created.data!.createSteeringCommittee;
    const ended = await t.api.execute(UPDATE, {
      variables: { input: { id, expectedVersion: version, activeTo: '2024-12-31' } },
      as: scopedAs(f.lapVo),
    });
    expect(ended.data?.updateSteeringCommittee).toEqual({ version: version + 1, activeTo: '2024-12-31' });
    const later = await t.api.execute(COVERAGE, { variables: { asOf: '2025-03-01' }, as: testPrincipals.analyst });
    expect(later.data?.steeringCommitteeCoverage).toMatchObject({ covered: 1, uncovered: [{ code: '30175' }] });

    const stale = await t.api.execute(UPDATE, {
      variables: { input: { id, expectedVersion: version, activeTo: '2024-11-30' } },
      as: testPrincipals.admin,
    });
    expect(codeOf(stale)).toBe('CONFLICT');
    expect(await t.db.orm.em.fork().count(AuditEntry, { action: { $like: 'programme.%' } })).toBe(3);
  });

  it('refuses a committee without exactly one head, or in an unknown unit, and writes nothing', async () => {
    const count = await t.db.orm.em.fork().count(SteeringCommittee, {});
    const noHead = await t.api.execute(CREATE, {
      variables: { input: { ...committee('30175'), members: [members[1]] } },
      as: testPrincipals.admin,
    });
    expect(rulesOf(noHead)).toEqual(['members:ONE_HEAD']);
    const unknown = await t.api.execute(CREATE, { variables: { input: committee('99999') }, as: testPrincipals.admin });
    expect(rulesOf(unknown)).toEqual(['unitCode:EXISTS']);
    expect(await t.db.orm.em.fork().count(SteeringCommittee, {})).toBe(count);
  });

  it('keeps members to those who may read rows, and each province to its own', async () => {
    const LIST = `{ steeringCommittees(unitCode: "87", asOf: "2024-06-01") { members { name } unit { code } } }`;
    expect(codeOf(await t.api.execute(LIST, { as: testPrincipals.analyst }))).toBe('FORBIDDEN');
    const own = await t.api.execute<{ steeringCommittees: { unit: { code: string } }[] }>(LIST, {
      as: scopedAs(f.province),
    });
    expect(own.data?.steeringCommittees.map((c) => c.unit.code)).toEqual(['30175', '29905']);
    const other = await t.api.execute(CREATE, { variables: { input: committee('30175') }, as: scopedAs(f.duyTien) });
    expect(codeOf(other)).toBe('FORBIDDEN');
    expect(codeOf(await t.api.execute(COVERAGE, { variables: { asOf: '2024-06-01' } }))).toBe('UNAUTHENTICATED');
  });
});
