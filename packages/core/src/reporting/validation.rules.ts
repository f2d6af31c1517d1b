/**
 * The checks of a report's values, pure: each value against its element's type and
 * disaggregation, totals against their parts, and the data set's validation rules
 * (`left operator right`, DHIS2's), whose violations warn on save and block SUBMIT unless LOW.
 */
import type { FieldProblem } from '../common/errors.js';
import type {
  CategoryCombo,
  DataElementDefinition,
  Importance,
  Operator,
  ReportValue,
  ValidationRuleDefinition,
  ValueType,
} from './reporting.model.js';

export const MAX_TEXT = 2000;

/** The value in its one stored spelling, or a problem with it. */
export function normaliseValue(type: ValueType, raw: string): { value: string } | { problem: string } {
  const text = raw.trim();
  const number = Number(text);
  const isNumber = text !== '' && Number.isFinite(number);
  switch (type) {
    case 'COUNT':
    case 'MONEY_VND':
      return /^\d{1,15}$/.test(text)
        ? { value: String(Number(text)) }
        : { problem: `must be a whole number of 0 or more (${type === 'COUNT' ? 'a count' : 'đồng'})` };
    case 'NUMBER':
      return isNumber ? { value: String(number) } : { problem: 'must be a number' };
    case 'PERCENT':
      return isNumber && number >= 0 && number <= 100
        ? { value: String(number) }
        : { problem: 'must be a percentage from 0 to 100' };
    case 'BOOLEAN':
      return /^(true|false)$/i.test(text) ? { value: text.toLowerCase() } : { problem: 'must be true or false' };
    case 'TEXT':
      return text.length > 0 && text.length <= MAX_TEXT
        ? { value: text }
        : { problem: `must have 1 to ${MAX_TEXT} characters` };
  }
}

const NUMERIC: ReadonlySet<ValueType> = new Set(['COUNT', 'NUMBER', 'PERCENT', 'MONEY_VND']);
/** Types whose parts add up to their total (a percentage's parts do not). */
const ADDITIVE: ReadonlySet<ValueType> = new Set(['COUNT', 'NUMBER', 'MONEY_VND']);

const keyOf = (element: string, category: string | null) => (category ? `${element}.${category}` : element);

/**
 * Checks values against the data set's elements: each element in the set, each category an option
 * of the element's disaggregation, each value of the element's type, no value twice, and a total
 * given beside its parts equal to their sum (at least their sum while parts are missing).
 * Returns the values normalised, and the problems (`values[i].…`, rule codes).
 */
export function checkValues(
  values: readonly ReportValue[],
  elementCodes: readonly string[],
  elements: ReadonlyMap<string, DataElementDefinition>,
  combos: ReadonlyMap<string, CategoryCombo>,
): { values: ReportValue[]; problems: FieldProblem[] } {
  const problems: FieldProblem[] = [];
  const inSet = new Set(elementCodes);
  const seen = new Set<string>();
  const out: ReportValue[] = [];
  values.forEach((v, i) => {
    const at = `values[${i}]`;
    const element = elements.get(v.element);
    if (!element || !inSet.has(v.element))
      return problems.push({
        field: `${at}.element`,
        rule: 'ELEMENT_IN_SET',
        message: `${v.element} is not an element of the data set`,
      });
    const category = v.category ?? null;
    const combo = element.disaggregation ? combos.get(element.disaggregation) : undefined;
    if (category !== null && !combo?.options.some((o) => o.code === category))
      return problems.push({
        field: `${at}.category`,
        rule: 'CATEGORY',
        message: combo
          ? `${category} is not a part of ${v.element} (${combo.options.map((o) => o.code).join(', ')})`
          : `${v.element} has no parts; leave category empty`,
      });
    const key = keyOf(v.element, category);
    if (seen.has(key)) return problems.push({ field: at, rule: 'UNIQUE_VALUE', message: `${key} is given twice` });
    seen.add(key);
    const normal = normaliseValue(element.valueType, v.value);
    if ('problem' in normal)
      return problems.push({ field: `${at}.value`, rule: 'VALUE_TYPE', message: `${key} ${normal.problem}` });
    if (v.comment && v.comment.length > MAX_TEXT)
      return problems.push({ field: `${at}.comment`, rule: 'LENGTH', message: `at most ${MAX_TEXT} characters` });
    return out.push({ element: v.element, category, value: normal.value, comment: v.comment?.trim() || null });
  });
  if (problems.length === 0) problems.push(...totalProblems(out, elements, combos));
  return { values: out, problems };
}

