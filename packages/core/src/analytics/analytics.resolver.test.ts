import { testPrincipals, useTestApi } from '@hoctap/plugin-sdk/testing';
import { beforeAll, describe, expect, it } from 'vitest';
import { Role } from '../auth/roles.js';
import type { Principal } from '../auth/principal.js';
import { addEvaluationFixture, scopedAs } from '../evaluations/evaluation.test-helpers.js';
import { addUnit } from '../geography/geography.test-helpers.js';
import { AdminLevel, AdminUnitKindEnum } from '../geography/geography.enums.js';
import { AdminUnit } from '../geography/admin-unit.entity.js';

/**
 * Hand-computed fixture (old Đồng Tháp 87 and Hà Nam 35, both FULLY succeeded on 1/7/2025):
 * - 12 households in a village of Xã Tân Mỹ (30175, 87), 1 in Xã Chuyên Ngoại (13363, 35);
 * - learning-family evaluations: 87 in 2023: 4 recognised; 87 in 2024: 6 recognised and 3
 *   submitted; 35 in 2024: 1 recognised;
 * - 30175 splits PARTIALLY into two new communes (weights 3:1); 13363 into two without weights;
 * - literacy surveys in 2024: 30175 950/1000 and Phường 1 (29905) 900/1000 (both meet level 1),
 *   13363 800/1000 (does not);
 * - Xã Tân Mỹ's fund in 2024: three individual donations of 1,000,000, one enterprise donation of
 *   5,000,000, one scholarship of 2,000,000.
 */
const t = useTestApi();
let f: Awaited<ReturnType<typeof addEvaluationFixture>>;
const newCommunes: Record<string, AdminUnit> = {};

const ANALYTICS = `query ($q: AnalyticsQueryInput!) { analytics(query: $q) {
  headers { name type dimension } rows rowKinds suppressedCells roundedTo totalRows notes } }`;
type Table = {
  headers: { name: string; type: string }[];
  rows: unknown[][];
  rowKinds: string[];
  suppressedCells: number;
  roundedTo: number | null;
  totalRows: number;
  notes: string[];
};
async function analytics(q: Record<string, unknown>, as?: Principal) {
  return t.api.execute<{ analytics: Table }>(ANALYTICS, { variables: { q }, ...(as ? { as } : {}) });
}
async function table(q: Record<string, unknown>, as: Principal = testPrincipals.admin): Promise<Table> {
  const r = await analytics(q, as);
  expect(r.errors).toBeUndefined();
  return r.data!.analytics;
}
const codeOf = (r: { errors?: { extensions?: Record<string, unknown> }[] }) => r.errors?.[0]?.extensions?.code;

async function evaluate(households: { id: string }[], year: number, state: string, lineage: string[], unitId: string) {
  const em = t.db.orm.em.fork();
  const [set] = await em.execute<{ id: string }[]>(`select id from criteria_set where code = 'KHVN-448-FAMILY'`);
  for (const h of households)
    await em.execute(
      `insert into evaluation (id, subject_id, subject_key, unit_id, lineage, evaluating_unit_id, model_kind, year, criteria_set_id,
         scores, evidence, state, rating, recognised, total)
       values (gen_random_uuid(), ?, ?, ?, ?::uuid[], ?, 'LEARNING_FAMILY', ?, ?, '{}', '[]', ?, ?, ?, 90)`,
      [
        h.id,
        h.id,
        unitId,
        `{${lineage.join(',')}}`,
        lineage[1] ?? unitId,
        year,
        set!.id,
        state,
        state === 'RECOGNISED' ? 'RECOGNISED' : null,
        state === 'RECOGNISED',
      ],
    );
}

