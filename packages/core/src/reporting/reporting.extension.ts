/**
 * The reporting module's extension point: a province's own data sets (and data elements of its
 * own they use), reported by the units of the provinces the plugin serves while its claim is in
 * force. Checked like the national ones: known elements, rules over the set's numeric elements.
 */
import { claimInForce } from '../plugins/claims.rules.js';
import { defineExtensionPoint, type PointProblem } from '../plugins/extension-point.js';
import type { BoundProvince } from '../public/plugin.js';
import { CATEGORY_COMBOS, NATIONAL_DATA_SETS, NATIONAL_ELEMENTS } from './reporting.data.js';
import type { DataElementDefinition, DataSetDefinition } from './reporting.model.js';
import { ruleProblems } from './validation.rules.js';

export interface PluginDataSet {
  set: DataSetDefinition;
  elements: readonly DataElementDefinition[];
}

export interface PluginDataSetEntry {
  set: DataSetDefinition;
  plugin: string;
  provinces: readonly BoundProvince[];
}

/** What the request path reads: the plugins' data sets by code and their own elements. */
export interface DataSetIndex {
  sets: ReadonlyMap<string, PluginDataSetEntry>;
  elements: ReadonlyMap<string, DataElementDefinition>;
}

const NATIONAL_SETS = new Set(NATIONAL_DATA_SETS.map((s) => s.code));
const NATIONAL_ELEMENT_CODES = new Map(NATIONAL_ELEMENTS.map((e) => [e.code, e]));
const COMBOS = new Map(CATEGORY_COMBOS.map((c) => [c.code, c]));

export const DATA_SETS = defineExtensionPoint<PluginDataSet, DataSetIndex>({
  method: 'dataSets',
  record: (sets: readonly DataSetDefinition[], options?: { elements?: readonly DataElementDefinition[] }) =>
    sets.map((set) => ({ set, elements: options?.elements ?? [] })),
  describe: (c) => c.set.code,
  unique: { rule: 'DUPLICATE_DATA_SET', what: 'data set' },
  check(contributions) {
    const problems: PointProblem[] = [];
    for (const { set, elements } of contributions) {
      const at = `data set ${set.code}`;
      const add = (message: string) => problems.push({ rule: 'BAD_DATA_SET', message: `${at}: ${message}` });
      if (NATIONAL_SETS.has(set.code))
        problems.push({ rule: 'DUPLICATE_DATA_SET', message: `${at} has the code of a national data set` });
      for (const e of elements) {
        if (NATIONAL_ELEMENT_CODES.has(e.code)) add(`element ${e.code} has the code of a national element`);
        if (e.disaggregation && !COMBOS.has(e.disaggregation))
          add(`element ${e.code} names disaggregation ${e.disaggregation}, which does not exist`);
      }
      const known = new Map([...NATIONAL_ELEMENT_CODES, ...elements.map((e) => [e.code, e] as const)]);
      for (const code of set.elements) if (!known.has(code)) add(`names element ${code}, which does not exist`);
      for (const rule of set.validationRules) for (const p of ruleProblems(rule, set.elements, known, COMBOS)) add(p);
      if (!Number.isInteger(set.dueDays) || set.dueDays < 0) add('dueDays must be a whole number of 0 or more');
      if (set.elements.length === 0) add('lists no element');
    }
    return problems;
  },
  index: (entries) => ({
    sets: new Map(
      entries.flatMap(({ plugin, provinces, contributions }) =>
        contributions.map((c) => [c.set.code, { set: c.set, plugin: plugin.id, provinces }] as const),
      ),
    ),
    elements: new Map(
      entries.flatMap((e) => e.contributions.flatMap((c) => c.elements.map((x) => [x.code, x] as const))),
    ),
  }),
});

/** Whether a plugin's claim covers a province on a day. */
export const servesProvince = (entry: PluginDataSetEntry, provinceUnitId: string | undefined, day: string) =>
  entry.provinces.some((p) => p.unitId === provinceUnitId && claimInForce(p, day));
