/**
 * Who recognises an evaluation of each learning model (công nhận), per period, as data with its
 * source (DOMAIN.md, "Learning models", the cycle column). Where the sources do not say, the rule
 * is `unverified` and keeps the platform's earlier behaviour (any officer above the self-assessing
 * unit), saying so; a verified rule replaces it as a data change here.
 *
 * Periods are read on the rating day of the evaluation's year (31 December, as for criteria sets):
 * data of 2024 is recognised in early 2025, when districts still existed; data of 2025 in 2026,
 * when they no longer did (districts were abolished on 1/7/2025).
 */
import { stated, unverified, type Provenance } from '../common/provenance.js';
import type { ModelKind, UnitTier } from '../criteria/criteria.model.js';

/**
 * Where the authority sits on the evaluation's lineage (frozen for its year):
 * - `DISTRICT` / `PROVINCE`: the unit of that level, and only its officers (besides ADMIN);
 * - `ABOVE_SELF_ASSESSING`: any unit above the self-assessing one (where the sources do not say);
 * - `NATIONAL`: no unit of the lineage: a national ADMIN only.
 */
export type AuthorityLevel = 'DISTRICT' | 'PROVINCE' | 'ABOVE_SELF_ASSESSING' | 'NATIONAL';

export interface RecognitionAuthorityRule {
  /** Stable; a recognition decision stores it. */
  readonly code: string;
  readonly modelKinds: readonly ModelKind[];
  /** LEARNING_UNIT only: the tier of the unit that manages the organisation. */
  readonly unitTier?: UnitTier;
  /** First and last rating day (31/12 of the year) the rule covers; null: open. */
  readonly validFrom: string | null;
  readonly validTo: string | null;
  readonly level: AuthorityLevel;
  /** Who decides, e.g. "Chủ tịch Ủy ban nhân dân cấp huyện". */
  readonly authority: string;
  readonly authorityEn: string;
  readonly provenance: Provenance;
}

const TT24 = 'Thông tư 24/2023/TT-BGDĐT (DOMAIN.md, "Learning models")';
const TT25 = 'Thông tư 25/2023/TT-BGDĐT (DOMAIN.md, "Learning models")';
const REFORM_DAY = '2025-06-30';
const AFTER_REFORM = '2025-07-01';
const ABOVE = {
  vi: 'Cấp trên của đơn vị tự đánh giá (chưa xác minh)',
  en: 'The level above the self-assessing unit (unverified)',
};

const NO_DISTRICTS =
  'districts were abolished on 1/7/2025 (Nghị quyết 60-NQ/TW; DOMAIN.md) and the sources do not say who recognises in their place; the platform lets any officer above the self-assessing unit (the province) recognise';

