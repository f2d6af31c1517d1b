/**
 * Who may recognise an evaluation, from the rules as data (recognition-authority.data.ts): pure
 * functions over the evaluation's frozen lineage, so a workflow decision needs no query beyond the
 * levels of that lineage.
 */
import type { ModelKind, UnitTier } from '../criteria/criteria.model.js';
import { ratingDay } from '../criteria/set-choice.rules.js';
import { AdminLevel } from '../geography/geography.enums.js';
import type { Standing } from '../workflows/workflow.rules.js';
import {
  RECOGNITION_AUTHORITY_RULES,
  UNVERIFIED_AUTHORITY,
  type RecognitionAuthorityRule,
} from './recognition-authority.data.js';

/** The rule for a model, a learning unit's tier and a year (read on its 31 December). */
export function recognitionAuthorityFor(
  modelKind: ModelKind,
  unitTier: UnitTier | null,
  year: number,
  rules: readonly RecognitionAuthorityRule[] = RECOGNITION_AUTHORITY_RULES,
): RecognitionAuthorityRule {
  const day = ratingDay(year);
  const matching = rules.filter(
    (r) =>
      r.modelKinds.includes(modelKind) &&
      (r.unitTier === undefined || r.unitTier === unitTier) &&
      (r.validFrom === null || r.validFrom <= day) &&
      (r.validTo === null || day <= r.validTo),
  );
  // Two rules for one case would let data order decide who recognises: a data error.
  if (matching.length > 1)
    throw new Error(`Recognition rules ${matching.map((r) => r.code).join(', ')} all cover ${modelKind} in ${year}.`);
  return matching[0] ?? UNVERIFIED_AUTHORITY;
}

export function authorityRuleByCode(code: string): RecognitionAuthorityRule | undefined {
  return [...RECOGNITION_AUTHORITY_RULES, UNVERIFIED_AUTHORITY].find((r) => r.code === code);
}

/** An evaluation's lineage (its unit first, then ancestors to the province) with each unit's level. */
export interface LineageView {
  readonly ids: readonly string[];
  readonly levels: readonly AdminLevel[];
  /** Position of the self-assessing unit in `ids`. */
  readonly evaluatingIndex: number;
}

const LEVEL: Partial<Record<RecognitionAuthorityRule['level'], AdminLevel>> = {
  DISTRICT: AdminLevel.DISTRICT,
  PROVINCE: AdminLevel.PROVINCE,
};

/** The id of the unit whose authority recognises; null where the rule names no single unit. */
export function authorityUnitId(rule: RecognitionAuthorityRule, lineage: LineageView): string | null {
  const level = LEVEL[rule.level];
  if (!level) return null;
  const at = lineage.levels.indexOf(level);
  return at >= 0 ? (lineage.ids[at] ?? null) : null;
}

/** Whether a caller (scoped to `scopeUnitId`, with `standing` towards the evaluation) is the recognising authority. */
export function isAtAuthority(
  rule: RecognitionAuthorityRule,
  lineage: LineageView,
  caller: { scopeUnitId: string | null; standing: Standing },
): boolean {
  switch (rule.level) {
    case 'DISTRICT':
    case 'PROVINCE':
      return caller.scopeUnitId !== null && caller.scopeUnitId === authorityUnitId(rule, lineage);
    case 'ABOVE_SELF_ASSESSING':
      return caller.standing === 'ABOVE';
    case 'NATIONAL':
      return false;
  }
}

/**
 * Why a decision by the unit `decidingUnitId` cannot recognise the evaluation under `rule`, or
 * null when it can: the named unit itself, a unit above the self-assessing one, or (national) a unit
 * of the lineage the decision is about.
 */
export function decidingUnitProblem(
  rule: RecognitionAuthorityRule,
  lineage: LineageView,
  decidingUnitId: string,
): string | null {
  const at = lineage.ids.indexOf(decidingUnitId);
  switch (rule.level) {
    case 'DISTRICT':
    case 'PROVINCE': {
      const wanted = authorityUnitId(rule, lineage);
      return wanted === decidingUnitId
        ? null
        : `is recognised by ${rule.authorityEn} of its ${rule.level.toLowerCase()} (${rule.provenance.source ?? rule.code}), not by this unit`;
    }
    case 'ABOVE_SELF_ASSESSING':
      return at > lineage.evaluatingIndex ? null : 'must be recognised by a unit above the self-assessing one';
    case 'NATIONAL':
      return at >= 0 ? null : 'lies outside the unit of the decision';
  }
}