beforeAll(async () => {
  const em = t.db.orm.em.fork();
  f = await addEvaluationFixture(em);
  const lineage87 = [f.village.id, f.commune.id, f.lapVo.id, f.province.id];
  const h = f.households;
  await evaluate(h.slice(0, 4), 2023, 'RECOGNISED', lineage87, f.village.id);
  await evaluate(h.slice(0, 6), 2024, 'RECOGNISED', lineage87, f.village.id);
  await evaluate(h.slice(6, 9), 2024, 'SUBMITTED', lineage87, f.village.id);
  const haNam = await em.findOneOrFail(AdminUnit, { code: '35', level: AdminLevel.PROVINCE, validTo: { $ne: null } });
  await evaluate(
    [f.haNamHousehold],
    2024,
    'RECOGNISED',
    [f.haNamCommune.id, f.duyTien.id, haNam.id],
    f.haNamCommune.id,
  );

  const after = { validFrom: '2025-07-01', validTo: null };
  for (const [code, name, parent] of [
    ['90001', 'Xã Mới A', '82'],
    ['90002', 'Xã Mới B', '82'],
    ['90003', 'Xã Mới C', '37'],
    ['90004', 'Xã Mới D', '37'],
  ] as const)
    newCommunes[code] = await addUnit(
      em,
      { code, name, level: AdminLevel.COMMUNE, kind: AdminUnitKindEnum.COMMUNE, ...after },
      parent,
    );
  await em.execute(
    `insert into admin_unit_succession (id, from_id, to_id, kind, effective_date, legal_basis, weight) values
       (gen_random_uuid(), ?, ?, 'PARTIAL', '2025-07-01', 'test', 3), (gen_random_uuid(), ?, ?, 'PARTIAL', '2025-07-01', 'test', 1),
       (gen_random_uuid(), ?, ?, 'PARTIAL', '2025-07-01', 'test', null), (gen_random_uuid(), ?, ?, 'PARTIAL', '2025-07-01', 'test', null)`,
    [
      f.commune.id,
      newCommunes['90001']!.id,
      f.commune.id,
      newCommunes['90002']!.id,
      f.haNamCommune.id,
      newCommunes['90003']!.id,
      f.haNamCommune.id,
      newCommunes['90004']!.id,
    ],
  );

  for (const [unit, numerator] of [
    [f.commune, 950],
    [f.ward, 900],
    [f.haNamCommune, 800],
  ] as const) {
    const r = await t.api.execute(`mutation ($i: EducationSurveyInput!) { recordEducationSurvey(input: $i) { id } }`, {
      variables: {
        i: {
          unitCode: unit.code,
          year: 2024,
          especiallyDifficult: false,
          figures: [{ code: 'LITERACY1_15_35', numerator, denominator: 1000 }],
        },
      },
      as: testPrincipals.admin,
    });
    expect(r.errors).toBeUndefined();
  }

  await em.execute(
    `with a as (insert into study_promotion_association (id, unit_id, name, founded_on, members) values (gen_random_uuid(), ?, 'Chi hội Tân Mỹ', '2010-01-01', '[]') returning id),
          fd as (insert into study_promotion_fund (id, association_id, name) select gen_random_uuid(), a.id, 'Quỹ khuyến học' from a returning id)
     insert into fund_entry (id, fund_id, kind, date, amount_vnd, counterpart, donor_type)
     select gen_random_uuid(), fd.id, v.kind::fund_entry_kind, v.date::date, v.amount, 'x', v.donor::donor_type from fd,
       (values ('DONATION', '2024-03-01', 1000000, 'INDIVIDUAL'), ('DONATION', '2024-04-01', 1000000, 'INDIVIDUAL'),
               ('DONATION', '2024-05-01', 1000000, 'INDIVIDUAL'), ('DONATION', '2024-06-01', 5000000, 'ENTERPRISE'),
               ('SCHOLARSHIP', '2024-09-01', 2000000, null)) v(kind, date, amount, donor)`,
    [f.commune.id],
  );
});

const FAMILY_BY_PROVINCE_YEAR = {
  measures: ['LEARNING_FAMILY_SHARE'],
  dimensions: [{ dimension: 'UNIT', level: 'PROVINCE' }, { dimension: 'YEAR' }],
};

