/**
 * The literacy and universal-education standards (chuẩn xóa mù chữ, phổ cập giáo dục) as data: the
 * thresholds a commune must reach, the share of units a district or province needs, and who
 * recognises each level, one version per period of law (DOMAIN.md, "Literacy and universal
 * education (Nghị định 20/2014/NĐ-CP)").
 *
 * Numbers live here and not in the rule functions because the law changes by date and some values
 * are not yet verified: a corrected value is a data change, and a result can always say which
 * version and which unverified value it rests on. Every percent is an integer so that a rate can be
 * compared exactly (see standards.rules.ts).
 *
 * Not modelled: Thông tư 07/2016/TT-BGDĐT's "≥ 60% of people with disabilities able to learn have
 * access to education" has no survey code yet.
 */
import type { SurveyCode } from './survey-codes.js';

export const STANDARD_CODES = [
  'PRESCHOOL_5',
  'PRIMARY_1',
  'PRIMARY_2',
  'PRIMARY_3',
  'LOWER_SECONDARY_1',
  'LOWER_SECONDARY_2',
  'LOWER_SECONDARY_3',
  'LITERACY_1',
  'LITERACY_2',
] as const;

export type StandardCode = (typeof STANDARD_CODES)[number];

/** Whether a value was checked against its legal source; when it was not, the note says where it came from. */
export interface Provenance {
  readonly verified: boolean;
  readonly note?: string;
}

/** One rate a commune must reach for one standard. */
export interface MeasureThreshold extends Provenance {
  /** The figure an ordinary commune is assessed on. */
  readonly code: SurveyCode;
  /** Integer percent, met when rate ≥ percent. */
  readonly percent: number;
  /** Integer percent for a commune with especially difficult conditions (xã ĐBKK). */
  readonly especiallyDifficultPercent: number;
  /** The figure an ĐBKK commune is assessed on instead, when the law narrows the age band (literacy). */
  readonly especiallyDifficultCode?: SurveyCode;
}

export type UnitLevel = 'COMMUNE' | 'DISTRICT' | 'PROVINCE';
export type RollupLevel = Exclude<UnitLevel, 'COMMUNE'>;

/** The share of child units that must meet a standard for their parent to meet it. */
export interface RollupShare extends Provenance {
  /** Which units are counted: before 1/7/2025 a province counted districts, since then it counts communes. */
  readonly from: 'COMMUNE' | 'DISTRICT';
  /** Integer percent of the child units, met when share ≥ percent. */
  readonly percent: number;
}

export type RecognisingAuthority =
  'DISTRICT_PEOPLES_COMMITTEE' | 'PROVINCE' | 'PROVINCE_CHAIR' | 'MINISTRY_OF_EDUCATION' | 'MINISTER_OF_EDUCATION';

/** Who recognises that a unit of a level meets some standards. */
export interface Recogniser extends Provenance {
  readonly unit: UnitLevel;
  readonly standards: readonly StandardCode[];
  readonly authority: RecognisingAuthority;
  readonly legalBasis: string;
}

export type PerStandard<T> = { readonly [S in StandardCode]: T };

export interface StandardsRuleVersion {
  readonly id: string;
  /** First day in force (inclusive), or null when the start is not recorded and the version covers all earlier dates. */
  readonly validFrom: string | null;
  /** Last day in force (inclusive), or null while in force. */
  readonly validTo: string | null;
  readonly legalBasis: readonly string[];
  /** The administrative levels standards are rolled up through. */
  readonly levels: 'COMMUNE_DISTRICT_PROVINCE' | 'COMMUNE_PROVINCE';
  readonly thresholds: PerStandard<readonly MeasureThreshold[]>;
  /** Shares per parent level; a level the version has no units at (DISTRICT after the reform) is absent. */
  readonly rollup: { readonly [L in RollupLevel]?: PerStandard<RollupShare> };
  readonly recognisers: readonly Recogniser[];
}

const ND20 = 'Nghị định 20/2014/NĐ-CP';
const ND142 = 'Nghị định 142/2025/NĐ-CP';
const ND143 = 'Nghị định 143/2025/NĐ-CP';

function deepFreeze<T>(value: T): T {
  if (typeof value === 'object' && value !== null && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const inner of Object.values(value)) deepFreeze(inner);
  }
  return value;
}

