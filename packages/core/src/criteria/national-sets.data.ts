/**
 * The national criteria sets the core ships (DOMAIN.md, "Learning models: who sets criteria, how
 * they score"). Every set is `sample`: DOMAIN.md gives the structure (criteria, points, levels) and
 * some items, but not the full legal wording, so item titles beyond it are ours and each set's
 * description says what is unverified. A corrected table is a data change here, not a code change.
 *
 * Left out on purpose:
 * - Thông tư 44/2014/TT-BGDĐT (learning communities before Thông tư 25/2023, 15 scored criteria):
 *   DOMAIN.md and the sources in /work/shared give no date it came into force, so its validity
 *   cannot be stated. It ends the day before Thông tư 25/2023 (12/2/2024) once that date is known.
 * - Thông tư 22/2020 (learning units before Thông tư 24/2023): no dates and no table either.
 * - The learning-clan set of 7/2022: its number is not known.
 */
import type {
  CriteriaSetDefinition,
  CriterionDefinition,
  GradeDefinition,
  IndicatorDefinition,
} from './criteria.model.js';

const NATIONAL = { level: 'NATIONAL' } as const;

const KHVN_324 = 'Quyết định 324/QĐ-KHVN';
const KHVN_448 = 'Quyết định 448/QĐ-KHVN (Hội Khuyến học Việt Nam, 2015)';
const TT25_2023 = 'Thông tư 25/2023/TT-BGDĐT';
const TT24_2023 = 'Thông tư 24/2023/TT-BGDĐT';

/** [code, Vietnamese title, English title] */
type Item = readonly [code: string, title: string, titleEn: string];

function criterion(item: Item, indicators: readonly IndicatorDefinition[]): CriterionDefinition {
  const [code, title, titleEn] = item;
  return { code, title, titleEn, indicators };
}

/** Items scored 0…maxScore each, all alike. */
function pointsItems(items: readonly Item[], maxScore: number, minScore?: number): IndicatorDefinition[] {
  return items.map(([code, title, titleEn]) => ({
    code,
    title,
    titleEn,
    kind: 'POINTS',
    maxScore,
    ...(minScore === undefined ? {} : { minScore }),
  }));
}

function passFail(item: Item, requiredFor?: readonly string[]): IndicatorDefinition {
  const [code, title, titleEn] = item;
  return { code, title, titleEn, kind: 'PASS_FAIL', ...(requiredFor === undefined ? {} : { requiredFor }) };
}

function percent(item: Item, thresholds: Readonly<Record<string, number>>): IndicatorDefinition {
  const [code, title, titleEn] = item;
  return { code, title, titleEn, kind: 'PERCENT', thresholds };
}

function recognisedAt(minTotal: number, label: string, labelEn: string): GradeDefinition[] {
  return [{ code: 'RECOGNISED', label, labelEn, recognised: true, minTotal }];
}

/** Mức độ 1 and 2: each reached when every indicator it needs is met (DOMAIN.md; the pass rule text is unverified). */
const LEVELS: readonly GradeDefinition[] = [
  { code: 'LEVEL_1', label: 'Mức độ 1', labelEn: 'Level 1', recognised: true, allIndicatorsMet: true },
  { code: 'LEVEL_2', label: 'Mức độ 2', labelEn: 'Level 2', recognised: true, allIndicatorsMet: true },
];

const LEVEL_2_ONLY = ['LEVEL_2'];

function deepFreeze<T>(value: T): T {
  if (typeof value === 'object' && value !== null && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const inner of Object.values(value)) deepFreeze(inner);
  }
  return value;
}

// ---------------------------------------------------------------------------------------------
// Learning citizen: 324/QĐ-KHVN, 2021–2030

