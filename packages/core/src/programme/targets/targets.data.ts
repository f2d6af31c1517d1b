/**
 * The national targets of the learning-society programme, as DOMAIN.md gives them ("National
 * programme and targets"). Each names an indicator; the platform computes the indicators it has
 * data for and says plainly which it cannot yet, and what each denominator really counts.
 */
import type { ModelKind } from '../../criteria/criteria.model.js';
import type { StandardCode } from '../../education-standards/standards.data.js';
import { SubjectKind } from '../../subjects/subject.enums.js';

/**
 * How an indicator is computed:
 * - `RECOGNISED_SHARE`: evaluations of `modelKind` recognised in the year, out of the subjects of
 *   `denominator` on record in the subtree (households, clans, organisations, or village units);
 *   `managedAt` keeps only organisations managed by a unit of that level (commune-level learning
 *   units), numerator and denominator alike.
 * - `POPULATION_SHARE`: recognised evaluations out of a population the platform does not collect
 *   yet (e.g. citizens by age): the numerator is counted, the share is not (`needs` says what).
 * - `PROVINCES_MEETING`: provinces meeting a standard, as `educationStandards` assesses them.
 * - `REPORTED_SHARE`: reported values of a data set of the reporting cycle, summed over the
 *   submitted and approved reports of the subtree for the year: `numerator` out of `denominator`
 *   (element codes, or `CODE.OPTION` for a part).
 * - `NOT_YET_COMPUTED`: the data it needs is not collected by the platform yet (e.g. adults in
 *   recognised families, digital skills).
 */
export type IndicatorFormula =
  | {
      readonly kind: 'RECOGNISED_SHARE';
      readonly modelKind: ModelKind;
      readonly denominator: { readonly subjectKind: SubjectKind } | { readonly villages: true };
      readonly managedAt?: 'COMMUNE';
    }
  | { readonly kind: 'POPULATION_SHARE'; readonly modelKind: ModelKind; readonly needs: string }
  | { readonly kind: 'PROVINCES_MEETING'; readonly standard: StandardCode }
  | {
      readonly kind: 'REPORTED_SHARE';
      readonly dataSet: string;
      readonly numerator: string;
      readonly denominator: string;
    }
  | { readonly kind: 'NOT_YET_COMPUTED'; readonly needs: string };

export interface TargetDefinition {
  readonly code: string;
  readonly description: string;
  readonly source: string;
  /** The year by which the value is to be reached. */
  readonly year: number;
  /** Percent, 0–100. */
  readonly percent: number;
  readonly formula: IndicatorFormula;
}

const QD1373 = 'Quyết định 1373/QĐ-TTg (30/7/2021)';
const QD387 = 'Quyết định 387/QĐ-TTg (25/3/2022)';
const QD677 = 'Quyết định 677/QĐ-TTg (3/6/2022)';
// The date is in sources/001 and sources/002 ("ngày 20-02-2014"); DOMAIN.md gives the year.
const QD281 = 'Quyết định 281/QĐ-TTg (20/2/2014)';

const standardShare = (standard: StandardCode) => ({ kind: 'PROVINCES_MEETING', standard }) as const;

/** Quyết định 281/QĐ-TTg's lower targets for especially difficult areas need to know which those are. */
const DIFFICULT_AREAS =
  'which communes count as the especially difficult areas of Quyết định 281/QĐ-TTg (the surveys’ ĐBKK flag is Nghị định 20/2014’s, not necessarily the same list)';

/** A target a province sets itself (e.g. Hà Nam's 2025 targets), shown beside the national ones. */
export interface ProvinceTargetDefinition extends TargetDefinition {
  /** The province codes (of the plugin's claims) the target belongs to. */
  readonly provinceCodes: readonly string[];
}

