import { AdminLevel, AdminUnit, AdminUnitKindEnum, STANDARD_CODES, SURVEY_CODES } from '@hoctap/core';
import { addTestUnits, createTestDatabase, useTestApi, type TestDatabase } from '@hoctap/plugin-sdk/testing';
import type { EntityManager } from '@mikro-orm/postgresql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BenchDataConflict, countPreReformCommunes, generateBenchData } from './bench-data.service.js';

const t = useTestApi();
let twin: TestDatabase;
const params = { households: 500, years: 2, toYear: 2025, seed: 1 };
const options = { chunkSize: 200, vacuum: false };

/**
 * Old Đồng Tháp's slice (two communes under two districts, and a new ward after the reform, which
 * must be left out), a Hà Nam district with a commune throughout and one created on 1/3/2025, and
 * a commune with no parent (its lineage reaches no province, so it is left out).
 */
async function addCommunes(em: EntityManager) {
  const old = { validFrom: null, validTo: '2025-06-30' };
  const { COMMUNE, DISTRICT } = AdminLevel;
  const { WARD, PROVINCIAL_CITY, RURAL_DISTRICT, TOWN } = AdminUnitKindEnum;
  await addTestUnits(em, [
    { code: '867', name: 'Thành phố Sa Đéc', level: DISTRICT, kind: PROVINCIAL_CITY, parentCode: '87', ...old },
    { code: '29905', name: 'Phường 1', level: COMMUNE, kind: WARD, parentCode: '867', ...old },
    { code: '875', name: 'Huyện Lấp Vò', level: DISTRICT, kind: RURAL_DISTRICT, parentCode: '87', ...old },
    { code: '30175', name: 'Xã Tân Mỹ', level: COMMUNE, kind: AdminUnitKindEnum.COMMUNE, parentCode: '875', ...old },
    { code: '29905', name: 'Phường Sa Đéc', level: COMMUNE, kind: WARD, parentCode: '82', validFrom: '2025-07-01' },
    { code: '349', name: 'Thị xã Duy Tiên', level: DISTRICT, kind: TOWN, parentCode: '35', ...old },
    {
      code: '13363',
      name: 'Xã Chuyên Ngoại',
      level: COMMUNE,
      kind: AdminUnitKindEnum.COMMUNE,
      parentCode: '349',
      ...old,
    },
    {
      code: '13399',
      name: 'Phường Thử Nghiệm',
      level: COMMUNE,
      kind: WARD,
      parentCode: '349',
      validFrom: '2025-03-01',
      validTo: '2025-06-30',
    },
  ]);
  em.create(AdminUnit, {
    code: '99999',
    name: 'Xã Mồ Côi',
    level: AdminLevel.COMMUNE,
    kind: AdminUnitKindEnum.COMMUNE,
    validFrom: null,
    validTo: '2025-06-30',
    source: 'test',
  });
  await em.flush();
}

const query = <T>(db: TestDatabase, sql: string) => db.orm.em.fork().execute<T[]>(sql);

beforeAll(async () => {
  twin = await createTestDatabase();
});
afterAll(() => twin.drop());