/** Three competency groups, 4 + 4 + 2 indices of 10 points as in the 2020 pilot; no index may fall below 5. */
const CITIZEN: CriteriaSetDefinition = {
  code: 'KHVN-324-CITIZEN',
  name: 'Tiêu chí Công dân học tập giai đoạn 2021–2030',
  nameEn: 'Learning citizen criteria, 2021–2030',
  modelKind: 'LEARNING_CITIZEN',
  source: KHVN_324,
  issuer: NATIONAL,
  validFrom: '2021-01-01',
  validTo: '2030-12-31',
  sample: true,
  description:
    'Sample data: the wording of the ten indices is ours and not verified against Quyết định 324/QĐ-KHVN ' +
    '(one source numbers it 244), nor are the points per index, taken from the 2020 pilot (three competency ' +
    'groups of 4 + 4 + 2 indices, 10 points each, 100 in all). The pass rule, 80 points or more with no ' +
    'index below 5, is as a provincial association taught it in 2024. Criteria for 2021–2030 under ' +
    'Quyết định 677/QĐ-TTg; the online self-assessment has four form groups by kind of person, of which this ' +
    'set models one common form.',
  criteria: [
    criterion(
      ['1', 'Năng lực tự học và học tập suốt đời', 'Self-learning and lifelong learning'],
      pointsItems(
        [
          [
            '1.1',
            'Xác định nhu cầu và lập kế hoạch học tập của bản thân',
            'Knows own learning needs and plans learning',
          ],
          ['1.2', 'Tự học, tham gia các hình thức học tập thường xuyên', 'Studies alone and in continuing education'],
          ['1.3', 'Vận dụng điều đã học vào công việc và cuộc sống', 'Applies what was learned at work and in life'],
          ['1.4', 'Chia sẻ, giúp đỡ người khác cùng học tập', 'Shares knowledge and helps others learn'],
        ],
        10,
        5,
      ),
    ),
    criterion(
      ['2', 'Năng lực sử dụng công cụ tương tác', 'Using interactive tools'],
      pointsItems(
        [
          ['2.1', 'Sử dụng ngôn ngữ, chữ viết trong giao tiếp', 'Uses language and writing to communicate'],
          ['2.2', 'Tìm kiếm, khai thác và sử dụng thông tin', 'Finds, judges and uses information'],
          ['2.3', 'Sử dụng thiết bị số và công nghệ thông tin', 'Uses digital devices and information technology'],
          ['2.4', 'Sử dụng dịch vụ công và dịch vụ trực tuyến', 'Uses public and online services'],
        ],
        10,
        5,
      ),
    ),
    criterion(
      ['3', 'Năng lực xây dựng và duy trì các mối quan hệ xã hội', 'Building and keeping social relations'],
      pointsItems(
        [
          ['3.1', 'Giao tiếp, hợp tác và làm việc nhóm', 'Communicates, cooperates and works in teams'],
          ['3.2', 'Tham gia hoạt động cộng đồng, chấp hành pháp luật', 'Takes part in community life, keeps the law'],
        ],
        10,
        5,
      ),
    ),
  ],
  grades: recognisedAt(80, 'Công dân học tập', 'Learning citizen'),
};

// ---------------------------------------------------------------------------------------------
// Family, clan, village and grassroots unit: 448/QĐ-KHVN, 2016–2020, still applied

const KHVN_448_DATES = { validFrom: '2016-01-01', validTo: null } as const;

const FAMILY: CriteriaSetDefinition = {
  code: 'KHVN-448-FAMILY',
  name: 'Tiêu chí Gia đình học tập',
  nameEn: 'Learning family criteria',
  modelKind: 'LEARNING_FAMILY',
  source: KHVN_448,
  issuer: NATIONAL,
  ...KHVN_448_DATES,
  sample: true,
  description:
    "Sample data: criterion 1's three items and the first item of criterion 2 follow summaries of Quyết định 448/QĐ-KHVN (Hội Khuyến học Việt Nam); the other two " +
    'items of criterion 2, the items of criteria 3 and 4, their 20 + 20 points (an inference) and the pass mark ' +
    'of 80 are not verified. Quyết định 448/QĐ-KHVN is dated 10/11 or 1/12/2015 by different sources; its ' +
    'criteria were for 2016–2020 and are still applied.',
  criteria: [
    criterion(
      ['1', 'Học tập của trẻ em trong gia đình', "Children's learning"],
      pointsItems(
        [
          ['1.1', 'Trẻ em trong độ tuổi đi học đều được đến trường', 'Children of school age attend school'],
          [
            '1.2',
            'Kết quả học tập từ trung bình trở lên, hạnh kiểm từ khá trở lên',
            'Results average or better, conduct good or better',
          ],
          [
            '1.3',
            'Trung thực, lễ phép, tham gia hoạt động ở địa phương',
            'Honest and polite, takes part in local life',
          ],
        ],
        10,
      ),
    ),
    criterion(
      ['2', 'Học tập của người lớn trong gia đình', "Adults' learning"],
      pointsItems(
        [
          [
            '2.1',
            'Người từ 19 đến 60 tuổi biết chữ từ mức độ 1 trở lên',
            'People aged 19–60 literate at level 1 or above',
          ],
          [
            '2.2',
            'Người lớn tham gia học tập thường xuyên, học nghề',
            'Adults take part in continuing or vocational learning',
          ],
          [
            '2.3',
            'Người lớn vận dụng điều đã học vào lao động, sản xuất',
            'Adults apply what they learn in work and production',
          ],
        ],
        10,
      ),
    ),
    criterion(
      ['3', 'Điều kiện học tập', 'Learning conditions'],
      pointsItems(
        [
          ['3.1', 'Có góc học tập, sách báo, tài liệu', 'A study corner, books and reading matter'],
          ['3.2', 'Có phương tiện tiếp cận thông tin', 'Means to reach information (radio, TV, Internet)'],
        ],
        10,
      ),
    ),
    criterion(
      ['4', 'Tác dụng của học tập', 'Impact of learning'],
      pointsItems(
        [
          ['4.1', 'Kinh tế gia đình ổn định, phát triển nhờ học tập', 'Household livelihood steady or growing'],
          ['4.2', 'Gia đình hòa thuận, giữ nếp sống văn hóa', 'A harmonious family with a cultured way of life'],
        ],
        10,
      ),
    ),
  ],
  grades: recognisedAt(80, 'Gia đình học tập', 'Learning family'),
};

