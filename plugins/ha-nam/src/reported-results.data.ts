/**
 * Hà Nam's published results of the learning-society project (Đề án 1373, Kế hoạch 481/KH-UBND),
 * from the province's news article of late 2024 (sources/003; DOMAIN.md "The provinces in the
 * source documents"). Only what the source states is here.
 *
 * Dates: the article dates its standards "as of 11/2024" (month only) and its steering-committee
 * counts "to date"; it carries no day. Every figure is recorded on 2024-11-30, the last day of the
 * month it names, and the description says what the source actually gives.
 */
import type { EntityManager, PluginProvince, ReferenceDataSet } from '@hoctap/plugin-sdk';
import { HaNamReportedResult } from './reported-result.entity.js';
import { checkReportedResult, type ReportedResultSeed } from './reported-result.rules.js';

const SOURCE =
  'Tin "Những kết quả tích cực trong việc triển khai thực hiện Đề án Xây dựng xã hội học tập giai đoạn 2021-2030 tại Hà Nam" (Thu Thảo, cuối năm 2024)';
const NOVEMBER_2024 = '2024-11-30';
const HA_NAM = '35';

const allDistricts = (indicator: string, standardCode: string | undefined, what: string): ReportedResultSeed => ({
  unitCode: HA_NAM,
  indicator,
  description: `All district-level units (huyện, thị xã, thành phố) met ${what}, as of 11/2024.`,
  met: true,
  ...(standardCode ? { standardCode } : {}),
  reportedOn: NOVEMBER_2024,
  source: SOURCE,
});

export const HA_NAM_REPORTED_RESULTS: readonly ReportedResultSeed[] = [
  {
    unitCode: HA_NAM,
    indicator: 'STEERING_COMMITTEES_DISTRICT',
    description:
      'District-level units (huyện, thị xã, thành phố) that set up a learning-society steering committee for 2021–2030 (Ban Chỉ đạo xây dựng XHHT); the source says "to date" in its late-2024 article.',
    numerator: 6,
    denominator: 6,
    coverageLevel: 'DISTRICT',
    reportedOn: NOVEMBER_2024,
    source: SOURCE,
  },
  {
    unitCode: HA_NAM,
    indicator: 'STEERING_COMMITTEES_COMMUNE',
    description:
      'Communes that set up a learning-society steering committee (Ban Chỉ đạo xây dựng XHHT); the source says "to date" in its late-2024 article.',
    numerator: 109,
    denominator: 109,
    coverageLevel: 'COMMUNE',
    reportedOn: NOVEMBER_2024,
    source: SOURCE,
  },
  allDistricts('LITERACY_2_ALL_DISTRICTS', 'LITERACY_2', 'the literacy standard level 2 (xóa mù chữ mức độ 2)'),
  allDistricts(
    'PRESCHOOL_5_ALL_DISTRICTS',
    'PRESCHOOL_5',
    'universal pre-school education for 5-year-olds (phổ cập giáo dục mầm non cho trẻ em 5 tuổi)',
  ),
  allDistricts(
    'PRESCHOOL_4_ALL_DISTRICTS',
    undefined, // The core has no standard for 4-year-olds.
    'universal pre-school education for 4-year-olds (phổ cập giáo dục mầm non cho trẻ em 4 tuổi)',
  ),
  allDistricts(
    'PRIMARY_3_ALL_DISTRICTS',
    'PRIMARY_3',
    'universal primary education level 3 (phổ cập giáo dục tiểu học mức độ 3)',
  ),
  allDistricts(
    'LOWER_SECONDARY_3_ALL_DISTRICTS',
    'LOWER_SECONDARY_3',
    'universal lower-secondary education level 3 (phổ cập giáo dục THCS mức độ 3)',
  ),
  {
    unitCode: HA_NAM,
    indicator: 'LEARNING_CENTRES_WITH_CULTURAL_HOUSE',
    description:
      'All (100%) community learning centres (trung tâm học tập cộng đồng) have a working room combined with the cultural house (nhà văn hóa); the source gives no count.',
    met: true,
    reportedOn: NOVEMBER_2024,
    source: SOURCE,
  },
];

const keyOf = (r: { indicator: string; reportedOn: string }) => `${r.indicator}|${r.reportedOn}`;

/** The row's values as stored: absent optional fields are null. */
function valuesOf(seed: ReportedResultSeed) {
  return {
    unitCode: seed.unitCode,
    indicator: seed.indicator,
    description: seed.description,
    numerator: seed.numerator ?? null,
    denominator: seed.denominator ?? null,
    met: seed.met ?? null,
    standardCode: seed.standardCode ?? null,
    coverageLevel: seed.coverageLevel ?? null,
    reportedOn: seed.reportedOn,
    source: seed.source,
  };
}

/**
 * Writes the results, matched by indicator and reporting day: a new row is created, a changed row
 * updated, an unchanged one left alone. Returns how many rows were created or changed.
 */
export async function upsertReportedResults(
  em: EntityManager,
  seeds: readonly ReportedResultSeed[],
  claims: readonly PluginProvince[],
): Promise<number> {
  const problems = seeds.flatMap((s) =>
    checkReportedResult(s, claims).map((p) => `${s.indicator} ${s.reportedOn}: ${p.field}: ${p.rule}: ${p.message}`),
  );
  if (problems.length > 0) throw new Error(`Bad reported results:\n  ${problems.join('\n  ')}`);
  const existing = new Map((await em.find(HaNamReportedResult, {})).map((r) => [keyOf(r), r]));
  let changed = 0;
  for (const seed of seeds) {
    const values = valuesOf(seed);
    const row = existing.get(keyOf(seed));
    if (!row) {
      em.create(HaNamReportedResult, values);
      changed++;
    } else if (Object.entries(values).some(([k, v]) => row[k as keyof typeof values] !== v)) {
      em.assign(row, values);
      changed++;
    }
  }
  await em.flush();
  return changed;
}

/** The reference data set `ha-nam.reported-results`; loaded when new or changed, idempotently. */
export function reportedResultsData(claims: readonly PluginProvince[]): ReferenceDataSet {
  return {
    name: 'ha-nam.reported-results',
    content: HA_NAM_REPORTED_RESULTS,
    load: (em) => upsertReportedResults(em, HA_NAM_REPORTED_RESULTS, claims),
  };
}