export const RECOGNITION_AUTHORITY_RULES: readonly RecognitionAuthorityRule[] = [
  // Thông tư 24/2023/TT-BGDĐT, in force from 26/1/2024: district and province learning units.
  {
    code: 'TT24-2023-UNIT-DISTRICT',
    modelKinds: ['LEARNING_UNIT'],
    unitTier: 'DISTRICT',
    validFrom: '2024-01-26',
    validTo: REFORM_DAY,
    level: 'DISTRICT',
    authority: 'Chủ tịch Ủy ban nhân dân cấp huyện',
    authorityEn: "Chair of the district People's Committee",
    provenance: stated(TT24),
  },
  {
    code: 'TT24-2023-UNIT-DISTRICT-AFTER-REFORM',
    modelKinds: ['LEARNING_UNIT'],
    unitTier: 'DISTRICT',
    validFrom: AFTER_REFORM,
    validTo: null,
    level: 'ABOVE_SELF_ASSESSING',
    authority: ABOVE.vi,
    authorityEn: ABOVE.en,
    provenance: unverified(`Thông tư 24/2023 has the district chair recognise, but ${NO_DISTRICTS}`, TT24),
  },
  {
    code: 'TT24-2023-UNIT-PROVINCE',
    modelKinds: ['LEARNING_UNIT'],
    unitTier: 'PROVINCE',
    validFrom: '2024-01-26',
    validTo: null,
    level: 'PROVINCE',
    authority: 'Chủ tịch Ủy ban nhân dân cấp tỉnh',
    authorityEn: "Chair of the provincial People's Committee",
    provenance: stated(TT24),
  },
  // Thông tư 25/2023/TT-BGDĐT, in force from 12/2/2024: commune and district learning communities.
  {
    code: 'TT25-2023-COMMUNE',
    modelKinds: ['LEARNING_COMMUNITY_COMMUNE'],
    validFrom: '2024-02-12',
    validTo: REFORM_DAY,
    level: 'DISTRICT',
    authority: 'Trưởng phòng Giáo dục và Đào tạo cấp huyện',
    authorityEn: 'Head of the district education office',
    provenance: stated(
      `${TT25}: the file goes to the district education office by 28/2; recognised by 31/3 by its head`,
    ),
  },
  {
    code: 'TT25-2023-COMMUNE-AFTER-REFORM',
    modelKinds: ['LEARNING_COMMUNITY_COMMUNE'],
    validFrom: AFTER_REFORM,
    validTo: null,
    level: 'ABOVE_SELF_ASSESSING',
    authority: ABOVE.vi,
    authorityEn: ABOVE.en,
    provenance: unverified(
      `the district education office is gone after 1/7/2025 (DOMAIN.md marks who recognises communes unverified); ${NO_DISTRICTS}`,
      TT25,
    ),
  },
  {
    code: 'TT25-2023-DISTRICT',
    modelKinds: ['LEARNING_COMMUNITY_DISTRICT'],
    validFrom: '2024-02-12',
    validTo: REFORM_DAY,
    level: 'PROVINCE',
    authority: 'Giám đốc Sở Giáo dục và Đào tạo',
    authorityEn: 'Director of the provincial Department of Education and Training',
    provenance: stated(
      `${TT25}: the file goes to the provincial department by 30/4; recognised by 31/5 by its director`,
    ),
  },
  {
    code: 'TT25-2023-DISTRICT-AFTER-REFORM',
    modelKinds: ['LEARNING_COMMUNITY_DISTRICT'],
    validFrom: AFTER_REFORM,
    validTo: null,
    level: 'ABOVE_SELF_ASSESSING',
    authority: ABOVE.vi,
    authorityEn: ABOVE.en,
    provenance: unverified(`a district's data for 2025 (until 30/6/2025) has no rule: ${NO_DISTRICTS}`, TT25),
  },
  {
    code: 'TT25-2023-PROVINCE',
    modelKinds: ['LEARNING_COMMUNITY_PROVINCE'],
    validFrom: '2024-02-12',
    validTo: null,
    level: 'NATIONAL',
    authority: 'Chưa xác minh (cấp quốc gia)',
    authorityEn: 'Unverified (national level)',
    provenance: unverified(
      'who recognises a province learning community is not in the sources (DOMAIN.md marks it unverified); no unit above a province exists on the map, so only a national ADMIN may recognise',
      TT25,
    ),
  },
];

/**
 * Where no rule above covers a model and period (448/QĐ-KHVN's families, clans, villages and
 * grassroots units, 324/QĐ-KHVN's citizens, the sets before Thông tư 24 and 25/2023): the sources
 * do not name the recognising authority.
 */
export const UNVERIFIED_AUTHORITY: RecognitionAuthorityRule = {
  code: 'UNVERIFIED-ABOVE-SELF-ASSESSING',
  modelKinds: [],
  validFrom: null,
  validTo: null,
  level: 'ABOVE_SELF_ASSESSING',
  authority: ABOVE.vi,
  authorityEn: ABOVE.en,
  provenance: unverified(
    'the sources do not name who recognises this model in this period (DOMAIN.md gives the recognising authority only for Thông tư 24/2023 and 25/2023); the platform lets any officer above the self-assessing unit recognise',
  ),
};
