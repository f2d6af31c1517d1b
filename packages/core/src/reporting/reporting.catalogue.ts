/**
 * The data sets and elements a request sees: the national ones and those of the loaded plugins.
 */
import type { RequestContext } from '../common/context.js';
import { badInput } from '../common/errors.js';
import { CATEGORY_COMBOS, NATIONAL_DATA_SETS, NATIONAL_ELEMENTS } from './reporting.data.js';
import { DATA_SETS, type PluginDataSetEntry } from './reporting.extension.js';
import type { CategoryCombo, DataElementDefinition, DataSetDefinition } from './reporting.model.js';

export interface CatalogueSet {
  set: DataSetDefinition;
  /** The plugin that defines it; null for a national set. */
  plugin: PluginDataSetEntry | null;
}

export const COMBOS: ReadonlyMap<string, CategoryCombo> = new Map(CATEGORY_COMBOS.map((c) => [c.code, c]));
const ELEMENTS: ReadonlyMap<string, DataElementDefinition> = new Map(NATIONAL_ELEMENTS.map((e) => [e.code, e]));

/** Every element the request may name: national, then the plugins' own. */
export function elementsOf(ctx: Pick<RequestContext, 'plugins'>): ReadonlyMap<string, DataElementDefinition> {
  const own = ctx.plugins?.index(DATA_SETS)?.elements;
  return own?.size ? new Map([...ELEMENTS, ...own]) : ELEMENTS;
}

export function allDataSets(ctx: Pick<RequestContext, 'plugins'>): CatalogueSet[] {
  const plugins = ctx.plugins?.index(DATA_SETS)?.sets;
  return [
    ...NATIONAL_DATA_SETS.map((set) => ({ set, plugin: null })),
    ...[...(plugins?.values() ?? [])].map((entry) => ({ set: entry.set, plugin: entry })),
  ];
}

/** The data set with this code, or BAD_USER_INPUT naming the field. */
export function dataSetOf(ctx: Pick<RequestContext, 'plugins'>, code: string, field = 'dataSetCode'): CatalogueSet {
  const found = allDataSets(ctx).find((s) => s.set.code === code);
  if (!found)
    throw badInput([{ field, rule: 'EXISTS', message: `Không có bộ dữ liệu ${code} / no data set has code ${code}` }]);
  return found;
}

/** Whether the data set is in use on a day. */
export const validOn = (set: DataSetDefinition, day: string) =>
  set.validFrom <= day && (!set.validTo || day <= set.validTo);
