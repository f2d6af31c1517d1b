import { describe, expect, it } from 'vitest';
import { CATEGORY_COMBOS, NATIONAL_DATA_SETS, NATIONAL_ELEMENTS } from './reporting.data.js';
import type { ReportValue, ValidationRuleDefinition, ValueType } from './reporting.model.js';
import { checkValues, normaliseValue, ruleProblems, runValidationRules, termValue } from './validation.rules.js';

const elements = new Map(NATIONAL_ELEMENTS.map((e) => [e.code, e]));
const combos = new Map(CATEGORY_COMBOS.map((c) => [c.code, c]));
const CLC = NATIONAL_DATA_SETS.find((s) => s.code === 'CLC_YEAR')!;
const v = (element: string, value: string, category: string | null = null): ReportValue => ({
  element,
  category,
  value,
});

describe('normaliseValue', () => {
  it.each<[ValueType, string, string | null]>([
    ['COUNT', '0', '0'],
    ['COUNT', '007', '7'],
    ['COUNT', ' 12 ', '12'],
    ['COUNT', '-1', null],
    ['COUNT', '1.5', null],
    ['COUNT', '', null],
    ['MONEY_VND', '1500000', '1500000'],
    ['MONEY_VND', '1e6', null],
    ['NUMBER', '-2.5', '-2.5'],
    ['NUMBER', 'abc', null],
    ['PERCENT', '0', '0'],
    ['PERCENT', '100', '100'],
    ['PERCENT', '100.01', null],
    ['PERCENT', '-0.1', null],
    ['BOOLEAN', 'TRUE', 'true'],
    ['BOOLEAN', 'false', 'false'],
    ['BOOLEAN', 'yes', null],
    ['TEXT', ' ghi chú ', 'ghi chú'],
    ['TEXT', '   ', null],
    ['TEXT', 'x'.repeat(2001), null],
  ])('%s %j → %j', (type, raw, expected) => {
    const r = normaliseValue(type, raw);
    if (expected === null) expect(r).toHaveProperty('problem');
    else expect(r).toEqual({ value: expected });
  });
});

describe('checkValues', () => {
  const check = (values: ReportValue[]) => checkValues(values, CLC.elements, elements, combos);
  const rules = (values: ReportValue[]) => check(values).problems.map((p) => `${p.field}:${p.rule}`);

  it('accepts parts with their total and normalises them', () => {
    const r = check([
      v('CLC_PARTICIPANTS', '30'),
      v('CLC_PARTICIPANTS', '010', 'MALE'),
      v('CLC_PARTICIPANTS', '20', 'FEMALE'),
    ]);
    expect(r.problems).toEqual([]);
    expect(r.values.map((x) => x.value)).toEqual(['30', '10', '20']);
  });

  it.each([
    [[v('POPULATION', '1')], 'values[0].element:ELEMENT_IN_SET'],
    [[v('NO_SUCH', '1')], 'values[0].element:ELEMENT_IN_SET'],
    [[v('CLC_PARTICIPANTS', '1', 'AGE_15_35')], 'values[0].category:CATEGORY'],
    [[v('CLC_COURSES', '1', 'MALE')], 'values[0].category:CATEGORY'],
    [[v('CLC_COURSES', '1'), v('CLC_COURSES', '2')], 'values[1]:UNIQUE_VALUE'],
    [[v('CLC_COURSES', 'many')], 'values[0].value:VALUE_TYPE'],
    [[v('CLC_FUNDING', '-5')], 'values[0].value:VALUE_TYPE'],
  ])('refuses %j with %s', (values, rule) => {
    expect(rules(values)).toEqual([rule]);
  });

  it('refuses a total one off the sum of all its parts, either way', () => {
    const parts = [v('CLC_PARTICIPANTS', '10', 'MALE'), v('CLC_PARTICIPANTS', '20', 'FEMALE')];
    expect(rules([v('CLC_PARTICIPANTS', '31'), ...parts])).toEqual(['values:TOTAL_EQUALS_PARTS']);
    expect(rules([v('CLC_PARTICIPANTS', '29'), ...parts])).toEqual(['values:TOTAL_EQUALS_PARTS']);
    expect(rules([v('CLC_PARTICIPANTS', '30'), ...parts])).toEqual([]);
  });

  it('with parts missing, takes a total at least their sum', () => {
    expect(rules([v('CLC_PARTICIPANTS', '10'), v('CLC_PARTICIPANTS', '10', 'MALE')])).toEqual([]);
    expect(rules([v('CLC_PARTICIPANTS', '9'), v('CLC_PARTICIPANTS', '10', 'MALE')])).toEqual([
      'values:TOTAL_EQUALS_PARTS',
    ]);
  });
});