describe('analytics: learning families by province and year', () => {
  it('on the map of each year’s data, with both parts of the share', async () => {
    const r = await table(FAMILY_BY_PROVINCE_YEAR);
    expect(r.headers.map((h) => `${h.name}:${h.type}`)).toEqual([
      'UNIT:UNIT',
      'UNIT_NAME:TEXT',
      'YEAR:INTEGER',
      'LEARNING_FAMILY_SHARE:RATIO',
      'LEARNING_FAMILY_SHARE.numerator:INTEGER',
      'LEARNING_FAMILY_SHARE.denominator:INTEGER',
    ]);
    expect(r.rows.map((row) => [row[0], row[2], row[3], row[4], row[5]])).toEqual([
      ['35', 2024, 1, 1, 1],
      ['87', 2023, 4 / 12, 4, 12],
      ['87', 2024, 0.5, 6, 12],
    ]);
  });

  it('shows a unit renamed since the previous query under its new name: the server reloads its map', async () => {
    const names = async () => (await table(FAMILY_BY_PROVINCE_YEAR)).rows.map((row) => `${row[0]} ${row[1]}`);
    expect(await names()).toContain('87 Tỉnh Đồng Tháp');
    const em = t.db.orm.em.fork();
    const rename = (name: string) =>
      em.execute(`update admin_unit set name = ? where code = '87' and level = 'PROVINCE'`, [name]);
    await rename('Tỉnh Đồng Tháp (trước 1/7/2025)');
    try {
      expect(await names()).toContain('87 Tỉnh Đồng Tháp (trước 1/7/2025)');
    } finally {
      await rename('Tỉnh Đồng Tháp');
    }
  });

  it('on today’s map: 87’s data shown on 82 and 35’s on 37 (FULL successions)', async () => {
    const r = await table({
      ...FAMILY_BY_PROVINCE_YEAR,
      dimensions: [{ dimension: 'UNIT', level: 'PROVINCE', map: 'CURRENT' }, { dimension: 'YEAR' }],
    });
    expect(r.rows.map((row) => [row[0], row[1], row[2], row[4], row[5], row[6]])).toEqual([
      ['37', 'Tỉnh Ninh Bình', 2024, 1, 1, false],
      ['82', 'Tỉnh Đồng Tháp', 2023, 4, 12, false],
      ['82', 'Tỉnh Đồng Tháp', 2024, 6, 12, false],
    ]);
  });

  it('on today’s communes: a PARTIAL split by weight (3:1), and one without weights marked approximate', async () => {
    const r = await table({
      measures: ['EVALUATIONS'],
      dimensions: [{ dimension: 'UNIT', level: 'COMMUNE', map: 'CURRENT' }],
      filters: { yearFrom: 2024, yearTo: 2024 },
    });
    const byCode = Object.fromEntries(r.rows.map((row) => [row[0], [row[2], row[3]]]));
    expect(byCode['90001']).toEqual([6.75, false]);
    expect(byCode['90002']).toEqual([2.25, false]);
    expect([byCode['90003'], byCode['90004']].filter(Boolean)).toEqual([[1, true]]);
    expect(r.notes.join(' ')).toMatch(/APPROXIMATE/);
  });

  it('with totals and subtotals, sorted and limited', async () => {
    const r = await table({ ...FAMILY_BY_PROVINCE_YEAR, totals: true, subtotals: true });
    expect(r.rowKinds).toEqual(['ROW', 'SUBTOTAL', 'ROW', 'ROW', 'SUBTOTAL', 'TOTAL']);
    expect(r.rows.at(-1)!.slice(3)).toEqual([11 / 25, 11, 25]);
    const top = await table({
      ...FAMILY_BY_PROVINCE_YEAR,
      sort: [{ by: 'LEARNING_FAMILY_SHARE', direction: 'DESC' }],
      limit: 1,
    });
    expect(top.rows.map((row) => row[0])).toEqual(['35']);
    expect(top.totalRows).toBe(3);
  });
});

