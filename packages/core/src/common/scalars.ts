import { GraphQLScalarType } from 'graphql';
import { GraphQLLocalDate } from 'graphql-scalars';

export const DATE_RANGE = { from: '1900-01-01', to: '2199-12-31' } as const;

/**
 * The programme's dates lie in 1900–2199; PostgreSQL cannot store year 0, and a far year in a
 * date computation fails there as a database error instead of as the caller's mistake.
 */
function inRange(value: unknown): string {
  const date = value as string;
  if (date < DATE_RANGE.from || date > DATE_RANGE.to)
    throw new TypeError(`Value is not a date from ${DATE_RANGE.from} to ${DATE_RANGE.to}: ${date}`);
  return date;
}

const local = GraphQLLocalDate.toConfig();

/**
 * A calendar date, `YYYY-MM-DD`, with no time zone: the validity of units, criteria and rules are
 * whole days. Validation comes from graphql-scalars' LocalDate; the name `Date` is what clients use.
 */
export const DateScalar = new GraphQLScalarType({
  ...local,
  name: 'Date',
  description: `A calendar date in ISO 8601 form, YYYY-MM-DD (no time zone), from ${DATE_RANGE.from} to ${DATE_RANGE.to}.`,
  parseValue: (value) => inRange(local.parseValue!(value)),
  parseLiteral: (ast, variables) => inRange(local.parseLiteral!(ast, variables)),
});

/** Today's date in Vietnam (UTC+7), where the platform's dates are meant. */
export function todayInVietnam(now: Date = new Date()): string {
  return new Date(now.getTime() + 7 * 3_600_000).toISOString().slice(0, 10);
}