describe('termValue', () => {
  const values = [v('POPULATION', '100', 'AGE_15_35'), v('POPULATION', '50', 'OVER_60'), v('CLC_COURSES', '4')];
  it.each([
    ['POPULATION.AGE_15_35', 100],
    ['POPULATION', 150],
    ['POPULATION.UNDER_15', null],
    ['CLC_COURSES', 4],
    ['CLC_FUNDING', null],
  ])('%s = %j', (term, expected) => expect(termValue(values, term)).toBe(expected));
  it('prefers a total given to the sum of its parts', () => {
    expect(termValue([v('POPULATION', '200'), v('POPULATION', '100', 'AGE_15_35')], 'POPULATION')).toBe(200);
  });
});

describe('runValidationRules', () => {
  const rule = (
    operator: ValidationRuleDefinition['operator'],
    importance: ValidationRuleDefinition['importance'] = 'HIGH',
  ) => ({
    code: 'R',
    name: 'literate 15–35 vs population 15–35',
    left: ['LITERACY1_15_35'],
    operator,
    right: ['LITERACY1_15_35_BASE'],
    importance,
  });
  const values = (left: string, right: string) => [v('LITERACY1_15_35', left), v('LITERACY1_15_35_BASE', right)];
  it.each([
    ['LE', '100', '100', true],
    ['LE', '101', '100', false],
    ['LT', '99', '100', true],
    ['LT', '100', '100', false],
    ['EQ', '100', '100', true],
    ['EQ', '100', '101', false],
    ['NE', '100', '100', false],
    ['GE', '100', '100', true],
    ['GE', '99', '100', false],
    ['GT', '101', '100', true],
    ['GT', '100', '100', false],
  ] as const)('%s with %s and %s holds: %s', (op, left, right, holds) => {
    const violations = runValidationRules([rule(op)], values(left, right));
    expect(violations.length === 0).toBe(holds);
    if (!holds)
      expect(violations[0]).toMatchObject({ rule: 'R', left: Number(left), right: Number(right), blocking: true });
  });

  it('skips a rule with a side missing, and a LOW rule does not block', () => {
    expect(runValidationRules([rule('LE')], [v('LITERACY1_15_35', '5')])).toEqual([]);
    expect(runValidationRules([rule('LE', 'LOW')], values('101', '100'))[0]!.blocking).toBe(false);
    expect(runValidationRules([rule('LE', 'MEDIUM')], values('101', '100'))[0]!.blocking).toBe(true);
  });

  it('sums the terms of a side', () => {
    const r = { ...rule('LE'), left: ['POPULATION.AGE_15_35', 'POPULATION.AGE_36_60'], right: ['POPULATION'] };
    const pop = [v('POPULATION', '100'), v('POPULATION', '60', 'AGE_15_35'), v('POPULATION', '40', 'AGE_36_60')];
    expect(runValidationRules([r], pop)).toEqual([]);
    expect(runValidationRules([r], [...pop.slice(0, 2), v('POPULATION', '41', 'AGE_36_60')])).toHaveLength(1);
  });
});

describe('the national data sets', () => {
  it.each(NATIONAL_DATA_SETS.map((s) => [s.code, s] as const))(
    '%s names only its own numeric elements in its rules',
    (_, set) => {
      expect(set.elements.filter((e) => !elements.has(e))).toEqual([]);
      expect(set.validationRules.flatMap((r) => ruleProblems(r, set.elements, elements, combos))).toEqual([]);
    },
  );
  it('names no unknown disaggregation', () => {
    expect(NATIONAL_ELEMENTS.filter((e) => e.disaggregation && !combos.has(e.disaggregation))).toEqual([]);
  });
});
