import { testPrincipals, useTestApi } from '@hoctap/plugin-sdk/testing';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { AuditEntry } from '../audit/audit-entry.entity.js';
import type { Principal } from '../auth/principal.js';
import { scopedAs } from '../evaluations/evaluation.test-helpers.js';
import { findUnitByCode } from '../geography/geography.service.js';
import { addDongThapSlice } from '../geography/geography.test-helpers.js';
import { parsePeriod } from './period.rules.js';
import { expectedUnits } from './reporting-status.service.js';

const t = useTestApi();
let slice: Awaited<ReturnType<typeof addDongThapSlice>>;
let as: Record<'ward' | 'commune' | 'saDec' | 'lapVo' | 'province' | 'newWard', Principal>;

type Result = {
  status: number;
  data?: Record<string, unknown>;
  errors?: { message: string; extensions?: Record<string, unknown> }[];
};
const codeOf = (r: Result) => r.errors?.[0]?.extensions?.code;
const rulesOf = (r: Result) =>
  ((r.errors?.[0]?.extensions?.problems as { field: string; rule: string }[] | undefined) ?? []).map(
    (p) => `${p.field}:${p.rule}`,
  );

const REPORT = `id state version period dataSetCode submittedOn onTime dueOn unit { code }
  values { element category value comment } approvals { level } violations { rule left operator right blocking }
  availableActions { name }`;
const SAVE = `mutation ($input: SaveDataSetReportInput!) { saveDataSetReport(input: $input) { ${REPORT} } }`;
const TRANSITION = `mutation ($id: ID!, $action: String!, $note: String) {
  transition(id: $id, action: $action, note: $note) { id state version ... on DataSetReport { approvals { level } submittedOn } } }`;
const STATUS = `query ($set: String!, $unit: String!, $period: String!) {
  reportingStatus(dataSetCode: $set, unitCode: $unit, period: $period) {
    dueOn expected submitted onTime rate onTimeRate reports { unitCode state submittedOn onTime } } }`;

type Report = { id: string; state: string; version: number; values: { element: string; value: string }[] };
const v = (element: string, value: string, category: string | null = null) => ({ element, category, value });

async function save(who: Principal, input: Record<string, unknown>): Promise<Result> {
  return t.api.execute(SAVE, { variables: { input }, as: who });
}
const reportOf = (r: Result) => r.data?.saveDataSetReport as Report;
const step = (who: Principal, id: string, action: string, note?: string) =>
  t.api.execute(TRANSITION, { variables: { id, action, note }, as: who }) as Promise<Result>;

beforeAll(async () => {
  const em = t.db.orm.em.fork();
  slice = await addDongThapSlice(em);
  const province = (await findUnitByCode(em, '87', '2024-12-31'))!;
  as = {
    ward: scopedAs(slice.ward),
    commune: scopedAs(slice.commune),
    saDec: scopedAs(slice.saDec),
    lapVo: scopedAs(slice.lapVo),
    province: scopedAs(province),
    newWard: scopedAs(slice.newWard),
  };
});

afterEach(() => void vi.useRealTimers());

describe('dataSets', () => {
  it('lists the national data sets with their elements, parts and rules', async () => {
    const r = await t.api.execute(`{ dataSets { code periodType reportingLevel dueDays approvalLevels sample
      elements { code valueType disaggregation { code options { code } } } validationRules { code left operator right } } }`);
    const sets = r.data?.dataSets as {
      code: string;
      elements: { code: string; disaggregation: { code: string } | null }[];
    }[];
    expect(sets.map((s) => s.code)).toEqual([
      'EDUCATION_SURVEY',
      'CLC_YEAR',
      'ASSOCIATION_YEAR',
      'LEARNING_SOCIETY_FIGURES',
    ]);
    const clc = sets.find((s) => s.code === 'CLC_YEAR')!;
    expect(clc).toMatchObject({
      periodType: 'YEARLY',
      reportingLevel: 'COMMUNE',
      approvalLevels: ['DISTRICT', 'PROVINCE'],
      sample: true,
    });
    expect(clc.elements.find((e) => e.code === 'CLC_PARTICIPANTS')!.disaggregation!.code).toBe('SEX');
    const plugins = await t.api.execute(`{ dataSets(plugin: "nobody") { code } }`);
    expect(plugins.data?.dataSets).toEqual([]);
  });
});

