import { testPrincipals, useTestApi } from '@hoctap/plugin-sdk/testing';
import { beforeAll, describe, expect, it } from 'vitest';
import { CriteriaSet } from '../../criteria/criteria-set.entity.js';
import { Evaluation } from '../../evaluations/evaluation.entity.js';
import { addEvaluationFixture, scopedAs } from '../../evaluations/evaluation.test-helpers.js';
import { Subject } from '../../subjects/subject.entity.js';
import { SubjectKind } from '../../subjects/subject.enums.js';
import { UnitTarget } from './unit-target.entity.js';

const t = useTestApi();
let f: Awaited<ReturnType<typeof addEvaluationFixture>>;

const TARGETS = `query ($code: String!, $year: Int!, $targetYear: Int = 2025) { targets(unitCode: $code, year: $year, targetYear: $targetYear) {
  code numerator denominator denominatorBasis value target progress met note caveats } }`;
type Row = {
  code: string;
  numerator: number | null;
  denominator: number | null;
  denominatorBasis: string | null;
  value: number | null;
  met: boolean;
  note: string | null;
  caveats: string[];
};
const row = (data: unknown, code: string) => (data as { targets: Row[] }).targets.find((r) => r.code === code)!;

beforeAll(async () => {
  f = await addEvaluationFixture(t.db.orm.em.fork());
  const em = t.db.orm.em.fork();
  const set = await em.findOneOrFail(CriteriaSet, { code: 'KHVN-448-FAMILY' });
  const lineage = [f.village.id, f.commune.id, f.lapVo.id, f.province.id];
  // 9 of the village's 12 households recognised in 2024, 1 more only submitted, and 2 recognised in 2023.
  f.households.forEach((h, i) => {
    const base = {
      subject: h,
      subjectKey: h.id,
      unit: f.village,
      lineage,
      evaluatingUnitId: f.commune.id,
      modelKind: 'LEARNING_FAMILY' as const,
      criteriaSet: set,
      scores: {},
    };
    if (i < 10) em.create(Evaluation, { ...base, year: 2024, state: i < 9 ? 'RECOGNISED' : 'SUBMITTED' });
    if (i < 2) em.create(Evaluation, { ...base, year: 2023, state: 'RECOGNISED' });
  });
  // Two organisations recognised as learning units in 2024: one managed by the commune, one by the district.
  const units = await em.findOneOrFail(CriteriaSet, { code: 'KHVN-448-UNIT-COMMUNE' });
  for (const [unit, lineageOf] of [
    [f.commune, [f.commune.id, f.lapVo.id, f.province.id]],
    [f.lapVo, [f.lapVo.id, f.province.id]],
  ] as const) {
    const org = em.create(Subject, {
      kind: SubjectKind.ORGANISATION,
      unit,
      code: `DV-${unit.code}`,
      name: 'Cơ quan',
      source: 'test',
    });
    em.create(Evaluation, {
      subject: org,
      subjectKey: org.id,
      unit,
      lineage: [...lineageOf],
      evaluatingUnitId: unit.id,
      modelKind: 'LEARNING_UNIT',
      criteriaSet: units,
      scores: {},
      year: 2024,
      state: 'RECOGNISED',
    });
  }
  await em.flush();
});

