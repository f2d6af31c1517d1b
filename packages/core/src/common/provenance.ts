/**
 * Whether a fact the platform states was checked against its legal source, and, when it was not,
 * what is not known (DOMAIN.md: "never invent a law, date or number; where unverified, build it as
 * data and label it"). Officials act on what the platform tells them, so every guess carries one.
 */
export interface Provenance {
  readonly verified: boolean;
  /** The document the fact comes from, as DOMAIN.md or a source gives it; null when none does. */
  readonly source: string | null;
  /** When not verified: what is not known, and what the platform assumes meanwhile. */
  readonly unknown: string | null;
}

/** A fact stated by its source. */
export const stated = (source: string): Provenance => ({ verified: true, source, unknown: null });

/** A fact the sources do not state: what is unknown, and the source it was inferred from (if any). */
export const unverified = (unknown: string, source: string | null = null): Provenance => ({
  verified: false,
  source,
  unknown,
});

/** What is wrong with a provenance: an unverified fact must say what is unknown. Empty when fine. */
export function provenanceProblems(p: Provenance, at: string): string[] {
  if (!p.verified && !p.unknown?.trim()) return [`${at}: an unverified fact must say what is unknown`];
  if (p.verified && !p.source?.trim()) return [`${at}: a verified fact must name its source`];
  return [];
}

/** What a record an official entered carries: their own document is its source. */
export const ENTERED = (what: string): Provenance => stated(`entered by an officer from ${what}`);