const UNVERIFIED_448_TABLE =
  'criteria table of Quyết định 448/QĐ-KHVN is not verified: the four criteria, their items, their points ' +
  '(30 + 30 + 20 + 20, shaped like the learning-family set) and the pass mark of 80 are placeholders.';

const CLAN: CriteriaSetDefinition = {
  code: 'KHVN-448-CLAN',
  name: 'Tiêu chí Dòng họ học tập',
  nameEn: 'Learning clan criteria',
  modelKind: 'LEARNING_CLAN',
  source: KHVN_448,
  issuer: NATIONAL,
  ...KHVN_448_DATES,
  sample: true,
  description:
    `Sample data: the learning-clan ${UNVERIFIED_448_TABLE} ` +
    'A newer clan set was issued in 7/2022 (its number is not verified) and is not included.',
  criteria: [
    criterion(
      ['1', 'Học tập của con cháu trong dòng họ', "The clan's children's learning"],
      pointsItems(
        [
          ['1.1', 'Con cháu trong độ tuổi đi học đều được đến trường', 'Children of school age attend school'],
          ['1.2', 'Con cháu có kết quả học tập, rèn luyện tốt', 'Children learn and behave well'],
          ['1.3', 'Dòng họ khen thưởng con cháu học giỏi', 'The clan rewards children who do well'],
        ],
        10,
      ),
    ),
    criterion(
      ['2', 'Học tập của người lớn trong dòng họ', "The clan's adults' learning"],
      pointsItems(
        [
          ['2.1', 'Người lớn trong dòng họ biết chữ', 'Adults of the clan are literate'],
          ['2.2', 'Người lớn tham gia học tập thường xuyên', 'Adults take part in continuing learning'],
          ['2.3', 'Tỷ lệ gia đình học tập trong dòng họ', 'Share of learning families in the clan'],
        ],
        10,
      ),
    ),
    criterion(
      ['3', 'Điều kiện học tập của dòng họ', "The clan's learning conditions"],
      pointsItems(
        [
          ['3.1', 'Có ban khuyến học của dòng họ', 'A study-promotion board of the clan'],
          ['3.2', 'Có quỹ khuyến học của dòng họ', 'A study-promotion fund of the clan'],
        ],
        10,
      ),
    ),
    criterion(
      ['4', 'Tác dụng của học tập', 'Impact of learning'],
      pointsItems(
        [
          ['4.1', 'Đời sống các gia đình trong dòng họ được cải thiện', "The clan's households live better"],
          ['4.2', 'Dòng họ đoàn kết, giữ gìn truyền thống hiếu học', 'The clan is united and keeps a love of learning'],
        ],
        10,
      ),
    ),
  ],
  grades: recognisedAt(80, 'Dòng họ học tập', 'Learning clan'),
};