describe('targets', () => {
  it('computes the share of households recognised as learning families, by hand: 9 of 12', async () => {
    const r = await t.api.execute(TARGETS, { variables: { code: '30175', year: 2024 }, as: testPrincipals.analyst });
    expect(r.errors).toBeUndefined();
    expect(row(r.data, '387-2025-FAMILIES')).toMatchObject({ numerator: 9, denominator: 12, value: 0.75, met: true });
    expect(row(r.data, '387-2025-VILLAGES')).toMatchObject({ numerator: 0, denominator: 1, value: 0, met: false });
    expect(row(r.data, '387-2025-CLANS')).toMatchObject({
      denominator: 0,
      value: null,
      note: 'No subjects on record in this unit.',
    });

    const earlier = await t.api.execute(TARGETS, { variables: { code: '875', year: 2023 }, as: scopedAs(f.lapVo) });
    expect(row(earlier.data, '387-2025-FAMILIES')).toMatchObject({ numerator: 2, denominator: 12, met: false });
    const sibling = await t.api.execute(TARGETS, { variables: { code: '867', year: 2024 }, as: testPrincipals.admin });
    expect(row(sibling.data, '387-2025-FAMILIES')).toMatchObject({ numerator: 0, denominator: 0, value: null });
  });

  // Issue 16 (DOMAIN.md: Quyết định 1373/QĐ-TTg counts citizens, i.e. the population): citizens on
  // record are no denominator for it; the population comes with the reporting cycle's data sets.
  it('counts recognised learning citizens but computes no share of the population it does not collect', async () => {
    const r = await t.api.execute(TARGETS, { variables: { code: '30175', year: 2024 }, as: testPrincipals.analyst });
    expect(row(r.data, '1373-2025-LEARNING_CITIZENS')).toMatchObject({
      numerator: 0,
      denominator: null,
      denominatorBasis: 'POPULATION',
      value: null,
      met: false,
      note: expect.stringMatching(/^Not computed yet: needs the population .*reporting cycle/),
      caveats: ['1 citizens are on record; they are not the population, so they are not used as the denominator.'],
    });
  });

  // Issue 16 (DOMAIN.md: Quyết định 387/QĐ-TTg, 80% of commune-level units; Quyết định 281/QĐ-TTg,
  // 50% of learning units, tier not stated): 387 counts commune-managed organisations only.
  it('counts only organisations managed by a commune for 387-2025-UNITS, every tier for 281-2020-UNITS', async () => {
    const r = await t.api.execute(TARGETS, { variables: { code: '875', year: 2024 }, as: testPrincipals.admin });
    expect(row(r.data, '387-2025-UNITS')).toMatchObject({ numerator: 1, denominator: 1, met: true });
    expect(row(r.data, '387-2025-UNITS').caveats).toContain(
      'Only organisations managed by a commune count, in the numerator and the denominator.',
    );
    const old = await t.api.execute(TARGETS, {
      variables: { code: '875', year: 2024, targetYear: 2020 },
      as: testPrincipals.admin,
    });
    expect(row(old.data, '281-2020-UNITS')).toMatchObject({ numerator: 2, denominator: 2, met: true });
    // Quyết định 281/QĐ-TTg's 2020 targets (DOMAIN.md): 70% families, 50% clans, 60% villages.
    expect(row(old.data, '281-2020-FAMILIES')).toMatchObject({ numerator: 9, denominator: 12, met: true });
    expect(row(old.data, '281-2020-FAMILIES-DIFFICULT').note).toMatch(/^Not computed yet: needs which communes/);
  });

  // Issue 16: subjects carry no dates, so a past year's denominator is today's record, and says so.
  it('says a past year’s denominator is the record of today', async () => {
    const r = await t.api.execute(TARGETS, { variables: { code: '875', year: 2023 }, as: testPrincipals.admin });
    expect(row(r.data, '387-2025-FAMILIES').caveats[0]).toMatch(/households on record today .*not as of 2023/);
    expect(row(r.data, '387-2025-VILLAGES').caveats).toEqual([]);
  });

  // Issue 16 (DOMAIN.md: Quyết định 1373/QĐ-TTg targets provinces meeting standards): a province's
  // own result, as educationStandards computes it, is its part of the national share.
  it('answers a province’s standards targets from educationStandards, and a commune’s with a note', async () => {
    const SURVEY = `mutation ($input: EducationSurveyInput!) { recordEducationSurvey(input: $input) { id } }`;
    for (const unitCode of ['30175', '29905']) {
      const figures = [{ code: 'LITERACY2_15_60', numerator: 95, denominator: 100 }];
      const s = await t.api.execute(SURVEY, {
        variables: { input: { unitCode, year: 2024, especiallyDifficult: false, figures } },
        as: testPrincipals.admin,
      });
      expect(s.errors).toBeUndefined();
    }
    const r = await t.api.execute(TARGETS, { variables: { code: '87', year: 2024 }, as: testPrincipals.admin });
    expect(row(r.data, '1373-2025-LITERACY_2')).toMatchObject({
      numerator: 1,
      denominator: 1,
      denominatorBasis: 'PROVINCES',
      met: true,
      caveats: [expect.stringContaining('This province only')],
    });
    expect(row(r.data, '1373-2025-PRIMARY_3')).toMatchObject({ numerator: 0, denominator: 1, met: false });
    const commune = await t.api.execute(TARGETS, {
      variables: { code: '30175', year: 2024 },
      as: testPrincipals.admin,
    });
    expect(row(commune.data, '1373-2025-LITERACY_2')).toMatchObject({
      numerator: null,
      note: expect.stringContaining('ask for a province'),
    });
  });

  it('is an aggregate: refused to anonymous callers and to another province', async () => {
    for (const [as, code] of [
      [undefined, 'UNAUTHENTICATED'],
      [scopedAs(f.duyTien), 'FORBIDDEN'],
    ] as const) {
      const r = await t.api.execute(TARGETS, { variables: { code: '30175', year: 2024 }, ...(as ? { as } : {}) });
      expect(r.errors?.[0]?.extensions?.code).toBe(code);
    }
  });

  it("records a unit's own target for a national indicator and reports progress against it", async () => {
    const SET = `mutation ($input: SetUnitTargetInput!) { setUnitTarget(input: $input) { code target setBy source targetYear version } }`;
    const input = {
      unitCode: '82',
      indicator: '387-2025-FAMILIES',
      year: 2026,
      percent: 75,
      source: 'Kế hoạch 01/KH-UBND',
    };
    const set = await t.api.execute(SET, { variables: { input }, as: testPrincipals.admin });
    expect(set.data?.setUnitTarget).toEqual([
      {
        code: '82:387-2025-FAMILIES:2026',
        target: 0.75,
        setBy: '82',
        source: 'Kế hoạch 01/KH-UBND',
        targetYear: 2026,
        version: 1,
      },
    ]);
    const blind = await t.api.execute(SET, {
      variables: { input: { ...input, percent: 90 } },
      as: testPrincipals.admin,
    });
    expect(blind.errors?.[0]?.extensions).toMatchObject({ code: 'CONFLICT', currentVersion: 1 });
    const changed = await t.api.execute(SET, {
      variables: { input: { ...input, percent: 80, expectedVersion: 1 } },
      as: testPrincipals.admin,
    });
    expect(changed.data?.setUnitTarget).toEqual([expect.objectContaining({ target: 0.8, version: 2 })]);
    const stale = await t.api.execute(SET, {
      variables: { input: { ...input, percent: 85, expectedVersion: 1 } },
      as: testPrincipals.admin,
    });
    expect(stale.errors?.[0]?.extensions?.code).toBe('CONFLICT');
    const bad = await t.api.execute(SET, {
      variables: { input: { ...input, indicator: 'NOPE', percent: 120 } },
      as: testPrincipals.admin,
    });
    expect((bad.errors?.[0]?.extensions?.problems as { field: string }[]).map((p) => p.field)).toEqual([
      'indicator',
      'percent',
    ]);
    const analyst = await t.api.execute(SET, { variables: { input }, as: testPrincipals.analyst });
    expect(analyst.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  });

  it('lets exactly one of twenty officials changing the same target at once win; the others are told', async () => {
    const SET = `mutation ($input: SetUnitTargetInput!) { setUnitTarget(input: $input) { target version } }`;
    const input = { unitCode: '82', indicator: '387-2025-CLANS', year: 2027, percent: 60, source: 'KH 02' };
    const first = await t.api.execute(SET, { variables: { input }, as: testPrincipals.admin });
    expect(first.errors).toBeUndefined();
    const answers = await Promise.all(
      Array.from({ length: 20 }, (_, i) =>
        t.api.execute(SET, {
          variables: { input: { ...input, percent: 61 + i, expectedVersion: 1 } },
          as: testPrincipals.admin,
        }),
      ),
    );
    const won = answers.filter((a) => !a.errors);
    expect(won).toHaveLength(1);
    expect(answers.filter((a) => a.errors?.[0]?.extensions?.code === 'CONFLICT')).toHaveLength(19);
    const stored = await t.db.orm.em.fork().findOneOrFail(UnitTarget, { indicator: '387-2025-CLANS', year: 2027 });
    expect(stored.version).toBe(2);
    expect(Number(stored.percent) / 100).toBe(
      (won[0]!.data as { setUnitTarget: { target: number }[] }).setUnitTarget[0]!.target,
    );
  });
});