describe('saveDataSetReport', () => {
  const input = (values: unknown[], extra: Record<string, unknown> = {}) => ({
    dataSetCode: 'CLC_YEAR',
    unitCode: '30175',
    period: '2024',
    values,
    ...extra,
  });

  it('authorises first: anonymous is UNAUTHENTICATED, an officer of another commune FORBIDDEN, and nothing is written', async () => {
    expect(codeOf(await save(undefined as unknown as Principal, input([v('CLC_COURSES', 'x')])))).toBe(
      'UNAUTHENTICATED',
    );
    expect(codeOf(await save(as.ward, input([v('CLC_COURSES', '3')])))).toBe('FORBIDDEN');
    expect(codeOf(await save(testPrincipals.analyst, input([v('CLC_COURSES', '3')])))).toBe('FORBIDDEN');
  });

  it('refuses values that do not fit their element, a wrong period and a unit of the wrong level', async () => {
    const bad = await save(as.commune, input([v('CLC_COURSES', 'three'), v('CLC_PARTICIPANTS', '2', 'AGE_15_35')]));
    expect(rulesOf(bad)).toEqual(['values[0].value:VALUE_TYPE', 'values[1].category:CATEGORY']);
    expect(rulesOf(await save(as.commune, input([], { period: '2024Q1' })))).toEqual(['period:PERIOD']);
    expect(rulesOf(await save(testPrincipals.admin, input([], { unitCode: '875' })))).toEqual([
      'unitCode:REPORTING_LEVEL',
    ]);
    const total = await save(
      as.commune,
      input([v('CLC_PARTICIPANTS', '31'), v('CLC_PARTICIPANTS', '10', 'MALE'), v('CLC_PARTICIPANTS', '20', 'FEMALE')]),
    );
    expect(rulesOf(total)).toEqual(['values:TOTAL_EQUALS_PARTS']);
  });

  it('saves with warnings, keeps values not given, needs the version read to change, and audits each change', async () => {
    const first = await save(
      as.commune,
      input([
        v('CLC_PARTICIPANTS', '10', 'MALE'),
        v('CLC_PARTICIPANTS', '20', 'FEMALE'),
        v('CLC_PARTICIPANTS_BY_AGE', '25', 'AGE_15_35'),
      ]),
    );
    const report = reportOf(first);
    expect(report).toMatchObject({ state: 'DRAFT', version: 1 });
    expect(first.data?.saveDataSetReport).toMatchObject({
      violations: [{ rule: 'CLC_PARTICIPANTS_AGE_SEX', left: 25, operator: 'EQ', right: 30, blocking: true }],
    });
    expect(codeOf(await save(as.commune, input([v('CLC_COURSES', '4')])))).toBe('CONFLICT');
    expect(codeOf(await save(as.commune, input([v('CLC_COURSES', '4')], { expectedVersion: 7 })))).toBe('CONFLICT');
    const second = reportOf(await save(as.commune, input([v('CLC_COURSES', '004')], { expectedVersion: 1 })));
    expect(second.version).toBe(2);
    expect(second.values.map((x) => `${x.element}=${x.value}`)).toContain('CLC_COURSES=4');
    expect(second.values).toHaveLength(4);
    const audits = await t.db.orm.em.fork().find(AuditEntry, { action: 'reporting.saveDataSetReport' });
    expect(audits).toHaveLength(2);
    expect(JSON.stringify(audits[1]!.changes)).toContain('CLC_COURSES');
  });
});