/** A total beside its parts: equal to their sum when every part is given, at least their sum otherwise. */
export function totalProblems(
  values: readonly ReportValue[],
  elements: ReadonlyMap<string, DataElementDefinition>,
  combos: ReadonlyMap<string, CategoryCombo>,
): FieldProblem[] {
  const problems: FieldProblem[] = [];
  for (const total of values.filter((v) => v.category === null)) {
    const element = elements.get(total.element)!;
    const combo = element.disaggregation ? combos.get(element.disaggregation) : undefined;
    if (!combo || !ADDITIVE.has(element.valueType)) continue;
    const parts = values.filter((v) => v.element === total.element && v.category !== null);
    if (parts.length === 0) continue;
    const sum = parts.reduce((s, p) => s + Number(p.value), 0);
    const all = parts.length === combo.options.length;
    const t = Number(total.value);
    if (all ? t !== sum : t < sum)
      problems.push({
        field: 'values',
        rule: 'TOTAL_EQUALS_PARTS',
        message: all
          ? `${total.element}: the total ${t} is not the sum of its parts (${sum})`
          : `${total.element}: the total ${t} is less than its parts given (${sum})`,
      });
  }
  return problems;
}

/** A term's value: an element's part, or its total (given, else the sum of its parts); null when missing. */
export function termValue(values: readonly ReportValue[], term: string): number | null {
  const [element, category] = term.split('.') as [string, string | undefined];
  const mine = values.filter((v) => v.element === element);
  if (category) {
    const part = mine.find((v) => v.category === category);
    return part ? Number(part.value) : null;
  }
  const total = mine.find((v) => v.category === null);
  if (total) return Number(total.value);
  const parts = mine.filter((v) => v.category !== null);
  return parts.length > 0 ? parts.reduce((s, p) => s + Number(p.value), 0) : null;
}

export function compare(operator: Operator, left: number, right: number): boolean {
  switch (operator) {
    case 'LT':
      return left < right;
    case 'LE':
      return left <= right;
    case 'EQ':
      return left === right;
    case 'NE':
      return left !== right;
    case 'GE':
      return left >= right;
    case 'GT':
      return left > right;
  }
}

export interface Violation {
  readonly rule: string;
  readonly name: string;
  readonly importance: Importance;
  readonly left: number;
  readonly operator: Operator;
  readonly right: number;
  /** HIGH and MEDIUM block SUBMIT; LOW only warns. */
  readonly blocking: boolean;
}

const sumOf = (values: readonly ReportValue[], terms: readonly string[]): number | null => {
  let sum = 0;
  for (const term of terms) {
    const v = termValue(values, term);
    if (v === null) return null;
    sum += v;
  }
  return sum;
};

/** The rules the values break; a rule with any term missing is skipped (there is nothing to compare). */
export function runValidationRules(
  rules: readonly ValidationRuleDefinition[],
  values: readonly ReportValue[],
): Violation[] {
  const violations: Violation[] = [];
  for (const r of rules) {
    const left = sumOf(values, r.left);
    const right = sumOf(values, r.right);
    if (left === null || right === null || compare(r.operator, left, right)) continue;
    violations.push({
      rule: r.code,
      name: r.name,
      importance: r.importance,
      left,
      operator: r.operator,
      right,
      blocking: r.importance !== 'LOW',
    });
  }
  return violations;
}

const SYMBOL: Record<Operator, string> = { LT: '<', LE: '≤', EQ: '=', NE: '≠', GE: '≥', GT: '>' };

/** "RULE (name): 120 ≤ 100 fails". */
export const describeViolation = (v: Violation): string =>
  `${v.rule} (${v.name}): ${v.left} ${SYMBOL[v.operator]} ${v.right} does not hold`;

/** Whether the rule's terms name elements of the set (and parts of their disaggregation). */
export function ruleProblems(
  rule: ValidationRuleDefinition,
  elementCodes: readonly string[],
  elements: ReadonlyMap<string, DataElementDefinition>,
  combos: ReadonlyMap<string, CategoryCombo>,
): string[] {
  const problems: string[] = [];
  for (const term of [...rule.left, ...rule.right]) {
    const [code, category] = term.split('.') as [string, string | undefined];
    const element = elements.get(code);
    if (!element || !elementCodes.includes(code))
      problems.push(`rule ${rule.code} names ${code}, not an element of the set`);
    else if (!NUMERIC.has(element.valueType)) problems.push(`rule ${rule.code} names ${code}, which is not a number`);
    else if (category && !combos.get(element.disaggregation ?? '')?.options.some((o) => o.code === category))
      problems.push(`rule ${rule.code} names ${term}, not a part of ${code}`);
  }
  if (rule.left.length === 0 || rule.right.length === 0) problems.push(`rule ${rule.code} needs terms on both sides`);
  return problems;
}