/** Officials in recognised learning units out of all officials, as communes report them (reporting cycle). */
const OFFICIALS_REPORTED = {
  kind: 'REPORTED_SHARE',
  dataSet: 'LEARNING_SOCIETY_FIGURES',
  numerator: 'OFFICIALS_IN_LEARNING_UNITS',
  denominator: 'OFFICIALS_IN_UNITS',
} as const;

export const NATIONAL_TARGETS: readonly TargetDefinition[] = [
  {
    code: '1373-2025-LITERACY_2',
    description: 'Provinces meeting literacy level 2',
    source: QD1373,
    year: 2025,
    percent: 70,
    formula: standardShare('LITERACY_2'),
  },
  {
    code: '1373-2025-PRIMARY_3',
    description: 'Provinces meeting primary level 3',
    source: QD1373,
    year: 2025,
    percent: 50,
    formula: standardShare('PRIMARY_3'),
  },
  {
    code: '1373-2025-LOWER_SECONDARY_2',
    description: 'Provinces meeting lower-secondary level 2',
    source: QD1373,
    year: 2025,
    percent: 100,
    formula: standardShare('LOWER_SECONDARY_2'),
  },
  {
    code: '1373-2025-LOWER_SECONDARY_3',
    description: 'Provinces meeting lower-secondary level 3',
    source: QD1373,
    year: 2025,
    percent: 20,
    formula: standardShare('LOWER_SECONDARY_3'),
  },
  {
    code: '1373-2025-LEARNING_CITIZENS',
    description: 'Citizens recognised as learning citizens',
    source: QD1373,
    year: 2025,
    percent: 40,
    // Citizens on record are not the population: the share needs population figures (issue 16).
    formula: {
      kind: 'POPULATION_SHARE',
      modelKind: 'LEARNING_CITIZEN',
      needs:
        'the population the target counts (by age; the age band is not in the sources): the platform does not collect population figures yet, the reporting cycle’s data sets will',
    },
  },
  {
    code: '1373-2030-LITERACY_2',
    description: 'Provinces meeting literacy level 2',
    source: QD1373,
    year: 2030,
    percent: 90,
    formula: standardShare('LITERACY_2'),
  },
  {
    code: '1373-2030-PRIMARY_3',
    description: 'Provinces meeting primary level 3',
    source: QD1373,
    year: 2030,
    percent: 70,
    formula: standardShare('PRIMARY_3'),
  },
  {
    code: '387-2025-FAMILIES',
    description: 'Households recognised as learning families',
    source: QD387,
    year: 2025,
    percent: 70,
    formula: {
      kind: 'RECOGNISED_SHARE',
      modelKind: 'LEARNING_FAMILY',
      denominator: { subjectKind: SubjectKind.HOUSEHOLD },
    },
  },
  {
    code: '387-2025-CLANS',
    description: 'Clans recognised as learning clans',
    source: QD387,
    year: 2025,
    percent: 65,
    formula: { kind: 'RECOGNISED_SHARE', modelKind: 'LEARNING_CLAN', denominator: { subjectKind: SubjectKind.CLAN } },
  },
  {
    code: '387-2025-VILLAGES',
    description: 'Villages recognised as village learning communities',
    source: QD387,
    year: 2025,
    percent: 65,
    formula: { kind: 'RECOGNISED_SHARE', modelKind: 'LEARNING_COMMUNITY_VILLAGE', denominator: { villages: true } },
  },
  {
    code: '387-2025-UNITS',
    description: 'Commune-level units recognised as learning units (organisations managed by a commune)',
    source: QD387,
    year: 2025,
    percent: 80,
    formula: {
      kind: 'RECOGNISED_SHARE',
      modelKind: 'LEARNING_UNIT',
      denominator: { subjectKind: SubjectKind.ORGANISATION },
      managedAt: 'COMMUNE',
    },
  },
  // Quyết định 281/QĐ-TTg, targets for 2020 (DOMAIN.md): 70% families, 50% clans, 60% villages;
  // 60/40/50% in especially difficult areas; 50% learning units.
  {
    code: '281-2020-FAMILIES',
    description: 'Households recognised as learning families',
    source: QD281,
    year: 2020,
    percent: 70,
    formula: {
      kind: 'RECOGNISED_SHARE',
      modelKind: 'LEARNING_FAMILY',
      denominator: { subjectKind: SubjectKind.HOUSEHOLD },
    },
  },
  {
    code: '281-2020-CLANS',
    description: 'Clans recognised as learning clans',
    source: QD281,
    year: 2020,
    percent: 50,
    formula: { kind: 'RECOGNISED_SHARE', modelKind: 'LEARNING_CLAN', denominator: { subjectKind: SubjectKind.CLAN } },
  },
  {
    code: '281-2020-VILLAGES',
    description: 'Villages recognised as village learning communities',
    source: QD281,
    year: 2020,
    percent: 60,
    formula: { kind: 'RECOGNISED_SHARE', modelKind: 'LEARNING_COMMUNITY_VILLAGE', denominator: { villages: true } },
  },
  {
    code: '281-2020-FAMILIES-DIFFICULT',
    description: 'Households recognised as learning families, in especially difficult areas',
    source: QD281,
    year: 2020,
    percent: 60,
    formula: { kind: 'NOT_YET_COMPUTED', needs: DIFFICULT_AREAS },
  },
  {
    code: '281-2020-CLANS-DIFFICULT',
    description: 'Clans recognised as learning clans, in especially difficult areas',
    source: QD281,
    year: 2020,
    percent: 40,
    formula: { kind: 'NOT_YET_COMPUTED', needs: DIFFICULT_AREAS },
  },
  {
    code: '281-2020-VILLAGES-DIFFICULT',
    description: 'Villages recognised as village learning communities, in especially difficult areas',
    source: QD281,
    year: 2020,
    percent: 50,
    formula: { kind: 'NOT_YET_COMPUTED', needs: DIFFICULT_AREAS },
  },
  {
    code: '281-2020-UNITS',
    description:
      'Organisations recognised as learning units (every tier: the decision as the sources give it does not say which units count)',
    source: QD281,
    year: 2020,
    percent: 50,
    formula: {
      kind: 'RECOGNISED_SHARE',
      modelKind: 'LEARNING_UNIT',
      denominator: { subjectKind: SubjectKind.ORGANISATION },
    },
  },
  {
    code: '677-2025-ADULTS',
    description: 'Adults in recognised learning families, clans and communities',
    source: QD677,
    year: 2025,
    percent: 40,
    formula: { kind: 'NOT_YET_COMPUTED', needs: 'the number of adults per household' },
  },
  {
    code: '677-2025-OFFICIALS',
    description: 'Officials in recognised learning units',
    source: QD677,
    year: 2025,
    percent: 60,
    formula: OFFICIALS_REPORTED,
  },
  {
    code: '677-2030-ADULTS',
    description: 'Adults in recognised learning families, clans and communities',
    source: QD677,
    year: 2030,
    percent: 60,
    formula: { kind: 'NOT_YET_COMPUTED', needs: 'the number of adults per household' },
  },
  {
    code: '677-2030-OFFICIALS',
    description: 'Officials in recognised learning units',
    source: QD677,
    year: 2030,
    percent: 80,
    formula: OFFICIALS_REPORTED,
  },
  {
    code: '677-2025-DIGITAL',
    description: 'Digital skills among those recognised',
    source: QD677,
    year: 2025,
    percent: 70,
    formula: { kind: 'NOT_YET_COMPUTED', needs: 'a digital-skills figure per recognised person' },
  },
  {
    code: '677-2030-DIGITAL',
    description: 'Digital skills among those recognised',
    source: QD677,
    year: 2030,
    percent: 90,
    formula: { kind: 'NOT_YET_COMPUTED', needs: 'a digital-skills figure per recognised person' },
  },
];