describe('analytics: standards, surveys and funds', () => {
  it('one province’s communes × standard for one year', async () => {
    const r = await table({
      measures: ['COMMUNES_MEETING', 'COMMUNES_SURVEYED'],
      dimensions: [{ dimension: 'UNIT', level: 'COMMUNE' }, { dimension: 'STANDARD' }],
      filters: { unitCode: '87', unitAsOf: '2024-06-01', yearFrom: 2024, yearTo: 2024, standards: ['LITERACY_1'] },
    });
    expect(r.rows.map((row) => [row[0], row[2], row[3], row[4]])).toEqual([
      ['29905', 'LITERACY_1', 1, 1],
      ['30175', 'LITERACY_1', 1, 1],
    ]);
  });

  it('the share of communes meeting a standard, and a survey rate, by province', async () => {
    const r = await table({
      measures: ['STANDARD_MET_SHARE', 'SURVEY_RATE'],
      dimensions: [{ dimension: 'UNIT' }],
      filters: { yearFrom: 2024, yearTo: 2024, standards: ['LITERACY_1'], surveyCodes: ['LITERACY1_15_35'] },
    });
    expect(r.rows.map((row) => [row[0], ...row.slice(2)])).toEqual([
      ['35', 0, 0, 1, 0.8, 800, 1000],
      ['87', 1, 2, 2, 0.925, 1850, 2000],
    ]);
  });

  // Issue 16: the share of communes meeting a standard counts every commune on the map, as
  // educationStandards does (Nghị định 20/2014: a district meets it when ≥ 90% of its communes do).
  it('divides by every commune on the map that year, surveyed or not', async () => {
    const old = { validFrom: null, validTo: '2025-06-30' };
    await addUnit(
      t.db.orm.em.fork(),
      { code: '30176', name: 'Xã Chưa Khảo Sát', level: AdminLevel.COMMUNE, kind: AdminUnitKindEnum.COMMUNE, ...old },
      '875',
    );
    const r = await table({
      measures: ['STANDARD_MET_SHARE', 'COMMUNES_SURVEYED', 'COMMUNES'],
      dimensions: [{ dimension: 'UNIT' }],
      filters: { yearFrom: 2024, yearTo: 2024, standards: ['LITERACY_1'] },
    });
    expect(r.rows.map((row) => [row[0], ...row.slice(2)])).toEqual([
      ['35', 0, 0, 1, 1, 1],
      ['87', 2 / 3, 2, 3, 2, 3],
    ]);
    const byDistrict = await table({
      measures: ['COMMUNES'],
      dimensions: [{ dimension: 'UNIT', level: 'DISTRICT' }, { dimension: 'YEAR' }],
      filters: { unitCode: '87', unitAsOf: '2024-06-01', yearFrom: 2023, yearTo: 2024 },
    });
    expect(byDistrict.rows.map((row) => [row[0], row[2], row[3]])).toEqual([
      ['867', 2023, 1],
      ['867', 2024, 1],
      ['875', 2023, 2],
      ['875', 2024, 2],
    ]);
  });

  it('scholarship and donation money by donor type', async () => {
    const r = await table({
      measures: ['FUND_AMOUNT', 'FUND_ENTRIES'],
      dimensions: [{ dimension: 'FUND_ENTRY_KIND' }, { dimension: 'DONOR_TYPE' }, { dimension: 'YEAR' }],
    });
    expect(r.rows).toEqual([
      ['DONATION', 'ENTERPRISE', 2024, 5_000_000, 1],
      ['DONATION', 'INDIVIDUAL', 2024, 3_000_000, 3],
      ['SCHOLARSHIP', null, 2024, 2_000_000, 1],
    ]);
  });
});