/** Commune thresholds of Nghị định 20/2014/NĐ-CP as DOMAIN.md tabulates them (ĐBKK value in brackets there). */
const COMMUNE_THRESHOLDS: PerStandard<readonly MeasureThreshold[]> = {
  PRESCHOOL_5: [
    { code: 'PRESCHOOL5_ATTEND', percent: 95, especiallyDifficultPercent: 90, verified: true },
    { code: 'PRESCHOOL5_COMPLETE', percent: 85, especiallyDifficultPercent: 80, verified: true },
  ],
  // DOMAIN.md gives no bracketed value for entering grade 1, so ĐBKK communes use the same percent.
  PRIMARY_1: [
    { code: 'PRIMARY_ENTRY_6', percent: 90, especiallyDifficultPercent: 90, verified: true },
    { code: 'PRIMARY_COMPLETE_14', percent: 80, especiallyDifficultPercent: 70, verified: true },
  ],
  PRIMARY_2: [
    { code: 'PRIMARY_ENTRY_6', percent: 95, especiallyDifficultPercent: 95, verified: true },
    { code: 'PRIMARY_COMPLETE_11', percent: 80, especiallyDifficultPercent: 70, verified: true },
  ],
  PRIMARY_3: [
    { code: 'PRIMARY_ENTRY_6', percent: 98, especiallyDifficultPercent: 98, verified: true },
    { code: 'PRIMARY_COMPLETE_11', percent: 90, especiallyDifficultPercent: 80, verified: true },
  ],
  LOWER_SECONDARY_1: [{ code: 'LOWERSEC_GRAD_15_18', percent: 80, especiallyDifficultPercent: 70, verified: true }],
  LOWER_SECONDARY_2: [
    {
      code: 'LOWERSEC_GRAD_15_18',
      percent: 90,
      especiallyDifficultPercent: 80,
      verified: false,
      note: 'From a secondary source, not checked against Nghị định 20/2014/NĐ-CP.',
    },
  ],
  LOWER_SECONDARY_3: [
    { code: 'LOWERSEC_GRAD_15_18', percent: 95, especiallyDifficultPercent: 90, verified: true },
    { code: 'LOWERSEC_CONTINUE_15_18', percent: 80, especiallyDifficultPercent: 70, verified: true },
  ],
  // ĐBKK communes are assessed on a narrower age band, not on a lower percent.
  LITERACY_1: [
    {
      code: 'LITERACY1_15_35',
      percent: 90,
      especiallyDifficultPercent: 90,
      especiallyDifficultCode: 'LITERACY1_15_25',
      verified: true,
    },
  ],
  LITERACY_2: [
    {
      code: 'LITERACY2_15_60',
      percent: 90,
      especiallyDifficultPercent: 90,
      especiallyDifficultCode: 'LITERACY2_15_35',
      verified: true,
    },
  ],
};

function perStandard<T>(make: (standard: StandardCode) => T): PerStandard<T> {
  return {
    PRESCHOOL_5: make('PRESCHOOL_5'),
    PRIMARY_1: make('PRIMARY_1'),
    PRIMARY_2: make('PRIMARY_2'),
    PRIMARY_3: make('PRIMARY_3'),
    LOWER_SECONDARY_1: make('LOWER_SECONDARY_1'),
    LOWER_SECONDARY_2: make('LOWER_SECONDARY_2'),
    LOWER_SECONDARY_3: make('LOWER_SECONDARY_3'),
    LITERACY_1: make('LITERACY_1'),
    LITERACY_2: make('LITERACY_2'),
  };
}

/** A district meets a standard when ≥ 90% of its communes do, 100% for lower-secondary level 3 (DOMAIN.md); 95% for level 2 is unverified. */
const DISTRICT_FROM_COMMUNES = perStandard((standard): RollupShare => {
  if (standard === 'LOWER_SECONDARY_3') return { from: 'COMMUNE', percent: 100, verified: true };
  if (standard === 'LOWER_SECONDARY_2')
    return {
      from: 'COMMUNE',
      percent: 95,
      verified: false,
      note: 'From a secondary source, not checked against Nghị định 20/2014/NĐ-CP.',
    };
  return { from: 'COMMUNE', percent: 90, verified: true };
});

/** A province meets a standard when 100% of its districts do, ≥ 90% for literacy level 1 (DOMAIN.md). */
const PROVINCE_FROM_DISTRICTS = perStandard((standard): RollupShare => ({
  from: 'DISTRICT',
  percent: standard === 'LITERACY_1' ? 90 : 100,
  verified: true,
}));

const ALL_STANDARDS: readonly StandardCode[] = STANDARD_CODES;

