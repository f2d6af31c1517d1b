import type { EntityManager } from '@mikro-orm/postgresql';
import type { ReferenceDataSet } from '../common/reference-data.js';
import { AdminUnit } from './admin-unit.entity.js';
import { AdminLevel, AdminUnitKindEnum, SuccessionKind } from './geography.enums.js';
import {
  LAST_DAY_BEFORE_REFORM,
  PRE_REFORM_LIST_DATE,
  PROVINCE_MERGER_BASIS,
  PROVINCES_AFTER_REFORM,
  PROVINCES_BEFORE_REFORM,
  REFORM_DATE,
} from './provinces.data.js';
import { Succession } from './succession.entity.js';

const kindOf = (centralCity: boolean) => (centralCity ? AdminUnitKindEnum.CENTRAL_CITY : AdminUnitKindEnum.PROVINCE);

/** Finds a province row by its natural key, creating or correcting it. Returns the row and whether it changed. */
async function upsertProvince(
  em: EntityManager,
  data: {
    code: string;
    name: string;
    kind: AdminUnitKindEnum;
    validFrom: string | null;
    validTo: string | null;
    knownFrom: string | null;
  },
): Promise<[AdminUnit, boolean]> {
  const existing = await em.findOne(AdminUnit, {
    code: data.code,
    level: AdminLevel.PROVINCE,
    validFrom: data.validFrom,
  });
  if (!existing) return [em.create(AdminUnit, { ...data, level: AdminLevel.PROVINCE, source: 'reference' }), true];
  const changed =
    existing.name !== data.name ||
    existing.kind !== data.kind ||
    existing.validTo !== data.validTo ||
    (existing.knownFrom ?? null) !== data.knownFrom;
  if (changed)
    Object.assign(existing, { name: data.name, kind: data.kind, validTo: data.validTo, knownFrom: data.knownFrom });
  return [existing, changed];
}

async function loadProvinces(em: EntityManager): Promise<number> {
  let changes = 0;
  const before = new Map<string, AdminUnit>();
  for (const [code, name, central] of PROVINCES_BEFORE_REFORM) {
    const [unit, changed] = await upsertProvince(em, {
      code,
      name,
      kind: kindOf(central),
      validFrom: null,
      validTo: LAST_DAY_BEFORE_REFORM,
      knownFrom: PRE_REFORM_LIST_DATE,
    });
    before.set(code, unit);
    if (changed) changes++;
  }
  for (const [code, name, central, from] of PROVINCES_AFTER_REFORM) {
    const [unit, changed] = await upsertProvince(em, {
      code,
      name,
      kind: kindOf(central),
      validFrom: REFORM_DATE,
      validTo: null,
      knownFrom: null,
    });
    if (changed) changes++;
    for (const oldCode of from) {
      const predecessor = before.get(oldCode);
      if (!predecessor) throw new Error(`provinces.data.ts: province ${code} names unknown predecessor ${oldCode}`);
      const exists = await em.count(Succession, { from: predecessor, to: unit, effectiveDate: REFORM_DATE });
      if (exists === 0) {
        em.create(Succession, {
          from: predecessor,
          to: unit,
          kind: SuccessionKind.FULL,
          effectiveDate: REFORM_DATE,
          legalBasis: PROVINCE_MERGER_BASIS,
        });
        changes++;
      }
    }
  }
  await em.flush();
  return changes;
}

/** The 63 + 34 provinces and their successions; parents of provinces do not exist, so no links. */
export const provincesReferenceData: ReferenceDataSet = {
  name: 'geography.provinces',
  content: {
    PROVINCES_BEFORE_REFORM,
    PROVINCES_AFTER_REFORM,
    PROVINCE_MERGER_BASIS,
    REFORM_DATE,
    PRE_REFORM_LIST_DATE,
  },
  load: loadProvinces,
};