describe('analytics: who sees what', () => {
  it('an ANALYST sees aggregates with cells of 1–4 people blanked, and counts rounded to 5', async () => {
    const r = await table(FAMILY_BY_PROVINCE_YEAR, testPrincipals.analyst);
    // 87 in 2024: 6 of 12 families, published as 5 of 10 (the share from the rounded counts).
    expect(r.rows.map((row) => row.slice(3))).toEqual([
      [null, null, null],
      [null, null, null],
      [0.5, 5, 10],
    ]);
    expect(r.suppressedCells).toBe(2);
    expect(r.roundedTo).toBe(5);
  });

  it('with subtotals and a total, an ANALYST also loses the cells that would give a blank back', async () => {
    const r = await table({ ...FAMILY_BY_PROVINCE_YEAR, subtotals: true, totals: true }, testPrincipals.analyst);
    // 35 (1 of 1) and 87 in 2023 (4 of 12) are small; 87 in 2024 would give 2023 back from 87's
    // subtotal, and 87's subtotal would give 35's back from the total: both go too.
    expect(r.rowKinds).toEqual(['ROW', 'SUBTOTAL', 'ROW', 'ROW', 'SUBTOTAL', 'TOTAL']);
    expect(r.rows.map((row) => row.slice(3))).toEqual([
      [null, null, null],
      [null, null, null],
      [null, null, null],
      [null, null, null],
      [null, null, null],
      [10 / 25, 10, 25],
    ]);
    expect(r.suppressedCells).toBe(5);
    expect(r.notes).toEqual(
      expect.arrayContaining([
        '3 cell(s) counting fewer than 5 people are blank: you may not see individual records.',
        '2 more cell(s) are blank so that those cannot be worked out from the totals.',
      ]),
    );
  });

  it('an anonymous caller sees published measures with the same blanks, and no fund figures', async () => {
    const r = await analytics(FAMILY_BY_PROVINCE_YEAR);
    expect(r.errors).toBeUndefined();
    expect(r.data?.analytics.suppressedCells).toBe(2);
    expect(codeOf(await analytics({ measures: ['FUND_AMOUNT'], dimensions: [] }))).toBe('FORBIDDEN');
  });

  it('an officer sees their own subtree in full, by default and when naming it', async () => {
    const officer = scopedAs(f.province);
    const own = await table(FAMILY_BY_PROVINCE_YEAR, officer);
    expect(own.rows.map((row) => [row[0], row[2], row[4]])).toEqual([
      ['87', 2023, 4],
      ['87', 2024, 6],
    ]);
    expect(own.suppressedCells).toBe(0);
    const communeOfficer = scopedAs(f.commune, Role.ASSOCIATION);
    const small = await table({ measures: ['EVALUATIONS'], dimensions: [{ dimension: 'YEAR' }] }, communeOfficer);
    expect(small.rows).toEqual([
      [2023, 4],
      [2024, 9],
    ]);
  });

  it('an officer of another province gets FORBIDDEN', async () => {
    const r = await analytics(
      { ...FAMILY_BY_PROVINCE_YEAR, filters: { unitCode: '87', unitAsOf: '2024-06-01' } },
      scopedAs(f.duyTien),
    );
    expect(codeOf(r)).toBe('FORBIDDEN');
  });

  it('bad queries are refused naming the field and the rule', async () => {
    const r = await analytics({ measures: ['SUBJECTS'], dimensions: [{ dimension: 'YEAR' }] });
    expect(r.errors?.[0]?.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      problems: [{ field: 'measures[0]', rule: 'DIMENSION_NOT_SUPPORTED' }],
    });
  });
});

