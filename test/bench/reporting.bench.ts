// `pnpm bench reporting [--runs R]`: the shipped national map in an empty database, synthetic
// data set reports (every commune of today's map × 10 data set codes × 5 years, 4 of them the
// national sets, the others filler rows of the same shape, a tenth of each left unreported), the
// API started as `hoctap start` runs it, and reportingStatus of one province's communes for a
// year over HTTP from a client process; the national reporting rate by province (analytics
// REPORTING_RATE and REPORTING_RATE_ON_TIME of one data set and year); and an all-or-nothing XLSX
// import of one row per commune of today's map (3,321) for a year nobody has reported yet.
// Targets (issue 17): p50 < 50 ms for both reads, the import under 10 s.
import { CODE_COLUMN, FIRST_DATA_ROW, FIRST_VALUE_COLUMN, NAME_COLUMN, Role, TokenService } from '@hoctap/core';
import ExcelJS from 'exceljs';
import { openBenchDatabase } from './bench-database.ts';
import { measureFromClientProcess } from './http.ts';
import { startServerProcess } from './server-process.ts';

const arg = (name: string, fallback: string) => {
  const i = process.argv.indexOf(`--${name}`);
  return i > 0 ? process.argv[i + 1]! : fallback;
};
const runs = Number(arg('runs', '200'));
const SECRET = 'bench-secret-that-is-long-enough-for-hs256-signing';
const SETS = ['EDUCATION_SURVEY', 'CLC_YEAR', 'ASSOCIATION_YEAR', 'LEARNING_SOCIETY_FIGURES'];
const CODES = [...SETS, ...Array.from({ length: 6 }, (_, i) => `BENCH_FILLER_${i + 1}`)];
const YEARS = [2021, 2022, 2023, 2024, 2025];

const report = (scenario: string, figures: Record<string, unknown>) =>
  console.log(JSON.stringify({ scenario, ...figures }));

const bench = await openBenchDatabase('reporting');
const { url, db, dataDir } = bench;
try {
  const em = db.orm.em.fork();
  const started = performance.now();
  // Today's communes with their province; one report per code and year for nine in ten of them.
  await em.execute(
    `insert into data_set_report (id, data_set_code, unit_id, period, lineage, lineage_levels, state, values, approvals, submitted_on, version)
     select gen_random_uuid(), s.set_code, c.id, y::text, array[c.id, l.parent_id], array['COMMUNE', 'PROVINCE'],
            case when (hashtext(c.code || s.set_code || y) & 3) = 0 then 'APPROVED' else 'SUBMITTED' end,
            '[{"element": "CLC_COURSES", "category": null, "value": "4", "comment": null}]'::jsonb, '[]'::jsonb,
            make_date(y + 1, 1, 1) + (abs(hashtext(c.code || s.set_code || y)) % 90), 1
     from admin_unit c
     join admin_unit_parent l on l.unit_id = c.id and l.valid_to is null
     cross join unnest(?::text[]) as s(set_code)
     cross join unnest(?::int[]) as yy(y)
     where c.level = 'COMMUNE' and c.valid_to is null
       and (abs(hashtext(c.code || s.set_code || y)) % 10) <> 0`,
    [`{${CODES.join(',')}}`, `{${YEARS.join(',')}}`],
  );
  await em.execute('analyze data_set_report');
  const { n } = (await em.execute<{ n: string }[]>('select count(*) as n from data_set_report'))[0]!;
  const { communes, province } = (
    await em.execute<{ communes: string; province: string }[]>(
      `select count(*) as communes, p.code as province from admin_unit p
     join admin_unit_parent l on l.parent_id = p.id and l.valid_to is null
     join admin_unit c on c.id = l.unit_id and c.level = 'COMMUNE' and c.valid_to is null
     where p.level = 'PROVINCE' and p.valid_to is null group by p.code order by count(*) desc, p.code limit 1`,
    )
  )[0]!;
  const allCommunes = await em.execute<{ code: string; name: string }[]>(
    `select code, name from admin_unit where level = 'COMMUNE' and valid_to is null order by code`,
  );
  report('reporting.data', { reports: Number(n), seed_ms: Math.round(performance.now() - started) });
  await db.close();

  const api = await startServerProcess(url, {
    HOCTAP_DATA_DIR: dataDir,
    HOCTAP_JWT_SECRET: SECRET,
    HOCTAP_PLUGINS: 'none',
  });
  try {
    const endpoint = `${api.url}/graphql`;
    const token = await new TokenService(SECRET).sign({ subject: 'bench-analyst', role: Role.ANALYST });
    const status = await measureFromClientProcess(
      endpoint,
      {
        query: `query ($unit: String!) { reportingStatus(dataSetCode: "EDUCATION_SURVEY", unitCode: $unit, period: "2025") {
          expected submitted onTime rate reports { unitCode state submittedOn onTime } } }`,
        variables: { unit: province },
        token,
      },
      runs,
    );
    report('reporting.status.province', { province, communes: Number(communes), ...status, target: 'p50 < 50 ms' });

    const rate = await measureFromClientProcess(
      endpoint,
      {
        query: `query ($q: AnalyticsQueryInput!) { analytics(query: $q) { rows } }`,
        variables: {
          q: {
            measures: ['REPORTING_RATE', 'REPORTING_RATE_ON_TIME'],
            dimensions: [{ dimension: 'UNIT', level: 'PROVINCE' }],
            filters: { dataSetCodes: ['EDUCATION_SURVEY'], periods: ['2025'] },
          },
        },
        token,
      },
      runs,
    );
    report('reporting.rate.national_by_province', { ...rate, target: 'p50 < 50 ms' });

    // The import: a province's template for its header, then one row per commune of the country.
    const admin = await new TokenService(SECRET).sign({ subject: 'bench-admin', role: Role.ADMIN });
    const auth = { authorization: `Bearer ${admin}` };
    const templateResponse = await fetch(
      `${api.url}/data-sets/CLC_YEAR/template.xlsx?unitCode=${province}&period=2026`,
      { headers: auth },
    );
    if (templateResponse.status !== 200) throw new Error(`template: HTTP ${templateResponse.status}`);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(await templateResponse.arrayBuffer());
    const sheet = workbook.worksheets[0]!;
    allCommunes.forEach((c, i) => {
      const row = sheet.getRow(FIRST_DATA_ROW + i);
      row.getCell(CODE_COLUMN + 1).value = c.code;
      row.getCell(NAME_COLUMN + 1).value = c.name;
      row.getCell(FIRST_VALUE_COLUMN + 1).value = 10 + (i % 50);
    });
    const body = Buffer.from((await workbook.xlsx.writeBuffer()) as ArrayBuffer);
    const importStarted = performance.now();
    const imported = await fetch(`${api.url}/data-sets/CLC_YEAR/import?period=2026`, {
      method: 'POST',
      headers: { ...auth, 'content-type': 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet' },
      body,
    });
    const importMs = Math.round(performance.now() - importStarted);
    const result = (await imported.json()) as { saved?: boolean; rows?: number; changed?: number; errors?: unknown[] };
    if (!result.saved) throw new Error(`import refused: ${JSON.stringify(result).slice(0, 500)}`);
    report('reporting.import.xlsx', {
      rows: result.rows,
      changed: result.changed,
      bytes: body.length,
      import_ms: importMs,
      target: 'import < 10 s',
    });
  } finally {
    await api.stop();
  }
} finally {
  await bench.remove();
}