const VILLAGE: CriteriaSetDefinition = {
  code: 'KHVN-448-VILLAGE',
  name: 'Tiêu chí Cộng đồng học tập cấp thôn',
  nameEn: 'Village learning community criteria',
  modelKind: 'LEARNING_COMMUNITY_VILLAGE',
  source: KHVN_448,
  issuer: NATIONAL,
  ...KHVN_448_DATES,
  sample: true,
  description: `Sample data: the village (thôn, ấp, tổ dân phố) ${UNVERIFIED_448_TABLE}`,
  criteria: [
    criterion(
      ['1', 'Công tác lãnh đạo, tổ chức', 'Leadership and organisation'],
      pointsItems(
        [
          ['1.1', 'Có kế hoạch xây dựng cộng đồng học tập hằng năm', 'A yearly plan for the learning community'],
          ['1.2', 'Tuyên truyền, vận động nhân dân học tập', 'Campaigns that bring people to learn'],
          ['1.3', 'Chi hội khuyến học hoạt động thường xuyên', 'An active study-promotion branch'],
        ],
        10,
      ),
    ),
    criterion(
      ['2', 'Các mô hình học tập trong thôn', 'Learning models in the village'],
      pointsItems(
        [
          ['2.1', 'Gia đình học tập được công nhận', 'Recognised learning families'],
          ['2.2', 'Dòng họ học tập được công nhận', 'Recognised learning clans'],
          ['2.3', 'Người dân tham gia học tập tại trung tâm học tập cộng đồng', 'People learning at the CLC'],
        ],
        10,
      ),
    ),
    criterion(
      ['3', 'Điều kiện học tập', 'Learning conditions'],
      pointsItems(
        [
          ['3.1', 'Có nơi sinh hoạt, đọc sách báo chung', 'A shared place to meet and read'],
          ['3.2', 'Huy động nguồn lực cho khuyến học', 'Resources raised for study promotion'],
        ],
        10,
      ),
    ),
    criterion(
      ['4', 'Tác dụng của học tập', 'Impact of learning'],
      pointsItems(
        [
          ['4.1', 'Đời sống người dân được cải thiện', "People's livelihoods improve"],
          ['4.2', 'Giữ gìn an ninh, trật tự, nếp sống văn hóa', 'Order, safety and a cultured way of life'],
        ],
        10,
      ),
    ),
  ],
  grades: recognisedAt(80, 'Cộng đồng học tập cấp thôn', 'Village learning community'),
};

const UNIT_COMMUNE: CriteriaSetDefinition = {
  code: 'KHVN-448-UNIT-COMMUNE',
  name: 'Tiêu chí Đơn vị học tập cấp cơ sở',
  nameEn: 'Grassroots learning unit criteria',
  modelKind: 'LEARNING_UNIT',
  unitTier: 'COMMUNE',
  source: KHVN_448,
  issuer: NATIONAL,
  ...KHVN_448_DATES,
  sample: true,
  description: `Sample data: the grassroots learning-unit ${UNVERIFIED_448_TABLE}`,
  criteria: [
    criterion(
      ['1', 'Kế hoạch và tổ chức học tập', 'Learning plan and organisation'],
      pointsItems(
        [
          ['1.1', 'Có kế hoạch học tập hằng năm của đơn vị', 'A yearly learning plan'],
          ['1.2', 'Tổ chức cho thành viên học tập', 'Learning organised for members'],
          ['1.3', 'Có hình thức khuyến khích người học', 'Incentives for learners'],
        ],
        10,
      ),
    ),
    criterion(
      ['2', 'Kết quả học tập của thành viên', "Members' learning results"],
      pointsItems(
        [
          ['2.1', 'Thành viên hoàn thành các khóa bồi dưỡng', 'Members complete their training'],
          ['2.2', 'Thành viên tự học nâng cao trình độ', 'Members study to improve their skills'],
          ['2.3', 'Thành viên được công nhận công dân học tập', 'Members recognised as learning citizens'],
        ],
        10,
      ),
    ),
    criterion(
      ['3', 'Điều kiện học tập', 'Learning conditions'],
      pointsItems(
        [
          ['3.1', 'Bố trí thời gian, kinh phí cho học tập', 'Time and funding for learning'],
          ['3.2', 'Có tài liệu, thiết bị phục vụ học tập', 'Materials and equipment for learning'],
        ],
        10,
      ),
    ),
    criterion(
      ['4', 'Tác dụng của học tập', 'Impact of learning'],
      pointsItems(
        [
          ['4.1', 'Hoàn thành tốt nhiệm vụ của đơn vị', 'The unit does its work well'],
          ['4.2', 'Đơn vị đoàn kết, văn minh', 'A united and civil workplace'],
        ],
        10,
      ),
    ),
  ],
  grades: recognisedAt(80, 'Đơn vị học tập', 'Learning unit'),
};

