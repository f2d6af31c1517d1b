/**
 * Facts about applications to the UNESCO Global Network of Learning Cities (GNLC) as data, from DOMAIN.md
 * ("UNESCO Global Network of Learning Cities (GNLC)"). A new call, or a limit learned later, is a
 * new row here, not a change to the rules.
 */

/** One call for applications: the National Commission forwards applications to UIL within it. */
export interface GnlcCallWindow {
  /** The year of the call; an application names it as its `callYear`. */
  readonly year: number;
  /** First day applications may be forwarded to UIL (inclusive). */
  readonly opensOn: string;
  /** Last day applications may be forwarded to UIL (inclusive). */
  readonly closesOn: string;
  /** Cities a National Commission may forward in this call; null where DOMAIN.md does not know it. */
  readonly maxCitiesPerCountry: number | null;
  /** Where the facts come from and what is not known. */
  readonly note: string;
}

export const GNLC_CALL_WINDOWS: readonly GnlcCallWindow[] = [
  {
    year: 2023,
    opensOn: '2023-04-01',
    closesOn: '2023-05-31',
    maxCitiesPerCountry: 3,
    note: 'UNESCO GNLC call for applications, 2023: 1 April–31 May, up to 3 cities per country.',
  },
  {
    year: 2025,
    opensOn: '2025-05-15',
    closesOn: '2025-06-15',
    // The per-country limit is known only for the 2023 call; do not assume it carried over.
    maxCitiesPerCountry: null,
    note: 'UNESCO GNLC call for applications, 2025: 15 May–15 June; the per-country limit is known only for 2023.',
  },
];

/** Words allowed in each of the motivation and implementation texts of the application form. */
export const MAX_FORM_WORDS = 200;

/** Lowest and highest rating of a challenge on the application form. */
export const CHALLENGE_RATING = { min: 1, max: 5 } as const;
