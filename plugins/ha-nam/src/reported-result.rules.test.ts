import { describe, expect, it } from 'vitest';
import { HA_NAM_REPORTED_RESULTS } from './reported-results.data.js';
import { checkReportedResult, type ReportedResultSeed } from './reported-result.rules.js';

const CLAIMS = [{ code: '35', until: '2025-06-30' }];
const base: ReportedResultSeed = {
  unitCode: '35',
  indicator: 'STEERING_COMMITTEES_COMMUNE',
  description: 'Communes with a committee',
  numerator: 109,
  denominator: 109,
  coverageLevel: 'COMMUNE',
  reportedOn: '2024-11-30',
  source: 'a news article',
};
const rules = (seed: Partial<ReportedResultSeed>) =>
  checkReportedResult({ ...base, ...seed } as ReportedResultSeed, CLAIMS).map((p) => `${p.field}:${p.rule}`);

describe('checkReportedResult', () => {
  it('accepts every shipped result', () => {
    for (const seed of HA_NAM_REPORTED_RESULTS) expect(checkReportedResult(seed, CLAIMS)).toEqual([]);
  });

  it.each([
    ['a count', {}, []],
    ['a standard met', { numerator: undefined, denominator: undefined, coverageLevel: undefined, met: true }, []],
    ['counts and met', { met: true }, ['met:COUNTS_OR_MET']],
    [
      'neither counts nor met',
      { numerator: undefined, denominator: undefined, coverageLevel: undefined },
      ['met:COUNTS_OR_MET'],
    ],
    ['numerator above the denominator', { numerator: 110 }, ['numerator:AT_MOST_DENOMINATOR']],
    ['numerator equal to the denominator', { numerator: 109 }, []],
    ['negative numerator', { numerator: -1 }, ['numerator:COUNT']],
    ['fractional numerator', { numerator: 1.5 }, ['numerator:COUNT']],
    ['zero denominator', { numerator: 0, denominator: 0 }, ['denominator:COUNT']],
    ['numerator without denominator', { denominator: undefined }, ['denominator:COUNT']],
    ['empty indicator', { indicator: ' ' }, ['indicator:REQUIRED']],
    ['lower-case indicator', { indicator: 'committees' }, ['indicator:FORMAT']],
    ['empty source', { source: '' }, ['source:REQUIRED']],
    ['not a date', { reportedOn: '2024-11' }, ['reportedOn:DATE']],
    ['the last day of the claim', { reportedOn: '2025-06-30' }, []],
    ['the day after the claim', { reportedOn: '2025-07-01' }, ['unitCode:OUTSIDE_PLUGIN_PROVINCES']],
    ['another province', { unitCode: '37' }, ['unitCode:OUTSIDE_PLUGIN_PROVINCES']],
    ['an unknown standard', { standardCode: 'PRESCHOOL_4' }, ['standardCode:KNOWN_STANDARD']],
    [
      'a coverage level without counts',
      { numerator: undefined, denominator: undefined, met: true },
      ['coverageLevel:COUNTS_ONLY'],
    ],
  ] as const)('%s', (_, seed, expected) => {
    expect(rules(seed as Partial<ReportedResultSeed>)).toEqual(expected);
  });
});