// ---------------------------------------------------------------------------------------------
// Commune, district and province learning communities: Thông tư 25/2023/TT-BGDĐT, from 12/2/2024

const TT25_DATES = { validFrom: '2024-02-12', validTo: null } as const;

const TT25_UNVERIFIED =
  'the indicator wording, the split of each criterion into indicators, which indicators are level 2 only ' +
  '(the summaries of Thông tư 25/2023/TT-BGDĐT used say only that level 2 raises the bar on some) and the pass rule (every indicator of the level ' +
  'met) are not verified against Thông tư 25/2023/TT-BGDĐT.';

const LEVEL_2_UNIVERSAL_EDUCATION: Item = [
  '4.3',
  'Đạt yêu cầu cao hơn của mức độ 2 về phổ cập giáo dục, xóa mù chữ',
  "Meets level 2's higher bar on universal education and literacy",
];

const COMMUNITY_COMMUNE: CriteriaSetDefinition = {
  code: 'TT25-2023-COMMUNE',
  name: 'Tiêu chí Cộng đồng học tập cấp xã',
  nameEn: 'Commune learning community criteria',
  modelKind: 'LEARNING_COMMUNITY_COMMUNE',
  source: TT25_2023,
  issuer: NATIONAL,
  ...TT25_DATES,
  sample: true,
  description:
    `Sample data: the five criteria follow summaries of Thông tư 25/2023/TT-BGDĐT, but ${TT25_UNVERIFIED} ` +
    'Two levels, each kept for 3 years once recognised.',
  criteria: [
    criterion(
      [
        '1',
        'Sự lãnh đạo, chỉ đạo của cấp ủy Đảng, chính quyền cấp xã',
        'Leadership of the Party committee and commune government',
      ],
      [
        passFail(['1.1', 'Tuyên truyền về học tập suốt đời', 'Propaganda on lifelong learning']),
        passFail([
          '1.2',
          'Có kế hoạch xây dựng xã hội học tập hằng năm và tổ chức thực hiện',
          'A yearly learning-society plan, carried out',
        ]),
        passFail([
          '1.3',
          'Có kế hoạch và báo cáo kết quả Tuần lễ hưởng ứng học tập suốt đời',
          'A Lifelong Learning Week plan and report',
        ]),
      ],
    ),
    criterion(
      ['2', 'Nguồn lực và môi trường thuận lợi', 'Resources and an enabling environment'],
      [
        passFail(['2.1', 'Bố trí ngân sách nhà nước hằng năm', 'Yearly state budget']),
        passFail(['2.2', 'Huy động các nguồn lực xã hội', 'Social resources raised']),
        passFail([
          '2.3',
          'Phối hợp giữa Hội Khuyến học xã, các tổ chức và nhà trường',
          'Coordination between the commune association, organisations and schools',
        ]),
      ],
    ),
    criterion(
      [
        '3',
        'Kết quả hoạt động của trung tâm học tập cộng đồng, thư viện, trung tâm văn hóa - thể thao',
        'Results of the community learning centre, public library and culture-sports centre',
      ],
      [
        passFail(['3.1', 'Trung tâm học tập cộng đồng hoạt động hiệu quả', 'The community learning centre works well']),
        passFail(['3.2', 'Thư viện công cộng hoạt động hiệu quả', 'The public library works well']),
        passFail(['3.3', 'Trung tâm văn hóa - thể thao hoạt động hiệu quả', 'The culture-sports centre works well']),
      ],
    ),
    criterion(
      ['4', 'Kết quả phổ cập giáo dục, xóa mù chữ', 'Universal-education and literacy results'],
      [
        passFail(['4.1', 'Duy trì, đạt chuẩn phổ cập giáo dục', 'Keeps the universal-education standards']),
        passFail(['4.2', 'Duy trì, đạt chuẩn xóa mù chữ', 'Keeps the literacy standard']),
        passFail(LEVEL_2_UNIVERSAL_EDUCATION, LEVEL_2_ONLY),
      ],
    ),
    criterion(
      ['5', 'Tác động của việc xây dựng cộng đồng học tập', 'Effects of building the learning community'],
      [
        passFail(['5.1', 'Các mô hình học tập được đánh giá, công nhận', 'Learning models evaluated and recognised']),
        passFail(['5.2', 'Người dân có cơ hội học tập suốt đời', 'People have chances to learn throughout life']),
      ],
    ),
  ],
  grades: LEVELS,
};

