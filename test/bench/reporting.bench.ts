// `pnpm bench reporting [--runs R]`: the shipped national map in an empty database, synthetic
// data set reports (every commune of today's map × 10 data set codes × 5 years, 4 of them the
// national sets, the others filler rows of the same shape, a tenth of each left unreported), the
// API started as `hoctap start` runs it, and reportingStatus of one province's communes for a
// year over HTTP from a client process. Target (issue 17): p50 < 50 ms.
import { Role, TokenService } from '@hoctap/core';
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
  } finally {
    await api.stop();
  }
} finally {
  await bench.remove();
}
