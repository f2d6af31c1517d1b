/**
 * The demo dataset (`hoctap demo`): a small, fixed, fictitious dataset in one old and one new
 * province, Đồng Tháp 87 → 82, on the shipped national map. Old Xã Tân Mỹ (30175, Huyện Lấp Vò)
 * passed wholly to new Xã Mỹ An Hưng (30178) on 1/7/2025, so the demo shows a record of the old
 * map carried by its successor. Every name it writes starts with "[Demo]" and every person in it
 * is invented; nothing here is a fact about these communes.
 */
import type { CommitteeRole } from '../programme/steering-committees/steering-committee.entity.js';
import type { ReportingCycle } from '../programme/plans/plan.entity.js';

/** Bumped when the dataset changes: a database holding an older version gets the new one on the next run. */
export const DEMO_VERSION = 1;

/** What users see in front of every demo name. */
export const DEMO_LABEL = '[Demo]';

/** Token subjects of the demo's actors start with it; the audit log tells which rows they created. */
export const DEMO_ACTOR_PREFIX = 'demo:';

/** `source` of the rows whose table records one (villages, subjects, evaluations). */
export const DEMO_SOURCE = 'demo';

export const demoName = (name: string) => `${DEMO_LABEL} ${name}`;

/** The units the demo writes into, by code and a day on which the code names them. */
export const DEMO_UNITS = {
  oldProvince: { code: '87', asOf: '2024-12-31' },
  oldDistrict: { code: '875', asOf: '2024-12-31' },
  oldCommune: { code: '30175', asOf: '2024-12-31' },
  oldNeighbour: { code: '30172', asOf: '2024-12-31' },
  oldCity: { code: '868', asOf: '2025-05-20' },
  newProvince: { code: '82', asOf: '2025-12-31' },
  newCommune: { code: '30178', asOf: '2025-12-31' },
} as const;

export type DemoUnitKey = keyof typeof DEMO_UNITS;

export interface DemoVillage {
  key: string;
  commune: DemoUnitKey;
  code: string;
  name: string;
  validFrom: string;
  /** Villages of the old commune end with it. */
  validTo?: string;
}

export const DEMO_VILLAGES: readonly DemoVillage[] = [
  {
    key: 'tanHoa',
    commune: 'oldCommune',
    code: '30175.D1',
    name: demoName('Ấp Tân Hòa'),
    validFrom: '2020-01-01',
    validTo: '2025-06-30',
  },
  {
    key: 'tanPhu',
    commune: 'oldCommune',
    code: '30175.D2',
    name: demoName('Ấp Tân Phú'),
    validFrom: '2020-01-01',
    validTo: '2025-06-30',
  },
  { key: 'myAn', commune: 'newCommune', code: '30178.D1', name: demoName('Ấp Mỹ An'), validFrom: '2025-07-01' },
];

/**
 * Where an evaluation ends, and how good its score sheet is: STRONG reaches the recognised grade,
 * WEAK is complete but falls short, PARTIAL is unfinished (a self-assessment still being written).
 */
export type DemoOutcome = 'RECOGNISED' | 'REVOKED' | 'VERIFIED' | 'SUBMITTED' | 'RETURNED' | 'WITHDRAWN' | 'DRAFT';

export type DemoSheet = 'STRONG' | 'WEAK' | 'PARTIAL';

export interface DemoEvaluationPlan {
  year: number;
  /** The outcomes, one per subject of the group in order; subjects beyond the list are not evaluated. */
  outcomes: readonly DemoOutcome[];
}

export interface DemoSubjectGroup {
  key: string;
  kind: 'HOUSEHOLD' | 'CITIZEN';
  village: string;
  count: number;
  modelKind: 'LEARNING_FAMILY' | 'LEARNING_CITIZEN';
  evaluations: readonly DemoEvaluationPlan[];
}

const times = (n: number, outcome: DemoOutcome): DemoOutcome[] => Array.from({ length: n }, () => outcome);