describe('generateBenchData', () => {
  it('refuses a database without the old map, naming the import', async () => {
    await expect(generateBenchData(twin.orm.em.fork(), params, options)).rejects.toThrow(/import the national map/);
    expect(await countPreReformCommunes(twin.orm.em.fork())).toBe(0);
  });

  it('writes every table, recorded and audited, over the communes whose lineage reaches a province', async () => {
    await addCommunes(t.db.orm.em.fork());
    const lines: string[] = [];
    const result = await generateBenchData(t.db.orm.em.fork(), params, {
      ...options,
      onProgress: (line) => lines.push(line),
    });
    expect(result.status).toBe('generated');
    expect(result.communes).toEqual({ used: 4, withoutProvince: 1 });
    const [counts] = await query<Record<string, string>>(
      t.db,
      `select (select count(*) from subject where source = 'bench-data') as subject,
         (select count(*) from evaluation where source = 'bench-data') as evaluation,
         (select count(*) from education_survey) as education_survey, (select count(*) from survey_figure) as survey_figure,
         (select count(*) from study_promotion_association) as study_promotion_association,
         (select count(*) from study_promotion_fund) as study_promotion_fund, (select count(*) from fund_entry) as fund_entry`,
    );
    const { total, ...rows } = result.rows;
    expect(Object.fromEntries(Object.entries(counts!).map(([k, v]) => [k, Number(v)]))).toEqual(rows);
    expect(total).toBe(Object.values(rows).reduce((s, n) => s + n, 0));
    // Each survey's standards are assessed, as the survey service would have: one result per standard.
    const [standards] = await query<{ surveys: string; results: string }>(
      t.db,
      `select count(distinct survey_id) as surveys, count(*) as results from analytics_standard_results`,
    );
    const surveys = rows.education_survey!;
    expect(surveys).toBeGreaterThan(0);
    expect(Number(standards!.surveys)).toBe(surveys);
    expect(Number(standards!.results)).toBe(surveys * STANDARD_CODES.length);
    // 500 households in chunks of 200: three statements.
    expect(result.steps.filter((s) => s.what.startsWith('HOUSEHOLD')).map((s) => s.rows)).toEqual([200, 200, 100]);
    expect(lines.some((l) => /^evaluation 2025 LEARNING_FAMILY 0–199 \(KHVN-448-FAMILY\): \d+ rows/.test(l))).toBe(
      true,
    );
    const [record] = await query<{ checksum: string }>(
      t.db,
      `select checksum from reference_data_load where name = 'bench-data'`,
    );
    expect(record?.checksum).toBe('bench-data v1 households=500 years=2 to-year=2025 seed=1');
    // The keys, constraints and indexes taken off for the load are back, as they were.
    const schema = `select conrelid::regclass::text as t, conname, pg_get_constraintdef(oid) as def, convalidated
      from pg_constraint where connamespace = 'public'::regnamespace
      union all select tablename, indexname, indexdef, true from pg_indexes where schemaname = 'public' order by 1, 2, 3`;
    expect(await query(t.db, schema)).toEqual(await query(twin, schema));
    const [audited] = await query<{ n: string }>(
      t.db,
      `select count(*) as n from audit_entry where action = 'benchData.generate'`,
    );
    expect(Number(audited?.n)).toBe(1);
  });

  it('evaluates every model with a set in force, in realistic proportions', async () => {
    const perModel = await query<{ model_kind: string; year: number; n: string; recognised: string }>(
      t.db,
      `select model_kind, year, count(*) as n, count(*) filter (where state = 'RECOGNISED') as recognised
       from evaluation group by 1, 2 order by 1, 2`,
    );
    const count = (model: string, year: number) =>
      Number(perModel.find((r) => r.model_kind === model && r.year === year)?.n ?? 0);
    for (const year of [2024, 2025])
      for (const model of ['LEARNING_FAMILY', 'LEARNING_CLAN', 'LEARNING_CITIZEN', 'LEARNING_UNIT'])
        expect(count(model, year), `${model} ${year}`).toBeGreaterThan(0);
    // The ward created on 1/3/2025 exists only in 2025; the districts and provinces of the old map both years.
    expect([count('LEARNING_COMMUNITY_COMMUNE', 2024), count('LEARNING_COMMUNITY_COMMUNE', 2025)]).toEqual([3, 4]);
    expect([count('LEARNING_COMMUNITY_DISTRICT', 2024), count('LEARNING_COMMUNITY_PROVINCE', 2025)]).toEqual([3, 2]);

    // About 90% of the households of communes that exist in the year.
    const [eligible] = await query<{ y2024: string; y2025: string }>(
      t.db,
      `select count(*) filter (where u.valid_from is null) as y2024, count(*) as y2025
       from subject s join admin_unit u on u.id = s.unit_id where s.kind = 'HOUSEHOLD'`,
    );
    expect(Number(eligible?.y2025)).toBe(500);
    for (const year of [2024, 2025]) {
      const share = count('LEARNING_FAMILY', year) / Number(year === 2024 ? eligible?.y2024 : eligible?.y2025);
      expect(share).toBeGreaterThan(0.85);
      expect(share).toBeLessThan(0.95);
    }
    const families = perModel.filter((r) => r.model_kind === 'LEARNING_FAMILY');
    const recognisedShare =
      families.reduce((s, r) => s + Number(r.recognised), 0) / families.reduce((s, r) => s + Number(r.n), 0);
    expect(recognisedShare).toBeGreaterThan(0.7);
    expect(recognisedShare).toBeLessThan(0.86);
  });

  it('keeps results consistent with the sets: states, ratings and totals', async () => {
    const [bad] = await query<Record<string, string>>(
      t.db,
      `select
         count(*) filter (where e.state in ('RECOGNISED', 'REVOKED') and (e.recognised is not true or e.rating is null)) as recognised_without_grade,
         count(*) filter (where e.state = 'DRAFT' and (e.total is not null or e.rating is not null or e.recognised is not null)) as draft_with_result,
         count(*) filter (where e.state <> 'DRAFT' and (e.total is null or e.recognised is null)) as complete_without_result,
         count(*) filter (where cs.code like 'KHVN%' and e.total is not null and (e.total >= 80) <> (e.rating = 'RECOGNISED')) as points_mismatch,
         count(*) filter (where cs.code like 'KHVN%' and (e.total < 40 or e.total > 100)) as total_out_of_range,
         count(*) filter (where cs.code like 'TT25%' and e.rating is not null and e.rating not in ('LEVEL_1', 'LEVEL_2')) as level_mismatch,
         count(*) filter (where e.subject_key <> coalesce(e.subject_id, e.unit_id) or e.evaluating_unit_id <> e.unit_id) as keys
       from evaluation e join criteria_set cs on cs.id = e.criteria_set_id`,
    );
    expect(Object.values(bad!).map(Number)).toEqual([0, 0, 0, 0, 0, 0, 0]);
  });

  it("starts every lineage at the evaluation's unit and ends it at the unit's province", async () => {
    const rows = await query<{ n: string; ok: string }>(
      t.db,
      `select count(*) as n, count(*) filter (where
         e.lineage[1] = e.unit_id and top.level = 'PROVINCE' and top.code = any(array['35', '87'])
         and (top.code = '87') = (u.code in ('29905', '30175', '867', '875', '87'))) as ok
       from evaluation e join admin_unit u on u.id = e.unit_id
       join admin_unit top on top.id = e.lineage[cardinality(e.lineage)]`,
    );
    expect(Number(rows[0]?.n)).toBeGreaterThan(0);
    expect(rows[0]?.ok).toBe(rows[0]?.n);
  });

  it('reports every survey code for each survey and keeps every fund above zero', async () => {
    const [surveys] = await query<{ surveys: string; figures: string; bad: string }>(
      t.db,
      `select count(distinct s.id) as surveys, count(*) as figures,
         count(*) filter (where f.numerator > f.denominator or f.denominator < 1) as bad
       from education_survey s join survey_figure f on f.survey_id = s.id`,
    );
    expect(Number(surveys?.figures)).toBe(Number(surveys?.surveys) * SURVEY_CODES.length);
    expect(Number(surveys?.bad)).toBe(0);
    const [funds] = await query<{ lowest: string; donor_types: string; scholarships: string }>(
      t.db,
      `select min(balance) as lowest, (select count(distinct donor_type) from fund_entry) as donor_types,
         (select count(*) from fund_entry where kind = 'SCHOLARSHIP') as scholarships
       from (select sum(case when kind = 'DONATION' then amount_vnd else -amount_vnd end)
         over (partition by fund_id order by date, kind, id) as balance from fund_entry) as running`,
    );
    expect(Number(funds?.lowest)).toBeGreaterThanOrEqual(0);
    expect(Number(funds?.donor_types)).toBe(7);
    expect(Number(funds?.scholarships)).toBeGreaterThan(0);
  });

  it('writes nothing the second time, and refuses other parameters on the same database', async () => {
    const before = await query<{ n: string }>(t.db, `select count(*) as n from evaluation`);
    const again = await generateBenchData(t.db.orm.em.fork(), params, options);
    expect(again.status).toBe('already-generated');
    expect(await query<{ n: string }>(t.db, `select count(*) as n from evaluation`)).toEqual(before);
    await expect(generateBenchData(t.db.orm.em.fork(), { ...params, seed: 2 }, options)).rejects.toThrow(
      BenchDataConflict,
    );
    await expect(generateBenchData(t.db.orm.em.fork(), { ...params, seed: 2 }, options)).rejects.toThrow(
      /fresh HOCTAP_DATA_DIR/,
    );
  });

  it('writes identical rows into another database from the same seed', async () => {
    await addCommunes(twin.orm.em.fork());
    await generateBenchData(twin.orm.em.fork(), params, { ...options, chunkSize: 1000 });
    const snapshot = (db: TestDatabase) =>
      Promise.all([
        query(
          db,
          `select id, subject_id, model_kind, year, total, rating, recognised, state from evaluation order by id`,
        ),
        query(
          db,
          `select s.id, s.kind, s.code, s.name, s.birth_year, s.household_id, u.code as unit from subject s
          join admin_unit u on u.id = s.unit_id order by s.id`,
        ),
        query(
          db,
          `select f.id, f.code, f.numerator, f.denominator, s.especially_difficult from survey_figure f
          join education_survey s on s.id = f.survey_id order by f.id`,
        ),
        query(db, `select id, fund_id, kind, date, amount_vnd, counterpart, donor_type from fund_entry order by id`),
      ]);
    const [mine, theirs] = await Promise.all([snapshot(t.db), snapshot(twin)]);
    expect(mine[0].length).toBeGreaterThan(400);
    expect(theirs).toEqual(mine);
  });
});
