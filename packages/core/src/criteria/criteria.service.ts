import type { EntityManager } from '@mikro-orm/postgresql';
import { notFound } from '../common/errors.js';
import { CriteriaSet } from './criteria-set.entity.js';
import type { CriteriaSetDefinition, ModelKind } from './criteria.model.js';
import { pickSet, ratingDay, type SetChoice } from './set-choice.rules.js';

export { ratingDay, type SetChoice } from './set-choice.rules.js';

/** The stored set as the pure rating rules take it. */
export function definitionOf(set: CriteriaSet): CriteriaSetDefinition {
  return {
    code: set.code,
    name: set.name,
    nameEn: set.nameEn,
    modelKind: set.modelKind,
    ...(set.unitTier ? { unitTier: set.unitTier } : {}),
    source: set.source,
    issuer: set.issuer === 'NATIONAL' ? { level: 'NATIONAL' } : { level: 'PROVINCE', plugin: set.issuer.slice(7) },
    validFrom: set.validFrom,
    validTo: set.validTo ?? null,
    sample: set.sample,
    description: set.description,
    criteria: set.criteria,
    grades: set.grades,
    ...(set.replacesNationalBasis ? { replacesNational: { basis: set.replacesNationalBasis } } : {}),
  };
}

const issuerOf = (d: CriteriaSetDefinition) =>
  d.issuer.level === 'NATIONAL' ? 'NATIONAL' : `plugin:${d.issuer.plugin}`;

function rowValues(d: CriteriaSetDefinition, provinceCodes: string[] | null) {
  return {
    code: d.code,
    modelKind: d.modelKind,
    unitTier: d.unitTier ?? null,
    name: d.name,
    nameEn: d.nameEn,
    source: d.source,
    issuer: issuerOf(d),
    provinceCodes,
    validFrom: d.validFrom,
    validTo: d.validTo,
    sample: d.sample,
    description: d.description,
    criteria: [...d.criteria],
    grades: [...d.grades],
    replacesNationalBasis: d.replacesNational?.basis ?? null,
  };
}

/** JSON with object keys sorted by code point (not locale, where distinct keys can compare equal): jsonb does not keep key order, so plain JSON would always differ. */
export function canonicalJson(value: unknown): string {
  return JSON.stringify(value, (_key, v: unknown) =>
    v && typeof v === 'object' && !Array.isArray(v)
      ? Object.fromEntries(Object.entries(v).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)))
      : v,
  );
}

/**
 * Inserts or updates sets by code, so loading the same definitions twice changes nothing.
 * Returns how many rows were created or changed.
 */
export async function upsertCriteriaSets(
  em: EntityManager,
  definitions: readonly CriteriaSetDefinition[],
  provinceCodes: string[] | null = null,
): Promise<number> {
  const existing = await em.find(CriteriaSet, { code: { $in: definitions.map((d) => d.code) } });
  const byCode = new Map(existing.map((s) => [s.code, s]));
  let changed = 0;
  for (const d of definitions) {
    const values = rowValues(d, provinceCodes);
    const current = byCode.get(d.code);
    if (!current) {
      em.create(CriteriaSet, values);
      changed++;
    } else if (
      canonicalJson(rowValues(definitionOf(current), current.provinceCodes ?? null)) !== canonicalJson(values)
    ) {
      em.assign(current, values);
      changed++;
    }
  }
  await em.flush();
  return changed;
}

/** The criteria set in force for a model and year (see pickSet). */
export async function setInForce(em: EntityManager, choice: SetChoice): Promise<CriteriaSet | null> {
  const day = ratingDay(choice.year);
  const candidates = await em.find(CriteriaSet, {
    modelKind: choice.modelKind,
    validFrom: { $lte: day },
    $or: [{ validTo: null }, { validTo: { $gte: day } }],
  });
  return pickSet(candidates, choice);
}

export async function findSetByCode(em: EntityManager, code: string): Promise<CriteriaSet> {
  const set = await em.findOne(CriteriaSet, { code });
  if (!set) throw notFound(`No criteria set has code ${code}.`);
  return set;
}

export interface CriteriaSetFilter {
  modelKind?: ModelKind | null | undefined;
  asOf?: string | null | undefined;
  /** `NATIONAL` or a plugin id. */
  plugin?: string | null | undefined;
}

export async function listCriteriaSets(em: EntityManager, filter: CriteriaSetFilter): Promise<CriteriaSet[]> {
  const where: Record<string, unknown> = {};
  if (filter.modelKind) where.modelKind = filter.modelKind;
  if (filter.asOf) {
    where.validFrom = { $lte: filter.asOf };
    where.$or = [{ validTo: null }, { validTo: { $gte: filter.asOf } }];
  }
  if (filter.plugin) where.issuer = filter.plugin === 'NATIONAL' ? 'NATIONAL' : `plugin:${filter.plugin}`;
  return em.find(CriteriaSet, where, { orderBy: { modelKind: 'asc', validFrom: 'desc', code: 'asc' } });
}