const COMMUNITY_DISTRICT: CriteriaSetDefinition = {
  code: 'TT25-2023-DISTRICT',
  name: 'Tiêu chí Cộng đồng học tập cấp huyện',
  nameEn: 'District learning community criteria',
  modelKind: 'LEARNING_COMMUNITY_DISTRICT',
  source: TT25_2023,
  issuer: NATIONAL,
  ...TT25_DATES,
  sample: true,
  description:
    'Sample data: the criteria follow the commune pattern as summaries of Thông tư 25/2023/TT-BGDĐT describe it (criterion 2 with 4 indicators, ' +
    `including digital tools), but ${TT25_UNVERIFIED} ` +
    'From 1/7/2025 there is no district level; no act ending this set is recorded, so it stays open.',
  criteria: [
    criterion(
      [
        '1',
        'Sự lãnh đạo, chỉ đạo của cấp ủy Đảng, chính quyền cấp huyện',
        'Leadership of the Party committee and district government',
      ],
      [
        passFail(['1.1', 'Tuyên truyền về học tập suốt đời', 'Propaganda on lifelong learning']),
        passFail([
          '1.2',
          'Có kế hoạch xây dựng xã hội học tập hằng năm và tổ chức thực hiện',
          'A yearly learning-society plan, carried out',
        ]),
        passFail([
          '1.3',
          'Chỉ đạo tổ chức Tuần lễ hưởng ứng học tập suốt đời',
          'Lifelong Learning Week organised across the district',
        ]),
      ],
    ),
    criterion(
      ['2', 'Nguồn lực và môi trường thuận lợi', 'Resources and an enabling environment'],
      [
        passFail(['2.1', 'Bố trí ngân sách nhà nước hằng năm', 'Yearly state budget']),
        passFail(['2.2', 'Huy động các nguồn lực xã hội', 'Social resources raised']),
        passFail([
          '2.3',
          'Phối hợp giữa Hội Khuyến học, các tổ chức và cơ sở giáo dục',
          'Coordination between the association, organisations and schools',
        ]),
        passFail(['2.4', 'Ứng dụng công cụ số trong học tập', 'Digital tools used for learning']),
      ],
    ),
    criterion(
      [
        '3',
        'Kết quả hoạt động của các thiết chế giáo dục, văn hóa',
        'Results of the education and culture institutions',
      ],
      [
        passFail(['3.1', 'Các trung tâm học tập cộng đồng hoạt động hiệu quả', 'Community learning centres work well']),
        passFail([
          '3.2',
          'Thư viện, trung tâm văn hóa - thể thao hoạt động hiệu quả',
          'Libraries and culture-sports centres work well',
        ]),
      ],
    ),
    criterion(
      ['4', 'Kết quả phổ cập giáo dục, xóa mù chữ', 'Universal-education and literacy results'],
      [
        passFail(['4.1', 'Duy trì, đạt chuẩn phổ cập giáo dục', 'Keeps the universal-education standards']),
        passFail(['4.2', 'Duy trì, đạt chuẩn xóa mù chữ', 'Keeps the literacy standard']),
        passFail(LEVEL_2_UNIVERSAL_EDUCATION, LEVEL_2_ONLY),
      ],
    ),
    criterion(
      ['5', 'Tác động của việc xây dựng cộng đồng học tập', 'Effects of building the learning community'],
      [
        passFail(['5.1', 'Các xã được công nhận cộng đồng học tập', 'Communes recognised as learning communities']),
        passFail(['5.2', 'Các mô hình học tập được đánh giá, công nhận', 'Learning models evaluated and recognised']),
      ],
    ),
  ],
  grades: LEVELS,
};