/** 30 households, 14 citizens; evaluations in every state of the workflow over 2023–2025. */
export const DEMO_SUBJECTS: readonly DemoSubjectGroup[] = [
  {
    key: 'tanHoaHouseholds',
    kind: 'HOUSEHOLD',
    village: 'tanHoa',
    count: 10,
    modelKind: 'LEARNING_FAMILY',
    evaluations: [
      { year: 2023, outcomes: [...times(8, 'RECOGNISED'), 'REVOKED', 'VERIFIED'] },
      { year: 2024, outcomes: [...times(6, 'RECOGNISED'), 'VERIFIED', 'SUBMITTED', 'RETURNED', 'WITHDRAWN'] },
    ],
  },
  {
    key: 'tanPhuHouseholds',
    kind: 'HOUSEHOLD',
    village: 'tanPhu',
    count: 10,
    modelKind: 'LEARNING_FAMILY',
    evaluations: [
      { year: 2023, outcomes: [...times(7, 'RECOGNISED'), 'VERIFIED', 'VERIFIED', 'VERIFIED'] },
      { year: 2024, outcomes: [...times(6, 'RECOGNISED'), 'VERIFIED', 'VERIFIED', 'SUBMITTED', 'RETURNED'] },
    ],
  },
  {
    key: 'myAnHouseholds',
    kind: 'HOUSEHOLD',
    village: 'myAn',
    count: 10,
    modelKind: 'LEARNING_FAMILY',
    evaluations: [
      { year: 2025, outcomes: [...times(5, 'RECOGNISED'), 'VERIFIED', 'SUBMITTED', 'SUBMITTED', 'RETURNED', 'DRAFT'] },
    ],
  },
  {
    key: 'tanHoaCitizens',
    kind: 'CITIZEN',
    village: 'tanHoa',
    count: 8,
    modelKind: 'LEARNING_CITIZEN',
    evaluations: [{ year: 2024, outcomes: [...times(5, 'RECOGNISED'), 'SUBMITTED', 'DRAFT', 'DRAFT'] }],
  },
  {
    key: 'myAnCitizens',
    kind: 'CITIZEN',
    village: 'myAn',
    count: 6,
    modelKind: 'LEARNING_CITIZEN',
    evaluations: [{ year: 2025, outcomes: ['SUBMITTED', 'SUBMITTED', 'SUBMITTED', 'DRAFT', 'DRAFT', 'DRAFT'] }],
  },
];

/** The sheet each outcome is scored with. */
export const SHEET_OF: Record<DemoOutcome, DemoSheet> = {
  RECOGNISED: 'STRONG',
  REVOKED: 'STRONG',
  VERIFIED: 'WEAK',
  SUBMITTED: 'STRONG',
  RETURNED: 'WEAK',
  WITHDRAWN: 'STRONG',
  DRAFT: 'PARTIAL',
};

const FAMILY_NAMES = ['Nguyễn', 'Trần', 'Lê', 'Phạm', 'Huỳnh', 'Võ', 'Phan', 'Trương', 'Đặng', 'Bùi'];
const GIVEN_NAMES = [
  'Văn An',
  'Thị Bích',
  'Văn Cường',
  'Thị Dung',
  'Minh Đức',
  'Thị Hoa',
  'Văn Hùng',
  'Thị Lan',
  'Quốc Nam',
  'Thị Yến',
];

/** The n-th invented person of a group: a fixed name, so that two runs write the same rows. */
export function demoPerson(groupIndex: number, n: number): string {
  return `${FAMILY_NAMES[(n + groupIndex * 3) % FAMILY_NAMES.length]} ${GIVEN_NAMES[(n * 7 + groupIndex) % GIVEN_NAMES.length]}`;
}

export function demoSubject(group: DemoSubjectGroup, groupIndex: number, n: number) {
  const person = demoPerson(groupIndex, n);
  const code = `${group.kind === 'HOUSEHOLD' ? 'DEMO-H' : 'DEMO-C'}${String(n + 1).padStart(2, '0')}`;
  return group.kind === 'HOUSEHOLD'
    ? { code, name: demoName(`Hộ ${person.includes(' Thị ') ? 'bà' : 'ông'} ${person}`) }
    : { code, name: demoName(person), birthYear: 1960 + ((n * 7) % 40) };
}

/**
 * Who decides: the district (before 1/7/2025) or the province (after) verifies and recognises, as
 * recognition-authority.data.ts allows for these models; the decision numbers are invented.
 */
export const DEMO_RECOGNITIONS: readonly {
  year: number;
  authority: DemoUnitKey;
  number: string;
  decidedOn: string;
  authorityName: string;
}[] = [
  {
    year: 2023,
    authority: 'oldDistrict',
    number: '[Demo] 101/QĐ-UBND',
    decidedOn: '2024-03-28',
    authorityName: 'Chủ tịch UBND huyện Lấp Vò',
  },
  {
    year: 2024,
    authority: 'oldDistrict',
    number: '[Demo] 102/QĐ-UBND',
    decidedOn: '2025-03-27',
    authorityName: 'Chủ tịch UBND huyện Lấp Vò',
  },
  {
    year: 2025,
    authority: 'newProvince',
    number: '[Demo] 103/QĐ-UBND',
    decidedOn: '2026-03-26',
    authorityName: 'Chủ tịch UBND tỉnh Đồng Tháp',
  },
];

