/**
 * Facts about GNLC membership as data, from DOMAIN.md ("UNESCO Global Network of Learning Cities
 * (GNLC)"): the UNESCO Learning City Award and the biennial progress reports. A limit learned later
 * is a change here, not to the rules.
 */
import { unverified } from '../../common/provenance.js';

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
 * The platform's convention (membership.rules.ts, endedProgressPeriods) is therefore marked unverified.
 */
export const PROGRESS_PERIOD_PROVENANCE = unverified(
  'The sources say only that members report every two years; how UIL sets the periods and their deadlines is not in the sources: the platform counts two calendar years from the first full year of membership, so a report shown as due may not be due yet',
  'UNESCO Institute for Lifelong Learning: GNLC membership (a biennial progress report)',
);
