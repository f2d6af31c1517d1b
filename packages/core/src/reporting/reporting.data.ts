/**
 * The national data elements, disaggregations and data sets of the reporting cycle. The survey's
 * elements mirror SURVEY_CODES (DOMAIN.md, "Literacy and universal education"; Nghị định
 * 20/2014/NĐ-CP); everything else (the age bands, the centre's and the association's year, the
 * figures the national targets need, due days and approval levels) is no source's: *sample*.
 */
import { stated, unverified, type Provenance } from '../common/provenance.js';
import { SURVEY_CODES } from '../education-standards/survey-codes.js';
import type {
  CategoryCombo,
  DataElementDefinition,
  DataSetDefinition,
  ValidationRuleDefinition,
} from './reporting.model.js';

const ND20 = 'Nghị định 20/2014/NĐ-CP (DOMAIN.md, "Literacy and universal education")';
const SAMPLE = (what: string) => unverified(`sample: no source fixes ${what}`);

export const CATEGORY_COMBOS: readonly CategoryCombo[] = [
  {
    code: 'SEX',
    name: 'Giới tính',
    nameEn: 'Sex',
    options: [
      { code: 'MALE', name: 'Nam', nameEn: 'Male' },
      { code: 'FEMALE', name: 'Nữ', nameEn: 'Female' },
    ],
    provenance: SAMPLE('the disaggregation by sex of these figures'),
  },
  {
    code: 'AGE_BAND',
    name: 'Nhóm tuổi',
    nameEn: 'Age band',
    options: [
      { code: 'UNDER_15', name: 'Dưới 15 tuổi', nameEn: 'Under 15' },
      { code: 'AGE_15_35', name: '15–35 tuổi', nameEn: '15–35' },
      { code: 'AGE_36_60', name: '36–60 tuổi', nameEn: '36–60' },
      { code: 'OVER_60', name: 'Trên 60 tuổi', nameEn: 'Over 60' },
    ],
    // 15–35 and 15–60 are Nghị định 20's literacy bands; the split into four is the platform's.
    provenance: SAMPLE('these four age bands (15–35 and 15–60 are the survey’s literacy bands)'),
  },
  {
    code: 'ETHNIC_GROUP',
    name: 'Dân tộc',
    nameEn: 'Ethnic group',
    options: [
      { code: 'KINH', name: 'Kinh', nameEn: 'Kinh' },
      { code: 'MINORITY', name: 'Dân tộc thiểu số', nameEn: 'Ethnic minority' },
    ],
    provenance: SAMPLE('the disaggregation by ethnic group of these figures'),
  },
];

const count = (
  code: string,
  name: string,
  nameEn: string,
  { provenance, disaggregation }: { provenance?: Provenance; disaggregation?: string } = {},
): DataElementDefinition => ({
  code,
  name,
  nameEn,
  valueType: 'COUNT',
  provenance: provenance ?? SAMPLE(`the element ${code}`),
  ...(disaggregation ? { disaggregation } : {}),
});

/** Two elements per survey figure: the people meeting the measure and the people of the age group. */
const SURVEY_ELEMENTS: DataElementDefinition[] = SURVEY_CODES.flatMap((c) => [
  count(c.code, c.term, c.description, { provenance: stated(ND20) }),
  count(`${c.code}_BASE`, `${c.term} — tổng số trong độ tuổi`, `${c.description}: everyone of the age group`, {
    provenance: stated(ND20),
  }),
]);

export const NATIONAL_ELEMENTS: readonly DataElementDefinition[] = [
  ...SURVEY_ELEMENTS,
  count('CLC_PARTICIPANTS', 'Lượt người học tại TTHTCĐ', 'Participants of the community learning centre', {
    disaggregation: 'SEX',
  }),
  count(
    'CLC_PARTICIPANTS_BY_AGE',
    'Lượt người học tại TTHTCĐ theo nhóm tuổi',
    'Participants of the community learning centre by age band',
    { disaggregation: 'AGE_BAND' },
  ),
  count('CLC_COURSES', 'Số lớp, chuyên đề đã mở', 'Courses and topics held'),
  {
    code: 'CLC_FUNDING',
    name: 'Kinh phí hoạt động của TTHTCĐ',
    nameEn: 'Funding of the community learning centre',
    valueType: 'MONEY_VND',
    provenance: SAMPLE('the element CLC_FUNDING'),
  },
  count('ASSOCIATION_MEMBERS', 'Hội viên Hội Khuyến học', 'Members of the Study Promotion Association', {
    disaggregation: 'SEX',
  }),
  count('POPULATION', 'Dân số', 'Population', { disaggregation: 'AGE_BAND' }),
  count(
    'ADULTS_TECHNICAL_TRAINING',
    'Người lớn có trình độ chuyên môn kỹ thuật',
    'Adults with technical or vocational training',
  ),
  count('OFFICIALS_IN_UNITS', 'Cán bộ, công chức, viên chức trong các đơn vị', 'Officials in the units'),
  count(
    'OFFICIALS_IN_LEARNING_UNITS',
    'Cán bộ, công chức, viên chức trong các đơn vị được công nhận đơn vị học tập',
    'Officials in units recognised as learning units',
  ),
  count('PEOPLE_DIGITAL_SKILLS', 'Người có kỹ năng số', 'People with digital skills'),
  count('ONLINE_COURSE_PARTICIPANTS', 'Người tham gia khóa học trực tuyến', 'Participants of online courses'),
];