/** The demo's last decision: it can be loaded only from this day on (no date may lie in the future). */
export const DEMO_EARLIEST_DAY = DEMO_RECOGNITIONS.map((r) => r.decidedOn)
  .sort()
  .at(-1)!;

export interface DemoSurvey {
  commune: DemoUnitKey;
  year: number;
  /** The standards it misses (the test checks that the rules say so). */
  misses: readonly string[];
  figures: readonly { code: string; numerator: number; denominator: number }[];
}

const GOOD_FIGURES = [
  { code: 'PRESCHOOL5_ATTEND', numerator: 118, denominator: 120 },
  { code: 'PRESCHOOL5_COMPLETE', numerator: 112, denominator: 118 },
  { code: 'PRIMARY_ENTRY_6', numerator: 125, denominator: 126 },
  { code: 'PRIMARY_COMPLETE_14', numerator: 130, denominator: 134 },
  { code: 'PRIMARY_COMPLETE_11', numerator: 121, denominator: 128 },
  { code: 'LOWERSEC_GRAD_15_18', numerator: 475, denominator: 495 },
  { code: 'LOWERSEC_CONTINUE_15_18', numerator: 402, denominator: 495 },
  { code: 'LITERACY1_15_35', numerator: 2410, denominator: 2450 },
  { code: 'LITERACY2_15_60', numerator: 5630, denominator: 5890 },
];

export const DEMO_SURVEYS: readonly DemoSurvey[] = [
  { commune: 'oldCommune', year: 2023, misses: [], figures: GOOD_FIGURES },
  { commune: 'oldCommune', year: 2024, misses: [], figures: GOOD_FIGURES },
  {
    commune: 'oldNeighbour',
    year: 2024,
    misses: ['PRESCHOOL_5', 'LITERACY_2'],
    figures: [
      { code: 'PRESCHOOL5_ATTEND', numerator: 101, denominator: 112 },
      { code: 'PRESCHOOL5_COMPLETE', numerator: 90, denominator: 101 },
      ...GOOD_FIGURES.slice(2, 8),
      { code: 'LITERACY2_15_60', numerator: 4880, denominator: 5710 },
    ],
  },
  {
    commune: 'newCommune',
    year: 2025,
    misses: ['LOWER_SECONDARY_3'],
    figures: [
      ...GOOD_FIGURES.slice(0, 6),
      { code: 'LOWERSEC_CONTINUE_15_18', numerator: 610, denominator: 1020 },
      ...GOOD_FIGURES.slice(7),
    ],
  },
];

export const DEMO_COMMITTEES: readonly {
  unit: DemoUnitKey;
  decisionNumber: string;
  decidedOn: string;
  members: readonly { name: string; position: string; role: CommitteeRole }[];
}[] = [
  {
    unit: 'oldCommune',
    decisionNumber: '[Demo] 21/QĐ-UBND',
    decidedOn: '2021-03-15',
    members: [
      { name: demoName('Trần Văn Bảy'), position: 'Chủ tịch UBND xã', role: 'HEAD' },
      { name: demoName('Lê Thị Tám'), position: 'Chủ tịch Hội Khuyến học xã', role: 'DEPUTY' },
      { name: demoName('Phạm Văn Chín'), position: 'Hiệu trưởng trường tiểu học', role: 'MEMBER' },
    ],
  },
  {
    unit: 'newCommune',
    decisionNumber: '[Demo] 05/QĐ-UBND',
    decidedOn: '2025-07-15',
    members: [
      { name: demoName('Nguyễn Văn Mười'), position: 'Chủ tịch UBND xã', role: 'HEAD' },
      { name: demoName('Võ Thị Hai'), position: 'Chủ tịch Hội Khuyến học xã', role: 'DEPUTY' },
      { name: demoName('Huỳnh Văn Ba'), position: 'Công chức văn hóa – xã hội', role: 'SECRETARY' },
    ],
  },
];

export const DEMO_CENTRES: readonly {
  commune: DemoUnitKey;
  name: string;
  establishedOn: string;
  facilities: { sharedWithCulturalHouse: boolean; rooms: number; computers: number; library: boolean };
  years: readonly { year: number; activities: string[]; participants: number }[];
}[] = [
  {
    commune: 'oldCommune',
    name: demoName('Trung tâm học tập cộng đồng xã Tân Mỹ'),
    establishedOn: '2012-09-01',
    facilities: { sharedWithCulturalHouse: true, rooms: 2, computers: 4, library: true },
    years: [
      { year: 2023, activities: ['Lớp xóa mù chữ', 'Chuyên đề trồng lúa chất lượng cao'], participants: 640 },
      { year: 2024, activities: ['Lớp tin học cơ bản', 'Chuyên đề chuyển đổi số cho nông dân'], participants: 715 },
    ],
  },
  {
    commune: 'newCommune',
    name: demoName('Trung tâm học tập cộng đồng xã Mỹ An Hưng'),
    establishedOn: '2025-08-01',
    facilities: { sharedWithCulturalHouse: true, rooms: 3, computers: 10, library: true },
    years: [{ year: 2025, activities: ['Lớp kỹ năng số', 'Câu lạc bộ đọc sách'], participants: 480 }],
  },
];