describe('the summary tables', () => {
  it('equal a recount of the evaluations, funds and standards after inserts, updates and deletes, in the same transaction', async () => {
    const em = t.db.orm.em.fork();
    await em.transactional(async (tx) => {
      await tx.execute(
        `update evaluation set state = 'RECOGNISED', rating = 'RECOGNISED' where state = 'SUBMITTED' and year = 2024`,
      );
      await tx.execute(`delete from evaluation where year = 2023 and subject_key = ?`, [f.households[0]!.id]);
    });
    const [drift] = await em.execute<{ n: string }[]>(
      `select count(*) as n from (
         (select unit_id, year, model_kind, state, coalesce(rating, '') as rating, count(*)::bigint as n from evaluation group by 1, 2, 3, 4, 5
          except select unit_id, year, model_kind, state, rating, n from analytics_evaluation_stats)
         union all
         (select unit_id, year, model_kind, state, rating, n from analytics_evaluation_stats
          except select unit_id, year, model_kind, state, coalesce(rating, ''), count(*)::bigint from evaluation group by 1, 2, 3, 4, 5)) d`,
    );
    expect(Number(drift!.n)).toBe(0);
    // Subjects: a rename leaves every key alone; a move to another unit changes two keys.
    await em.execute(`update subject set name = name || ' (đổi tên)' where kind = 'HOUSEHOLD'`);
    await em.execute(`update subject set unit_id = ?, code = code || '-moved' where id = ?`, [
      f.commune.id,
      f.households[1]!.id,
    ]);
    const [subjectDrift] = await em.execute<{ n: string }[]>(
      `select count(*) as n from (
         (select unit_id, kind::text as kind, count(*)::bigint as n from subject group by 1, 2
          except select unit_id, kind, n from analytics_subject_stats)
         union all
         (select unit_id, kind, n from analytics_subject_stats
          except select unit_id, kind::text, count(*)::bigint from subject group by 1, 2)) d`,
    );
    expect(Number(subjectDrift!.n)).toBe(0);
    await em.execute(`update fund_entry set amount_vnd = amount_vnd * 2 where donor_type = 'ENTERPRISE'`);
    await em.execute(`delete from fund_entry where kind = 'SCHOLARSHIP'`);
    const [funds] = await em.execute<{ amount: string; entries: string }[]>(
      `select sum(amount)::text as amount, sum(entries)::text as entries from analytics_fund_stats`,
    );
    const [source] = await em.execute<{ amount: string; entries: string }[]>(
      `select sum(amount_vnd)::text as amount, count(*)::text as entries from fund_entry`,
    );
    expect(funds).toEqual(source);
    // The province grain is kept from the unit grain: the same sums, province by province.
    const [provinceDrift] = await em.execute<{ n: string }[]>(
      `select count(*) as n from (
         (select province_id, year, kind, donor_type, sum(amount) as amount, sum(entries)::bigint as entries
            from analytics_fund_stats group by 1, 2, 3, 4
          except select province_id, year, kind, donor_type, amount, entries from analytics_fund_province_stats)
         union all
         (select province_id, year, kind, donor_type, amount, entries from analytics_fund_province_stats
          except select province_id, year, kind, donor_type, sum(amount), sum(entries)::bigint
            from analytics_fund_stats group by 1, 2, 3, 4)) d`,
    );
    expect(Number(provinceDrift!.n)).toBe(0);
    // Standards results, the same: the province grain follows inserts, updates and deletes.
    await em.execute(`update analytics_standard_results set met = not met where standard = 'LITERACY_1'`);
    await em.execute(`delete from analytics_standard_results where standard = 'PRESCHOOL_5'`);
    const [standardsDrift] = await em.execute<{ n: string; rows: string }[]>(
      `select (select count(*) from analytics_standard_province_stats) as rows, count(*) as n from (
         (select province_id, year, standard, count(*) as surveyed, count(*) filter (where met) as met
            from analytics_standard_results group by 1, 2, 3
          except select province_id, year, standard, surveyed, met from analytics_standard_province_stats)
         union all
         (select province_id, year, standard, surveyed, met from analytics_standard_province_stats
          except select province_id, year, standard, count(*), count(*) filter (where met)
            from analytics_standard_results group by 1, 2, 3)) d`,
    );
    expect(Number(standardsDrift!.n)).toBe(0);
    expect(Number(standardsDrift!.rows)).toBeGreaterThan(0);
    expect(source).toEqual({ amount: String(3_000_000 + 10_000_000), entries: '4' });
    const r = await table(FAMILY_BY_PROVINCE_YEAR);
    expect(r.rows.map((row) => [row[0], row[2], row[4]])).toEqual([
      ['35', 2024, 1],
      ['87', 2023, 3],
      ['87', 2024, 9],
    ]);
  });
});
