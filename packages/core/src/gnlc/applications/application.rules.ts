/**
 * Pure rules of applications to the UNESCO Global Network of Learning Cities (GNLC): the
 * application form and the call windows (DOMAIN.md, "UNESCO Global Network of Learning Cities
 * (GNLC)"). Dates are `YYYY-MM-DD` strings.
 */
import type { FieldProblem } from '../../common/errors.js';
import { CHALLENGE_RATING, GNLC_CALL_WINDOWS, MAX_FORM_WORDS, type GnlcCallWindow } from './application.data.js';

/** A person named on the form: the mayor, or the city's contact. */
export interface GnlcPerson {
  name?: string | null;
  position?: string | null;
  email?: string | null;
  phone?: string | null;
}

/** The city profile of the form. */
export interface GnlcCityProfile {
  population?: number | null;
  areaKm2?: number | null;
  gdpPerCapitaUsd?: number | null;
  averageYearsOfSchoolingMale?: number | null;
  averageYearsOfSchoolingFemale?: number | null;
}

/** A challenge the city faces, rated from 1 to 5. */
export interface GnlcChallenge {
  challenge: string;
  rating: number;
}

/**
 * The application form as the city fills it in. Every part may be missing while the application
 * is a draft; signing needs it complete (see `checkApplicationForm`).
 */
export interface GnlcApplicationForm {
  /** The city commits to the Beijing Declaration on Building Learning Cities. */
  commitsToBeijingDeclaration?: boolean | null;
  /** The city commits to the Key Features of Learning Cities. */
  commitsToKeyFeatures?: boolean | null;
  mayor?: GnlcPerson | null;
  contact?: GnlcPerson | null;
  profile?: GnlcCityProfile | null;
  motivation?: string | null;
  implementation?: string | null;
  challenges?: GnlcChallenge[] | null;
}

/** Rules that only say the form is not finished yet: a draft may break them, signing may not. */
export const INCOMPLETE_RULES: ReadonlySet<string> = new Set(['REQUIRED', 'MUST_COMMIT']);

/** Words in a text, counted on whitespace. */
export function wordCount(text: string): number {
  const trimmed = text.trim();
  return trimmed === '' ? 0 : trimmed.split(/\s+/u).length;
}

const blank = (value: string | null | undefined) => value === null || value === undefined || value.trim() === '';
const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/u;

/**
 * Every problem with the form, each naming its field (relative to the form, e.g. `motivation`,
 * `profile.population`, `challenges[2].rating`) and the rule: REQUIRED (missing), MUST_COMMIT (a
 * commitment not given), MAX_WORDS (with the count), RANGE (a challenge rating outside 1–5),
 * POSITIVE (a profile figure not above zero), EMAIL. An empty list means the mayor may sign.
 */
export function checkApplicationForm(form: GnlcApplicationForm): FieldProblem[] {
  const problems: FieldProblem[] = [];
  const add = (field: string, rule: string, message: string) => problems.push({ field, rule, message });
  for (const field of ['commitsToBeijingDeclaration', 'commitsToKeyFeatures'] as const)
    if (form[field] !== true)
      add(
        field,
        'MUST_COMMIT',
        field === 'commitsToBeijingDeclaration'
          ? 'the city must commit to the Beijing Declaration on Building Learning Cities'
          : 'the city must commit to the Key Features of Learning Cities',
      );
  for (const who of ['mayor', 'contact'] as const) {
    const person = form[who] ?? {};
    const required = who === 'mayor' ? (['name', 'position'] as const) : (['name', 'position', 'email'] as const);
    for (const field of required) if (blank(person[field])) add(`${who}.${field}`, 'REQUIRED', 'must not be empty');
    if (!blank(person.email) && !EMAIL.test(person.email!.trim()))
      add(`${who}.email`, 'EMAIL', 'is not an e-mail address');
  }
  const profile = form.profile ?? {};
  for (const field of [
    'population',
    'areaKm2',
    'gdpPerCapitaUsd',
    'averageYearsOfSchoolingMale',
    'averageYearsOfSchoolingFemale',
  ] as const) {
    const value = profile[field];
    if (value === null || value === undefined) add(`profile.${field}`, 'REQUIRED', 'must be given');
    else if (!Number.isFinite(value) || value <= 0) add(`profile.${field}`, 'POSITIVE', 'must be a number above 0');
  }
  for (const field of ['motivation', 'implementation'] as const) {
    const text = form[field];
    if (blank(text)) {
      add(field, 'REQUIRED', 'must not be empty');
      continue;
    }
    const words = wordCount(text!);
    if (words > MAX_FORM_WORDS) add(field, 'MAX_WORDS', `must have at most ${MAX_FORM_WORDS} words; it has ${words}`);
  }
  const challenges = form.challenges ?? [];
  if (challenges.length === 0) add('challenges', 'REQUIRED', 'rate at least one challenge');
  challenges.forEach((c, i) => {
    if (blank(c.challenge)) add(`challenges[${i}].challenge`, 'REQUIRED', 'must name the challenge');
    if (!Number.isInteger(c.rating) || c.rating < CHALLENGE_RATING.min || c.rating > CHALLENGE_RATING.max)
      add(
        `challenges[${i}].rating`,
        'RANGE',
        `must be a whole number from ${CHALLENGE_RATING.min} to ${CHALLENGE_RATING.max}; it is ${c.rating}`,
      );
  });
  return problems;
}

/** The problems a draft may not be saved with: wrong values, as opposed to values not entered yet. */
export function draftProblems(problems: readonly FieldProblem[]): FieldProblem[] {
  return problems.filter((p) => !INCOMPLETE_RULES.has(p.rule));
}

/** Checks of an application's header: the call's year and the day it is read on. */
export function checkApplicationHeader(input: { callYear: number; appliedOn: string }, today: string): FieldProblem[] {
  const problems: FieldProblem[] = [];
  if (!Number.isInteger(input.callYear) || input.callYear < 1000 || input.callYear > 9999)
    problems.push({ field: 'callYear', rule: 'YEAR', message: 'must be a four-digit year' });
  if (input.appliedOn > today)
    problems.push({ field: 'appliedOn', rule: 'NOT_FUTURE', message: 'must not be in the future' });
  return problems;
}

/** The call window that contains `day` (first and last days included), or null. */
export function callWindowOn(
  day: string,
  windows: readonly GnlcCallWindow[] = GNLC_CALL_WINDOWS,
): GnlcCallWindow | null {
  return windows.find((w) => w.opensOn <= day && day <= w.closesOn) ?? null;
}

/** The call window of a year, or null when none is known. */
export function callWindowOf(
  year: number,
  windows: readonly GnlcCallWindow[] = GNLC_CALL_WINDOWS,
): GnlcCallWindow | null {
  return windows.find((w) => w.year === year) ?? null;
}

/** "2023: 2023-04-01 to 2023-05-31; 2025: …", for messages. */
export function describeCallWindows(windows: readonly GnlcCallWindow[] = GNLC_CALL_WINDOWS): string {
  return windows.map((w) => `${w.year}: ${w.opensOn} to ${w.closesOn}`).join('; ');
}
