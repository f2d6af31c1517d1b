import { describe, expect, it } from 'vitest';
import { analyticsCost } from './analytics-cost.rules.js';

describe('analyticsCost', () => {
  it.each([
    ['no query at all', undefined, 2000],
    ['one measure, no dimension', { measures: ['EVALUATIONS'] }, 2200],
    ['two measures by unit and year', { measures: ['A', 'B'], dimensions: [{}, {}] }, 2800],
    ['a malformed list', { measures: 'A' }, 2000],
  ])('%s costs %s', (_case, query, cost) => {
    expect(analyticsCost(query)).toBe(cost);
  });

  it('lets at most nine one-measure tables into one request under the default limit of 20,000', () => {
    const one = analyticsCost({ measures: ['EVALUATIONS'] });
    expect(Math.floor(20_000 / one)).toBe(9);
  });
});