describe('the workflow: submit, approve bottom-up, lock, return, reopen', () => {
  let communeReport: Report;

  it('SUBMIT refuses broken validation rules, naming each rule and its values', async () => {
    const found = await t.api.execute(
      `{ dataSetReportOf(dataSetCode: "CLC_YEAR", unitCode: "30175", period: "2024") { id } }`,
      {
        as: as.commune,
      },
    );
    const gid = (found.data?.dataSetReportOf as { id: string }).id;
    const refused = await step(as.commune, gid, 'SUBMIT');
    expect(codeOf(refused)).toBe('BAD_USER_INPUT');
    expect(refused.errors?.[0]?.message).toMatch(/CLC_PARTICIPANTS_AGE_SEX .*25 = 30/);
    const fixed = await save(as.commune, {
      dataSetCode: 'CLC_YEAR',
      unitCode: '30175',
      period: '2024',
      values: [v('CLC_PARTICIPANTS_BY_AGE', '5', 'AGE_36_60')],
      expectedVersion: 2,
    });
    communeReport = reportOf(fixed);
    expect(fixed.data?.saveDataSetReport).toMatchObject({ violations: [] });
    const submitted = await step(as.commune, gid, 'SUBMIT');
    expect(submitted.data?.transition).toMatchObject({ state: 'SUBMITTED', submittedOn: expect.any(String) });
    communeReport = { ...communeReport, id: gid };
  });

  it('a province that tries to approve before its district is refused; the district approves and the values lock', async () => {
    expect(codeOf(await step(as.province, communeReport.id, 'APPROVE'))).toBe('FORBIDDEN');
    // Another district is not the commune's approving level.
    expect(codeOf(await step(as.saDec, communeReport.id, 'APPROVE'))).toBe('FORBIDDEN');
    const approved = await step(as.lapVo, communeReport.id, 'APPROVE');
    expect(approved.data?.transition).toMatchObject({ state: 'APPROVED', approvals: [{ level: 'DISTRICT' }] });
    const locked = await save(as.commune, {
      dataSetCode: 'CLC_YEAR',
      unitCode: '30175',
      period: '2024',
      values: [v('CLC_COURSES', '9')],
      expectedVersion: 5,
    });
    expect(rulesOf(locked)).toEqual(['values:LOCKED']);
  });

  it('the province approves only once its districts approved every expected commune', async () => {
    const early = await step(as.province, communeReport.id, 'APPROVE');
    expect(codeOf(early)).toBe('BAD_USER_INPUT');
    expect(early.errors?.[0]?.message).toMatch(/below have not approved .*29905/);
    const ward = reportOf(
      await save(as.ward, {
        dataSetCode: 'CLC_YEAR',
        unitCode: '29905',
        period: '2024',
        values: [v('CLC_COURSES', '2')],
      }),
    );
    expect((await step(as.ward, ward.id, 'SUBMIT')).data?.transition).toMatchObject({ state: 'SUBMITTED' });
    expect(codeOf(await step(as.province, communeReport.id, 'APPROVE'))).toBe('BAD_USER_INPUT');
    expect((await step(as.saDec, ward.id, 'APPROVE')).data?.transition).toMatchObject({ state: 'APPROVED' });
    const top = await step(as.province, communeReport.id, 'APPROVE');
    expect(top.data?.transition).toMatchObject({
      state: 'APPROVED',
      approvals: [{ level: 'DISTRICT' }, { level: 'PROVINCE' }],
    });
    // Once every level has approved, nobody approves again, not even the ADMIN.
    const again = await step(testPrincipals.admin, communeReport.id, 'APPROVE');
    expect(rulesOf(again)).toEqual(['action:FULLY_APPROVED']);
    expect(again.errors?.[0]?.message).toMatch(/every level has approved/);
  });

  it('only the level that approved last reopens; the district then returns it with a note and the commune resubmits', async () => {
    const byDistrict = await step(as.lapVo, communeReport.id, 'REOPEN', 'figures wrong');
    expect(byDistrict.errors?.[0]?.message).toMatch(/only the level that approved last/);
    expect(rulesOf(await step(as.province, communeReport.id, 'REOPEN'))).toEqual(['note:NOTE_REQUIRED']);
    const reopened = await step(as.province, communeReport.id, 'REOPEN', 'figures of courses are wrong');
    expect(reopened.data?.transition).toMatchObject({ state: 'SUBMITTED', approvals: [] });
    expect(codeOf(await step(as.lapVo, communeReport.id, 'RETURN'))).toBe('BAD_USER_INPUT');
    const returned = await step(as.lapVo, communeReport.id, 'RETURN', 'courses: count topics too');
    expect(returned.data?.transition).toMatchObject({ state: 'DRAFT' });
    const version = (returned.data?.transition as { version: number }).version;
    const edited = await save(as.commune, {
      dataSetCode: 'CLC_YEAR',
      unitCode: '30175',
      period: '2024',
      values: [v('CLC_COURSES', '6')],
      expectedVersion: version,
    });
    expect(reportOf(edited).state).toBe('DRAFT');
    expect((await step(as.commune, communeReport.id, 'SUBMIT')).data?.transition).toMatchObject({ state: 'SUBMITTED' });
    const history = await t.api.execute(
      `query ($id: ID!) { dataSetReport(id: $id) { history { action toState note } } }`,
      {
        variables: { id: communeReport.id },
        as: as.commune,
      },
    );
    expect((history.data?.dataSetReport as { history: { action: string }[] }).history.map((h) => h.action)).toEqual([
      'SUBMIT',
      'APPROVE',
      'APPROVE',
      'REOPEN',
      'RETURN',
      'SUBMIT',
    ]);
  });
});

