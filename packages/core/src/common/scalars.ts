import { GraphQLScalarType } from 'graphql';
import { GraphQLLocalDate } from 'graphql-scalars';

/**
 * A calendar date, `YYYY-MM-DD`, with no time zone: the validity of units, criteria and rules are
 * whole days. Validation comes from graphql-scalars' LocalDate; the name `Date` is what clients use.
 */
export const DateScalar = new GraphQLScalarType({
  ...GraphQLLocalDate.toConfig(),
  name: 'Date',
  description: 'A calendar date in ISO 8601 form, YYYY-MM-DD (no time zone).',
});

/** Today's date in Vietnam (UTC+7), where the platform's dates are meant. */
export function todayInVietnam(now: Date = new Date()): string {
  return new Date(now.getTime() + 7 * 3_600_000).toISOString().slice(0, 10);
}
