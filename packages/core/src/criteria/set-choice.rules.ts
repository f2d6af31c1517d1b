import type { ModelKind, UnitTier } from './criteria.model.js';

export interface SetCandidate {
  modelKind: ModelKind;
  unitTier?: UnitTier | null | undefined;
  issuer: string;
  provinceCodes?: readonly string[] | null | undefined;
  /** A province's set: the source saying the province issued its own criteria (see pickSet). */
  replacesNationalBasis?: string | null | undefined;
  validFrom: string;
  validTo?: string | null | undefined;
}

export interface SetChoice {
  modelKind: ModelKind;
  year: number;
  unitTier?: UnitTier | null | undefined;
  /** The subject's province code in that year: a province's own criteria win over the national set. */
  provinceCode?: string | null | undefined;
}

/** The day whose criteria rate a year's data: data runs 1/1–31/12, so the set in force on 31/12. */
export const ratingDay = (year: number) => `${year}-12-31`;

/**
 * The set in force for a model and year: among sets valid on 31 December, the most recent
 * `validFrom` first, a province's set for the subject's province before the national set, but only
 * when a source says the province issued those criteria (`replacesNationalBasis`). A province plan
 * that implements a national regulation (Đồng Tháp's Kế hoạch 278/KH-UBND implements the rating of
 * learning units, sources/002 II.2.a) issues no criteria: the national set applies there.
 */
export function pickSet<T extends SetCandidate>(candidates: readonly T[], choice: SetChoice): T | null {
  const day = ratingDay(choice.year);
  const inForce = candidates
    .filter(
      (s) =>
        s.modelKind === choice.modelKind &&
        s.validFrom <= day &&
        (!s.validTo || s.validTo >= day) &&
        (!choice.unitTier || s.unitTier === choice.unitTier),
    )
    .sort((a, b) => b.validFrom.localeCompare(a.validFrom));
  const provincial = inForce.find(
    (s) => !!s.replacesNationalBasis && !!choice.provinceCode && !!s.provinceCodes?.includes(choice.provinceCode),
  );
  return provincial ?? inForce.find((s) => s.issuer === 'NATIONAL') ?? null;
}
