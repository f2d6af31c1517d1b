/**
 * Rating learning units (đơn vị học tập) in Đồng Tháp under Kế hoạch 278/KH-UBND of 23/11/2020
 * (DOMAIN.md, "Learning models"; cited by the 2021–2030 plan, /work/shared/sources/002_*.txt, task
 * II.2.a). Neither DOMAIN.md nor the sources give its criteria, so the sets are sample data.
 *
 * Tiers: the 2021–2030 plan speaks of learning-unit criteria "ở cấp huyện, cấp tỉnh", and the
 * national sets for those tiers (Thông tư 24/2023/TT-BGDĐT) rate both alike, so the province's
 * rating is registered for both tiers with one structure. Grassroots (commune) units keep the
 * national 448/QĐ-KHVN set: nothing says Kế hoạch 278 covers them.
 *
 * Structure: kept minimal. The three criteria are the learning-unit pattern DOMAIN.md gives
 * (conditions, members' results, effects), each with one pass/fail indicator standing for the
 * whole criterion, and one grade reached when all three are met. A verified table replaces them as
 * a data change here.
 *
 * Why there is no version for province 82: the merged Đồng Tháp (code 82 from 1/7/2025) has issued
 * nothing on learning units in the sources, and Kế hoạch 278 was a plan of old province 87. After
 * 30/6/2025 the national set in force applies to learning units in 82, as to any province.
 */
import type { CriteriaSetDefinition, CriterionDefinition } from '@hoctap/plugin-sdk';

const PLUGIN = { level: 'PROVINCE', plugin: 'dong-thap' } as const;

/** The claim on 87 ends on 30/6/2025, and the plan's sets cannot outlive it. */
const VALIDITY = { validFrom: '2020-11-23', validTo: '2025-06-30' } as const;

const CRITERIA: readonly CriterionDefinition[] = [
  {
    code: '1',
    title: 'Điều kiện bảo đảm cho học tập',
    titleEn: 'Conditions for learning',
    indicators: [
      {
        code: '1.1',
        title: 'Đơn vị bảo đảm các điều kiện học tập cho thành viên',
        titleEn: 'The unit provides the conditions for its members to learn',
        kind: 'PASS_FAIL',
      },
    ],
  },
  {
    code: '2',
    title: 'Kết quả học tập của thành viên',
    titleEn: "Members' learning results",
    indicators: [
      {
        code: '2.1',
        title: 'Thành viên đạt yêu cầu về kết quả học tập',
        titleEn: "Members' learning results meet the requirement",
        kind: 'PASS_FAIL',
      },
    ],
  },
  {
    code: '3',
    title: 'Tác động của học tập',
    titleEn: 'Effects of learning',
    indicators: [
      {
        code: '3.1',
        title: 'Học tập tác động tích cực đến kết quả hoạt động của đơn vị',
        titleEn: "Learning improves the unit's results",
        kind: 'PASS_FAIL',
      },
    ],
  },
];

const DESCRIPTION =
  'Sample data: the criteria of Kế hoạch 278/KH-UBND (Ủy ban nhân dân tỉnh Đồng Tháp, 23/11/2020) are not ' +
  'verified: neither the summaries of Kế hoạch 278/KH-UBND used nor the source documents give them. The three criteria are the learning-unit ' +
  "pattern of the national sets (conditions, members' results, effects), each reduced to one pass/fail " +
  'indicator, and the single grade, reached when all three are met, is a placeholder: the indicators, any ' +
  'points or thresholds, the grades and the pass rule are unverified. That the plan applies to district and ' +
  'province learning units follows the 2021–2030 plan, which speaks of learning-unit criteria at those tiers; ' +
  'whether it still applied after Thông tư 24/2023/TT-BGDĐT came into force (26/1/2024) is unverified, so ' +
  'it is kept until 30/6/2025, the last day of province 87.';

function learningUnitSet(tier: 'DISTRICT' | 'PROVINCE'): CriteriaSetDefinition {
  const district = tier === 'DISTRICT';
  return {
    code: `DT-278-2020-UNIT-${tier}`,
    name: `Đánh giá, xếp loại Đơn vị học tập ${district ? 'cấp huyện' : 'cấp tỉnh'} (Kế hoạch 278/KH-UBND)`,
    nameEn: `Đồng Tháp ${district ? 'district' : 'province'} learning unit rating (Kế hoạch 278/KH-UBND)`,
    modelKind: 'LEARNING_UNIT',
    unitTier: tier,
    source: 'Kế hoạch 278/KH-UBND ngày 23/11/2020 của Ủy ban nhân dân tỉnh Đồng Tháp',
    issuer: PLUGIN,
    ...VALIDITY,
    sample: true,
    description: DESCRIPTION,
    criteria: CRITERIA,
    grades: [
      {
        code: 'RECOGNISED',
        label: 'Đơn vị học tập',
        labelEn: 'Learning unit',
        recognised: true,
        allIndicatorsMet: true,
      },
    ],
  };
}

/** Registered for province 87 only (see above). */
export const LEARNING_UNIT_SETS: readonly CriteriaSetDefinition[] = [
  learningUnitSet('DISTRICT'),
  learningUnitSet('PROVINCE'),
];

export const LEARNING_UNIT_PROVINCES = ['87'] as const;
