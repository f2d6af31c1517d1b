import { unverified } from '../common/provenance.js';

/**
 * Facts about the UNESCO Global Network of Learning Cities (GNLC) as data, from DOMAIN.md
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

/** Cities each National Commission may nominate for one edition of the UNESCO Learning City Award. */
export const NOMINATIONS_PER_COUNTRY = 2;

/** The award's cycle, in years (DOMAIN.md: every three years). Informative: award years are not validated against it. */
export const AWARD_CYCLE_YEARS = 3;

/** A member is eligible for the award after strictly more than this many months of membership. */
export const AWARD_MIN_MEMBERSHIP_MONTHS = 12;

/** A past winner waits this many years before it may be nominated again. */
export const AWARD_WINNER_WAIT_YEARS = 6;

/** Members submit a progress report for each period of this many years (biennial). */
export const PROGRESS_REPORT_YEARS = 2;

/**
 * DOMAIN.md says members submit a biennial progress report; it does not say how the periods fall.
 * The platform's convention (gnlc.rules.ts, endedProgressPeriods) is therefore marked unverified.
 */
export const PROGRESS_PERIOD_PROVENANCE = unverified(
  'The sources say only that members report every two years; how UIL sets the periods and their deadlines is not in the sources: the platform counts two calendar years from the first full year of membership, so a report shown as due may not be due yet',
  'UNESCO Institute for Lifelong Learning: GNLC membership (a biennial progress report)',
);
