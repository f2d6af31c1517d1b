/**
 * The national targets of the learning-society programme, as DOMAIN.md gives them ("National
 * programme and targets"). Each names an indicator; the platform computes the indicators it has
 * data for (the shares of recognised learning models) and says plainly which it cannot yet.
 */
import type { ModelKind } from '../criteria/criteria.model.js';
import { SubjectKind } from '../subjects/subject.enums.js';

/**
 * How an indicator is computed:
 * - `RECOGNISED_SHARE`: evaluations of `modelKind` recognised in the year, out of the subjects of
 *   `denominator` on record in the subtree (households, clans, organisations, or village units).
 * - `NOT_YET_COMPUTED`: the data it needs is not collected by the platform yet (e.g. standards met by
 *   provinces nationally, adults in recognised families, digital skills).
 */
export type IndicatorFormula =
  | {
      readonly kind: 'RECOGNISED_SHARE';
      readonly modelKind: ModelKind;
      readonly denominator: { readonly subjectKind: SubjectKind } | { readonly villages: true };
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

const standardShare = (standard: string) =>
  ({ kind: 'NOT_YET_COMPUTED', needs: `each province's ${standard} result, rolled up nationally` }) as const;

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
    formula: {
      kind: 'RECOGNISED_SHARE',
      modelKind: 'LEARNING_CITIZEN',
      denominator: { subjectKind: SubjectKind.CITIZEN },
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
    description: 'Commune-level units recognised as learning units',
    source: QD387,
    year: 2025,
    percent: 80,
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
    formula: { kind: 'NOT_YET_COMPUTED', needs: 'the number of officials per learning unit' },
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
    formula: { kind: 'NOT_YET_COMPUTED', needs: 'the number of officials per learning unit' },
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