/** Nghị định 20/2014/NĐ-CP with communes, districts and provinces, until the districts were abolished. */
export const STANDARDS_ND20_2014: StandardsRuleVersion = deepFreeze({
  id: 'nd20-2014',
  // DOMAIN.md does not state the decree's effective date; the version stands for every date before the reform.
  validFrom: null,
  validTo: '2025-06-30',
  legalBasis: [ND20],
  levels: 'COMMUNE_DISTRICT_PROVINCE',
  thresholds: COMMUNE_THRESHOLDS,
  rollup: { DISTRICT: DISTRICT_FROM_COMMUNES, PROVINCE: PROVINCE_FROM_DISTRICTS },
  recognisers: [
    {
      unit: 'COMMUNE',
      standards: ALL_STANDARDS,
      authority: 'DISTRICT_PEOPLES_COMMITTEE',
      legalBasis: ND20,
      verified: true,
    },
    { unit: 'DISTRICT', standards: ALL_STANDARDS, authority: 'PROVINCE', legalBasis: ND20, verified: true },
    {
      unit: 'PROVINCE',
      standards: ALL_STANDARDS,
      authority: 'MINISTRY_OF_EDUCATION',
      legalBasis: ND20,
      verified: true,
    },
  ],
});

const UNVERIFIED_PROVINCE_SHARE_NOTE =
  'How a province is rolled up from its communes directly is unverified: the texts checked (Nghị định 142/2025/NĐ-CP, 143/2025/NĐ-CP) do not state it; ' +
  "this placeholder repeats the old district rule's share of communes.";

export interface PostReformOptions {
  readonly id?: string;
  /**
   * The share of communes a province needs, per standard, once the real values are known. Values
   * not given default to the old district rule (90%; 95% for lower-secondary level 2; 100% for
   * level 3), marked unverified.
   */
  readonly provinceShareOfCommunes?: Partial<PerStandard<Omit<RollupShare, 'from'>>>;
}

/**
 * The rules from 1/7/2025, when districts were abolished: commune thresholds unchanged (Nghị định
 * 20/2014/NĐ-CP), the province counts communes directly, and recognition moves to the province and
 * the Minister (Nghị định 142/2025/NĐ-CP and 143/2025/NĐ-CP). The province's share of communes is a
 * parameter because DOMAIN.md marks it unverified.
 */
export function postReformVersion(options: PostReformOptions = {}): StandardsRuleVersion {
  const provinceFromCommunes = perStandard((standard): RollupShare => {
    const given = options.provinceShareOfCommunes?.[standard];
    if (given) return { ...given, from: 'COMMUNE' };
    return {
      from: 'COMMUNE',
      percent: DISTRICT_FROM_COMMUNES[standard].percent,
      verified: false,
      note: UNVERIFIED_PROVINCE_SHARE_NOTE,
    };
  });
  return deepFreeze({
    id: options.id ?? 'nd20-2014-from-2025-07-01',
    validFrom: '2025-07-01',
    validTo: null,
    legalBasis: [ND20, ND142, ND143],
    levels: 'COMMUNE_PROVINCE',
    thresholds: COMMUNE_THRESHOLDS,
    rollup: { PROVINCE: provinceFromCommunes },
    recognisers: [
      {
        unit: 'COMMUNE',
        standards: ALL_STANDARDS,
        authority: 'PROVINCE',
        legalBasis: ND142,
        verified: false,
        note: 'Nghị định 142/2025/NĐ-CP moves district tasks to the province and communes; that the province now recognises communes is indirect evidence only.',
      },
      {
        unit: 'PROVINCE',
        standards: ['PRIMARY_1', 'PRIMARY_2', 'LOWER_SECONDARY_1', 'LOWER_SECONDARY_2', 'LITERACY_1'],
        authority: 'PROVINCE_CHAIR',
        legalBasis: ND143,
        verified: true,
      },
      {
        // Pre-school for 5-year-olds has no levels, so "levels 1–2" in DOMAIN.md does not name it.
        unit: 'PROVINCE',
        standards: ['PRESCHOOL_5'],
        authority: 'PROVINCE_CHAIR',
        legalBasis: ND143,
        verified: false,
        note: 'Nghị định 143/2025/NĐ-CP, as summarised, names levels 1–2 and literacy level 1 for the province chair; pre-school for 5-year-olds (one level) is assumed to go with them.',
      },
      {
        unit: 'PROVINCE',
        standards: ['PRIMARY_3', 'LOWER_SECONDARY_3', 'LITERACY_2'],
        authority: 'MINISTER_OF_EDUCATION',
        legalBasis: ND143,
        verified: true,
      },
    ],
  });
}

export const STANDARDS_FROM_2025_07_01: StandardsRuleVersion = postReformVersion();

/** Every version, oldest first; `selectRuleVersion` (rollup.rules.ts) picks one by date. */
export const STANDARDS_RULE_VERSIONS: readonly StandardsRuleVersion[] = Object.freeze([
  STANDARDS_ND20_2014,
  STANDARDS_FROM_2025_07_01,
]);