const rule = (
  code: string,
  name: string,
  [left, operator, right]: [string[], ValidationRuleDefinition['operator'], string[]],
  importance: ValidationRuleDefinition['importance'] = 'HIGH',
): ValidationRuleDefinition => ({ code, name, left, operator, right, importance });

const BASE_RULES = SURVEY_CODES.map((c) =>
  rule(`${c.code}_WITHIN_BASE`, `${c.description} ≤ everyone of the age group`, [[c.code], 'LE', [`${c.code}_BASE`]]),
);

export const NATIONAL_DATA_SETS: readonly DataSetDefinition[] = [
  {
    code: 'EDUCATION_SURVEY',
    name: 'Điều tra phổ cập giáo dục, xóa mù chữ',
    nameEn: 'Literacy and universal-education survey',
    periodType: 'YEARLY',
    reportingLevel: 'COMMUNE',
    dueDays: 59,
    approvalLevels: ['DISTRICT', 'PROVINCE'],
    elements: SURVEY_ELEMENTS.map((e) => e.code),
    validationRules: BASE_RULES,
    validFrom: '2014-01-01',
    issuer: 'Bộ Giáo dục và Đào tạo',
    sample: false,
    provenance: unverified(
      'sample: the elements are Nghị định 20/2014’s survey figures; the due day (59 days, 28 February) and the approval levels are no source’s',
      ND20,
    ),
  },
  {
    code: 'CLC_YEAR',
    name: 'Báo cáo năm của Trung tâm học tập cộng đồng',
    nameEn: "The community learning centre's year",
    periodType: 'YEARLY',
    reportingLevel: 'COMMUNE',
    dueDays: 31,
    approvalLevels: ['DISTRICT', 'PROVINCE'],
    elements: ['CLC_PARTICIPANTS', 'CLC_PARTICIPANTS_BY_AGE', 'CLC_COURSES', 'CLC_FUNDING'],
    validationRules: [
      rule('CLC_PARTICIPANTS_AGE_SEX', 'Participants by age = participants by sex', [
        ['CLC_PARTICIPANTS_BY_AGE'],
        'EQ',
        ['CLC_PARTICIPANTS'],
      ]),
    ],
    validFrom: '2014-01-01',
    issuer: 'Bộ Giáo dục và Đào tạo',
    sample: true,
    provenance: SAMPLE('the community learning centre’s yearly report form'),
  },
  {
    code: 'ASSOCIATION_YEAR',
    name: 'Báo cáo năm của Hội Khuyến học',
    nameEn: "The Study Promotion Association's year",
    periodType: 'YEARLY',
    reportingLevel: 'COMMUNE',
    dueDays: 31,
    approvalLevels: ['PROVINCE'],
    elements: ['ASSOCIATION_MEMBERS'],
    validationRules: [],
    validFrom: '2014-01-01',
    issuer: 'Hội Khuyến học Việt Nam',
    sample: true,
    provenance: SAMPLE('the association’s yearly report form'),
  },
  {
    code: 'LEARNING_SOCIETY_FIGURES',
    name: 'Số liệu xây dựng xã hội học tập',
    nameEn: 'Learning-society figures for the national targets',
    periodType: 'YEARLY',
    reportingLevel: 'COMMUNE',
    dueDays: 31,
    approvalLevels: ['DISTRICT', 'PROVINCE'],
    elements: [
      'POPULATION',
      'ADULTS_TECHNICAL_TRAINING',
      'OFFICIALS_IN_UNITS',
      'OFFICIALS_IN_LEARNING_UNITS',
      'PEOPLE_DIGITAL_SKILLS',
      'ONLINE_COURSE_PARTICIPANTS',
    ],
    validationRules: [
      rule('OFFICIALS_LEARNING_WITHIN', 'Officials in learning units ≤ officials', [
        ['OFFICIALS_IN_LEARNING_UNITS'],
        'LE',
        ['OFFICIALS_IN_UNITS'],
      ]),
      rule('TRAINED_WITHIN_POPULATION', 'Adults with training ≤ population aged 15 and over', [
        ['ADULTS_TECHNICAL_TRAINING'],
        'LE',
        ['POPULATION.AGE_15_35', 'POPULATION.AGE_36_60', 'POPULATION.OVER_60'],
      ]),
      rule(
        'DIGITAL_WITHIN_POPULATION',
        'People with digital skills ≤ population',
        [['PEOPLE_DIGITAL_SKILLS'], 'LE', ['POPULATION']],
        'MEDIUM',
      ),
    ],
    validFrom: '2021-01-01',
    issuer: 'Bộ Giáo dục và Đào tạo',
    sample: true,
    provenance: SAMPLE('a form for the figures Quyết định 677/QĐ-TTg’s targets need'),
  },
];