const COMMUNITY_PROVINCE: CriteriaSetDefinition = {
  code: 'TT25-2023-PROVINCE',
  name: 'Tiêu chí Cộng đồng học tập cấp tỉnh',
  nameEn: 'Province learning community criteria',
  modelKind: 'LEARNING_COMMUNITY_PROVINCE',
  source: TT25_2023,
  issuer: NATIONAL,
  ...TT25_DATES,
  sample: true,
  description:
    'Sample data: the criteria follow the district pattern and add policies (1.4) and international ' +
    `cooperation (2.5) as summaries of Thông tư 25/2023/TT-BGDĐT say, but ${TT25_UNVERIFIED} Who recognises a province is not verified either.`,
  criteria: [
    criterion(
      [
        '1',
        'Sự lãnh đạo, chỉ đạo của cấp ủy Đảng, chính quyền cấp tỉnh',
        'Leadership of the Party committee and province government',
      ],
      [
        passFail(['1.1', 'Tuyên truyền về học tập suốt đời', 'Propaganda on lifelong learning']),
        passFail([
          '1.2',
          'Có kế hoạch xây dựng xã hội học tập hằng năm và tổ chức thực hiện',
          'A yearly learning-society plan, carried out',
        ]),
        passFail([
          '1.3',
          'Chỉ đạo tổ chức Tuần lễ hưởng ứng học tập suốt đời',
          'Lifelong Learning Week organised across the province',
        ]),
        passFail([
          '1.4',
          'Ban hành chính sách khuyến khích học tập suốt đời',
          'Policies that encourage lifelong learning',
        ]),
      ],
    ),
    criterion(
      ['2', 'Nguồn lực và môi trường thuận lợi', 'Resources and an enabling environment'],
      [
        passFail(['2.1', 'Bố trí ngân sách nhà nước hằng năm', 'Yearly state budget']),
        passFail(['2.2', 'Huy động các nguồn lực xã hội', 'Social resources raised']),
        passFail([
          '2.3',
          'Phối hợp giữa Hội Khuyến học, các tổ chức và cơ sở giáo dục',
          'Coordination between the association, organisations and schools',
        ]),
        passFail(['2.4', 'Ứng dụng công cụ số trong học tập', 'Digital tools used for learning']),
        passFail([
          '2.5',
          'Hợp tác quốc tế về học tập suốt đời, xây dựng xã hội học tập',
          'International cooperation on lifelong learning and the learning society',
        ]),
      ],
    ),
    criterion(
      [
        '3',
        'Kết quả hoạt động của các thiết chế giáo dục, văn hóa',
        'Results of the education and culture institutions',
      ],
      [
        passFail(['3.1', 'Các trung tâm học tập cộng đồng hoạt động hiệu quả', 'Community learning centres work well']),
        passFail([
          '3.2',
          'Thư viện, trung tâm văn hóa - thể thao hoạt động hiệu quả',
          'Libraries and culture-sports centres work well',
        ]),
      ],
    ),
    criterion(
      ['4', 'Kết quả phổ cập giáo dục, xóa mù chữ', 'Universal-education and literacy results'],
      [
        passFail(['4.1', 'Duy trì, đạt chuẩn phổ cập giáo dục', 'Keeps the universal-education standards']),
        passFail(['4.2', 'Duy trì, đạt chuẩn xóa mù chữ', 'Keeps the literacy standard']),
        passFail(LEVEL_2_UNIVERSAL_EDUCATION, LEVEL_2_ONLY),
      ],
    ),
    criterion(
      ['5', 'Tác động của việc xây dựng cộng đồng học tập', 'Effects of building the learning community'],
      [
        passFail([
          '5.1',
          'Các đơn vị cấp dưới được công nhận cộng đồng học tập',
          'Lower-level units recognised as learning communities',
        ]),
        passFail(['5.2', 'Các mô hình học tập được đánh giá, công nhận', 'Learning models evaluated and recognised']),
      ],
    ),
  ],
  grades: LEVELS,
};

// ---------------------------------------------------------------------------------------------
// District and province learning units: Thông tư 24/2023/TT-BGDĐT, from 26/1/2024

/** Five conditions DOMAIN.md lists for a district unit; the province is assumed to have the same. */
const UNIT_CONDITIONS: CriterionDefinition = criterion(
  ['1', 'Điều kiện bảo đảm', 'Conditions'],
  [
    passFail(['1.1', 'Có kế hoạch học tập hằng năm', 'A yearly learning plan']),
    passFail(['1.2', 'Thực hiện chế độ đào tạo, bồi dưỡng', 'The training regime is applied']),
    passFail(['1.3', 'Bố trí kinh phí cho học tập', 'Funding for learning']),
    passFail(['1.4', 'Có thiết bị số phục vụ học tập', 'Digital equipment for learning']),
    passFail(['1.5', 'Phục vụ nhu cầu học tập suốt đời', 'Serves lifelong learning']),
  ],
);