export const DEMO_ASSOCIATION = {
  unit: 'newCommune' as DemoUnitKey,
  name: demoName('Hội Khuyến học xã Mỹ An Hưng'),
  foundedOn: '2025-07-20',
  members: [{ year: 2025, members: 1250 }],
  fund: demoName('Quỹ Khuyến học xã Mỹ An Hưng'),
  entries: [
    {
      kind: 'DONATION',
      date: '2025-08-10',
      amountVnd: 20_000_000,
      counterpart: demoName('Công ty TNHH Minh Phát'),
      donorType: 'ENTERPRISE',
    },
    {
      kind: 'DONATION',
      date: '2025-09-01',
      amountVnd: 5_000_000,
      counterpart: demoName('Ông Lê Văn Sáu'),
      donorType: 'INDIVIDUAL',
    },
    {
      kind: 'SCHOLARSHIP',
      date: '2025-09-05',
      amountVnd: 3_000_000,
      counterpart: demoName('Em Trần Thị Mai, lớp 9'),
      note: 'Học sinh vượt khó học giỏi',
    },
  ],
} as const;

export const DEMO_PLAN = {
  issuer: 'newProvince' as DemoUnitKey,
  title: demoName('Kế hoạch xây dựng xã hội học tập năm 2025–2026 (dữ liệu minh họa)'),
  documentNumber: '[Demo] 250/KH-UBND',
  issuedOn: '2025-08-15',
  periodFrom: '2025-08-15',
  periodTo: '2026-12-31',
  legalBasis: 'Quyết định 1373/QĐ-TTg (30/7/2021); dữ liệu minh họa, không phải văn bản thật',
  tasks: [
    {
      section: 'I',
      code: 'D1',
      title: 'Báo cáo kết quả xây dựng xã hội học tập của xã',
      lead: demoName('UBND xã Mỹ An Hưng'),
      leadUnit: 'newCommune' as DemoUnitKey,
      reportingCycle: 'YEARLY' as ReportingCycle,
      /** Submitted by the commune, accepted by the province. */
      reports: [
        {
          period: '2025',
          content: demoName('Xã đã thành lập Ban Chỉ đạo và Trung tâm học tập cộng đồng.'),
          accept: true,
        },
      ],
    },
    {
      section: 'I',
      code: 'D2',
      title: 'Báo cáo hoạt động của Trung tâm học tập cộng đồng',
      lead: demoName('Trung tâm học tập cộng đồng xã Mỹ An Hưng'),
      leadUnit: 'newCommune' as DemoUnitKey,
      reportingCycle: 'QUARTERLY' as ReportingCycle,
      reports: [
        { period: '2025-Q3', content: demoName('Hai lớp kỹ năng số, 120 học viên.'), accept: true },
        { period: '2025-Q4', content: demoName('Câu lạc bộ đọc sách, 60 thành viên.'), accept: false },
      ],
    },
  ],
} as const;

/** A GNLC application by Hồng Ngự city, which Đồng Tháp's plan says considers applying: invented, and left unsent. */
export const DEMO_GNLC = {
  applicant: 'oldCity' as DemoUnitKey,
  callYear: 2025,
  appliedOn: '2025-05-20',
  form: {
    commitsToBeijingDeclaration: true,
    commitsToKeyFeatures: true,
    mayor: { name: demoName('Nguyễn Văn Tư'), position: 'Chủ tịch UBND thành phố Hồng Ngự' },
    contact: { name: demoName('Trần Thị Năm'), position: 'Phòng Giáo dục và Đào tạo', email: 'demo@example.invalid' },
    profile: {
      population: 100_000,
      areaKm2: 122,
      gdpPerCapitaUsd: 3000,
      averageYearsOfSchoolingMale: 9,
      averageYearsOfSchoolingFemale: 9,
    },
    motivation: `${DEMO_LABEL} Dữ liệu minh họa: thành phố muốn chia sẻ kinh nghiệm học tập suốt đời ở vùng biên giới.`,
    implementation: `${DEMO_LABEL} Dữ liệu minh họa: trung tâm học tập cộng đồng ở mọi phường, xã, thư viện số và lớp kỹ năng số.`,
    challenges: [
      { challenge: 'Digital skills', rating: 4 },
      { challenge: 'Adult literacy', rating: 2 },
    ],
  },
} as const;