describe('expected reports across the 1/7/2025 change', () => {
  it('expects the old communes until 30/6/2025 and the new one from 1/7/2025', async () => {
    const em = t.db.orm.em.fork();
    const old = (await findUnitByCode(em, '87', '2025-06-30'))!;
    const now = (await findUnitByCode(em, '82', '2025-07-31'))!;
    const codes = async (root: string | null, period: string) =>
      (await expectedUnits(em, { reportingLevel: 'COMMUNE' }, root, parsePeriod(period)!)).map(
        (u) => `${u.code}:${u.name}`,
      );
    expect(await codes(old.id, '2025-06')).toEqual(['29905:Phường 1', '30175:Xã Tân Mỹ']);
    expect(await codes(old.id, '2025H1')).toEqual(['29905:Phường 1', '30175:Xã Tân Mỹ']);
    expect(await codes(old.id, '2025-07')).toEqual([]);
    expect(await codes(now.id, '2025-07')).toEqual(['29905:Phường Sa Đéc']);
    expect(await codes(now.id, '2025')).toEqual(['29905:Phường Sa Đéc']);
    expect(await codes(null, '2025Q3')).toEqual(['29905:Phường Sa Đéc']);
  });

  it('reportingStatus for 2025 under the new province counts the new ward only; the old province is not on that map', async () => {
    const status = await t.api.execute(STATUS, {
      variables: { set: 'ASSOCIATION_YEAR', unit: '82', period: '2025' },
      as: testPrincipals.admin,
    });
    expect(status.data?.reportingStatus).toMatchObject({
      expected: 1,
      submitted: 0,
      rate: 0,
      reports: [{ unitCode: '29905', state: null }],
    });
    const gone = await t.api.execute(STATUS, {
      variables: { set: 'ASSOCIATION_YEAR', unit: '87', period: '2025' },
      as: testPrincipals.admin,
    });
    expect(codeOf(gone)).toBe('NOT_FOUND');
  });
});

describe('timeliness', () => {
  const on = (day: string) => {
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(new Date(`${day}T05:00:00Z`));
  };
  const submit = async (who: Principal, unitCode: string) => {
    const r = reportOf(
      await save(who, {
        dataSetCode: 'ASSOCIATION_YEAR',
        unitCode,
        period: '2024',
        values: [v('ASSOCIATION_MEMBERS', '40')],
      }),
    );
    return step(who, r.id, 'SUBMIT');
  };

  it('a report submitted on the due day is on time, one submitted the day after is late', async () => {
    on('2025-01-31');
    expect((await submit(as.commune, '30175')).data?.transition).toMatchObject({ submittedOn: '2025-01-31' });
    on('2025-02-01');
    expect((await submit(as.ward, '29905')).data?.transition).toMatchObject({ submittedOn: '2025-02-01' });
    vi.useRealTimers();
    const status = await t.api.execute(STATUS, {
      variables: { set: 'ASSOCIATION_YEAR', unit: '87', period: '2024' },
      as: as.province,
    });
    expect(status.data?.reportingStatus).toEqual({
      dueOn: '2025-01-31',
      expected: 2,
      submitted: 2,
      onTime: 1,
      rate: 1,
      onTimeRate: 0.5,
      reports: [
        { unitCode: '29905', state: 'SUBMITTED', submittedOn: '2025-02-01', onTime: false },
        { unitCode: '30175', state: 'SUBMITTED', submittedOn: '2025-01-31', onTime: true },
      ],
    });
    expect(
      codeOf(
        await t.api.execute(STATUS, {
          variables: { set: 'ASSOCIATION_YEAR', unit: '87', period: '2024' },
          as: as.newWard,
        }),
      ),
    ).toBe('FORBIDDEN');
  });
});