/** DOMAIN.md gives 90% for level 1; level 2 is assumed to keep it, since DOMAIN.md names no higher figure. */
const UNIT_MEMBERS: CriterionDefinition = criterion(
  ['2', 'Kết quả học tập của thành viên', "Members' results"],
  [
    percent(['2.1', 'Tỷ lệ thành viên chấp hành kỷ luật lao động', 'Members who keep labour discipline (%)'], {
      LEVEL_1: 90,
      LEVEL_2: 90,
    }),
    percent(
      [
        '2.2',
        'Tỷ lệ thành viên hoàn thành chương trình đào tạo, bồi dưỡng bắt buộc',
        'Members who complete required training (%)',
      ],
      { LEVEL_1: 90, LEVEL_2: 90 },
    ),
  ],
);

const UNIT_EFFECTS: CriterionDefinition = criterion(
  ['3', 'Tác động', 'Effects'],
  [
    percent(
      ['3.1', 'Tỷ lệ thành viên được công nhận Công dân học tập', 'Members recognised as learning citizens (%)'],
      { LEVEL_1: 90, LEVEL_2: 95 },
    ),
    percent(
      [
        '3.2',
        'Tỷ lệ người học tại các cơ sở giáo dục đạt yêu cầu',
        'Learners in education institutions meeting the requirement (%)',
      ],
      { LEVEL_1: 95, LEVEL_2: 97 },
    ),
    passFail([
      '3.3',
      'Đơn vị đạt danh hiệu "Tập thể lao động tiên tiến" trở lên',
      'The unit holds "Tập thể lao động tiên tiến" or a higher title',
    ]),
    passFail(
      [
        '3.4',
        'Đơn vị đạt danh hiệu thi đua cao hơn "Tập thể lao động tiên tiến"',
        'The unit holds a title above "Tập thể lao động tiên tiến"',
      ],
      LEVEL_2_ONLY,
    ),
    passFail([
      '3.5',
      'Các cơ sở giáo dục đạt mức cơ bản về chuyển đổi số',
      'Schools at the basic digital-transformation level',
    ]),
  ],
);

const TT24_UNVERIFIED =
  "the wording of every indicator, what the 95% / 97% of learners measures, 90% for level 2 on members' " +
  'results (the summaries used give only level 1) and which title level 2 needs are not verified against ' +
  'Thông tư 24/2023/TT-BGDĐT.';

function learningUnitSet(tier: 'DISTRICT' | 'PROVINCE', description: string): CriteriaSetDefinition {
  const district = tier === 'DISTRICT';
  return {
    code: `TT24-2023-UNIT-${tier}`,
    name: district ? 'Tiêu chí Đơn vị học tập cấp huyện' : 'Tiêu chí Đơn vị học tập cấp tỉnh',
    nameEn: district ? 'District learning unit criteria' : 'Province learning unit criteria',
    modelKind: 'LEARNING_UNIT',
    unitTier: tier,
    source: TT24_2023,
    issuer: NATIONAL,
    validFrom: '2024-01-26',
    validTo: null,
    sample: true,
    description,
    criteria: [UNIT_CONDITIONS, UNIT_MEMBERS, UNIT_EFFECTS],
    grades: LEVELS,
  };
}

const UNIT_DISTRICT = learningUnitSet(
  'DISTRICT',
  'Sample data: the three criteria, the five conditions and the thresholds follow summaries of Thông tư 24/2023/TT-BGDĐT, whose effects ' +
    `figures are given for province units and are assumed to hold for district units; ${TT24_UNVERIFIED} ` +
    'Level 1 needs every indicator met, on evidence. From 1/7/2025 there is no district level; no act ending ' +
    'this set is recorded, so it stays open.',
);

const UNIT_PROVINCE = learningUnitSet(
  'PROVINCE',
  'Sample data: the three criteria and the effects thresholds follow summaries of Thông tư 24/2023/TT-BGDĐT; the five conditions are ' +
    `those the summaries give for district units, assumed to hold for province units; ${TT24_UNVERIFIED} ` +
    'Level 1 needs every indicator met, on evidence.',
);

export const NATIONAL_CRITERIA_SETS: readonly CriteriaSetDefinition[] = deepFreeze([
  CITIZEN,
  FAMILY,
  CLAN,
  VILLAGE,
  UNIT_COMMUNE,
  COMMUNITY_COMMUNE,
  COMMUNITY_DISTRICT,
  COMMUNITY_PROVINCE,
  UNIT_DISTRICT,
  UNIT_PROVINCE,
]);
