import { describe, expect, it } from 'vitest';
import { DEFAULT_STATE, type ExplorerState, parseState, queryOf, stateToSearch } from './explorer-state.js';

const VIEW: ExplorerState = {
  measures: ['LEARNING_FAMILY_SHARE', 'EVALUATIONS'],
  dimensions: ['UNIT', 'YEAR'],
  level: 'PROVINCE',
  map: 'HISTORICAL',
  yearFrom: 2016,
  yearTo: 2025,
  unitCode: '87',
  chart: 'line',
};

describe('the explorer view in the URL', () => {
  it('comes back unchanged from its query string', () => {
    expect(parseState(stateToSearch(VIEW))).toEqual(VIEW);
    expect(parseState(stateToSearch(DEFAULT_STATE))).toEqual(DEFAULT_STATE);
  });

  it('leaves defaults out of the link', () => {
    expect(stateToSearch(DEFAULT_STATE)).toBe('?m=EVALUATIONS&d=UNIT');
  });

  it('opens on the default view from an empty or tampered query string, keeping what is valid', () => {
    expect(parseState('')).toEqual(DEFAULT_STATE);
    const odd = parseState(
      '?m=EVALUATIONS,<script>,EVALUATIONS&d=UNIT,NOPE,YEAR,RATING&l=COUNTY&from=20x6&to=2025&u=1;drop&c=pie',
    );
    expect(odd).toEqual({ ...DEFAULT_STATE, measures: ['EVALUATIONS'], dimensions: ['UNIT', 'YEAR'], yearTo: 2025 });
  });

  it('asks at most five measures', () => {
    expect(parseState('?m=A,B,C,D,E,F,G').measures).toEqual(['A', 'B', 'C', 'D', 'E']);
  });
});

describe('queryOf', () => {
  it('asks for units at the level and on the map chosen, and only the filters given', () => {
    expect(queryOf(VIEW)).toEqual({
      measures: ['LEARNING_FAMILY_SHARE', 'EVALUATIONS'],
      dimensions: [{ dimension: 'UNIT', level: 'PROVINCE', map: 'HISTORICAL' }, { dimension: 'YEAR' }],
      filters: { yearFrom: 2016, yearTo: 2025, unitCode: '87' },
    });
    expect(queryOf(DEFAULT_STATE)).toEqual({
      measures: ['EVALUATIONS'],
      dimensions: [{ dimension: 'UNIT', level: 'PROVINCE', map: 'CURRENT' }],
    });
  });
});