describe('a national target computed from reported values', () => {
  const TARGETS = `query ($unit: String!, $year: Int!) { targets(unitCode: $unit, year: $year, targetYear: 2025) {
    code numerator denominator value denominatorBasis note caveats } }`;
  const officials = async (who: Principal) => {
    const r = await t.api.execute(TARGETS, { variables: { unit: '87', year: 2024 }, as: who });
    return (r.data?.targets as { code: string }[]).find((x) => x.code === '677-2025-OFFICIALS');
  };

  it('677-2025-OFFICIALS, once NOT_YET_COMPUTED, is the share of officials in learning units the communes submitted', async () => {
    expect(await officials(testPrincipals.admin)).toMatchObject({ numerator: 0, denominator: 0, value: null });
    const figures = (who: Principal, unitCode: string, all: string, learning: string) =>
      save(who, {
        dataSetCode: 'LEARNING_SOCIETY_FIGURES',
        unitCode,
        period: '2024',
        values: [v('OFFICIALS_IN_UNITS', all), v('OFFICIALS_IN_LEARNING_UNITS', learning)],
      });
    const a = reportOf(await figures(as.commune, '30175', '50', '30'));
    const b = reportOf(await figures(as.ward, '29905', '30', '18'));
    await step(as.commune, a.id, 'SUBMIT');
    // A draft counts for nothing yet.
    expect(await officials(testPrincipals.admin)).toMatchObject({ numerator: 30, denominator: 50, value: 0.6 });
    await step(as.ward, b.id, 'SUBMIT');
    const row = await officials(testPrincipals.admin);
    expect(row).toMatchObject({
      numerator: 48,
      denominator: 80,
      value: 0.6,
      denominatorBasis: 'REPORTED_VALUES',
      note: null,
    });
    expect((row as unknown as { caveats: string[] }).caveats.join(' ')).toMatch(
      /LEARNING_SOCIETY_FIGURES reports submitted or approved/,
    );
  });
});

describe('the survey as a data set', () => {
  const STANDARDS = `query { educationStandards(unitCode: "30175", year: 2024) { standard measures { code numerator denominator } } }`;
  it('a submitted EDUCATION_SURVEY report writes its figures to the commune survey that educationStandards reads', async () => {
    const input = (values: unknown[], expectedVersion?: number) => ({
      dataSetCode: 'EDUCATION_SURVEY',
      unitCode: '30175',
      period: '2024',
      values,
      ...(expectedVersion ? { expectedVersion } : {}),
    });
    const over = reportOf(
      await save(as.commune, input([v('LITERACY1_15_35', '1001'), v('LITERACY1_15_35_BASE', '1000')])),
    );
    const refused = await step(as.commune, over.id, 'SUBMIT');
    expect(refused.errors?.[0]?.message).toMatch(/LITERACY1_15_35_WITHIN_BASE .*1001 ≤ 1000/);
    const fixed = reportOf(await save(as.commune, input([v('LITERACY1_15_35', '950')], over.version)));
    expect((await step(as.commune, fixed.id, 'SUBMIT')).data?.transition).toMatchObject({ state: 'SUBMITTED' });
    const r = await t.api.execute(STANDARDS, { as: as.commune });
    const measures = (r.data?.educationStandards as { measures: { code: string }[] }[]).flatMap((s) => s.measures);
    expect(measures.find((m) => m.code === 'LITERACY1_15_35')).toEqual({
      code: 'LITERACY1_15_35',
      numerator: 950,
      denominator: 1000,
    });
  });
});
