import { InvalidArgumentError } from 'commander';

/**
 * Parsers for command-line options. Each error names the rule; commander puts the option and the
 * value in front ("option '--as-of <date>' argument '02/07/2025' is invalid. …").
 */

/** An ISO date (YYYY-MM-DD) that exists: 02/07/2025 is ambiguous (2 July or 7 February?), so only ISO. */
export function isoDate(value: string): string {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  const day = match ? new Date(Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3]))) : null;
  if (!match || !day || day.toISOString().slice(0, 10) !== value)
    throw new InvalidArgumentError('Expected an ISO date, YYYY-MM-DD (e.g. 2025-07-02), that exists.');
  return value;
}

/** A lifetime such as 30m, 8h or 30d: a whole number and one unit (s, m, h, d), at most a year. */
export function duration(value: string): string {
  const match = /^(\d+)(s|m|h|d)$/.exec(value);
  const seconds = match ? Number(match[1]) * { s: 1, m: 60, h: 3600, d: 86_400 }[match[2] as 's' | 'm' | 'h' | 'd'] : 0;
  if (!match || seconds < 1 || seconds > 366 * 86_400)
    throw new InvalidArgumentError('Expected a lifetime such as 30m, 8h or 30d (s, m, h or d; at most 366d).');
  return value;
}
