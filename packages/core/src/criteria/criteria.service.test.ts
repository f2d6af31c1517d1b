import { useTestApi } from '@hoctap/plugin-sdk/testing';
import { describe, expect, it } from 'vitest';
import { CriteriaSet } from './criteria-set.entity.js';
import type { CriteriaSetDefinition, ModelKind, UnitTier } from './criteria.model.js';
import { canonicalJson, definitionOf, ratingDay, setInForce, upsertCriteriaSets } from './criteria.service.js';
import { NATIONAL_CRITERIA_SETS } from './national-sets.data.js';

const t = useTestApi();

function national(code: string): CriteriaSetDefinition {
  const found = NATIONAL_CRITERIA_SETS.find((s) => s.code === code);
  if (!found) throw new Error(`no national set ${code}`);
  return found;
}

const FAMILY = national('KHVN-448-FAMILY');
const CLAN = national('KHVN-448-CLAN');
const VILLAGE = national('KHVN-448-VILLAGE');
const UNIT_COMMUNE = national('KHVN-448-UNIT-COMMUNE');

/** The same value with every object's keys in reverse order. */
function reversedKeys<T>(value: T): T {
  if (Array.isArray(value)) return value.map(reversedKeys) as T;
  if (value && typeof value === 'object')
    return Object.fromEntries(
      Object.entries(value)
        .reverse()
        .map(([k, v]) => [k, reversedKeys(v)]),
    ) as T;
  return value;
}

/** Statements that wrote to criteria_set since `from`. */
const writesSince = (from: number) =>
  t.db.statements.slice(from).filter((s) => /(insert into|update|delete from) "criteria_set"/i.test(s));

async function stored(code: string): Promise<CriteriaSet> {
  return t.db.orm.em.fork().findOneOrFail(CriteriaSet, { code });
}

async function inForce(
  modelKind: ModelKind,
  year: number,
  more: { unitTier?: UnitTier | null; provinceCode?: string | null } = {},
): Promise<string | null> {
  const set = await setInForce(t.db.orm.em.fork(), { modelKind, year, ...more });
  return set?.code ?? null;
}

describe('upsertCriteriaSets', () => {
  it('changes 0 rows when the national sets are loaded again, and writes nothing', async () => {
    const from = t.db.statements.length;
    expect(await upsertCriteriaSets(t.db.orm.em.fork(), NATIONAL_CRITERIA_SETS)).toBe(0);
    expect(await upsertCriteriaSets(t.db.orm.em.fork(), NATIONAL_CRITERIA_SETS)).toBe(0);
    expect(writesSince(from)).toEqual([]);
    expect(await t.db.orm.em.fork().count(CriteriaSet, {})).toBe(NATIONAL_CRITERIA_SETS.length);
  });

  it('reads a stored set back as the definition it was loaded from', async () => {
    for (const definition of NATIONAL_CRITERIA_SETS)
      expect(definitionOf(await stored(definition.code)), definition.code).toEqual(definition);
  });

  it('ignores the order of keys, which jsonb does not keep', async () => {
    expect(await upsertCriteriaSets(t.db.orm.em.fork(), [reversedKeys(FAMILY), reversedKeys(UNIT_COMMUNE)])).toBe(0);
  });

  it('changes 1 row when a description changes, and 0 when the changed set is loaded again', async () => {
    const before = await stored('KHVN-448-FAMILY');
    const changed = { ...FAMILY, description: `${FAMILY.description} (corrected)` };
    const from = t.db.statements.length;
    expect(
      await upsertCriteriaSets(
        t.db.orm.em.fork(),
        NATIONAL_CRITERIA_SETS.map((s) => (s === FAMILY ? changed : s)),
      ),
    ).toBe(1);
    expect(writesSince(from)).toHaveLength(1);
    const after = await stored('KHVN-448-FAMILY');
    expect(after.description).toBe(changed.description);
    expect(after.id).toBe(before.id); // evaluations keep pointing at the same row
    expect(after.version).toBe(before.version + 1);
    expect(await upsertCriteriaSets(t.db.orm.em.fork(), [changed])).toBe(0);
    expect(await upsertCriteriaSets(t.db.orm.em.fork(), [FAMILY])).toBe(1); // and back
    expect((await stored('KHVN-448-FAMILY')).description).toBe(FAMILY.description);
  });

  it('notices a change deep inside the criteria and in the order of items', async () => {
    const criteria = CLAN.criteria.map((c, i) =>
      i === 0 ? { ...c, indicators: c.indicators.map((ind, j) => (j === 0 ? { ...ind, maxScore: 15 } : ind)) } : c,
    );
    expect(await upsertCriteriaSets(t.db.orm.em.fork(), [{ ...CLAN, criteria }])).toBe(1);
    expect((await stored('KHVN-448-CLAN')).criteria[0]!.indicators[0]!.maxScore).toBe(15);
    expect(await upsertCriteriaSets(t.db.orm.em.fork(), [{ ...CLAN, criteria: [...CLAN.criteria].reverse() }])).toBe(1);
    expect(await upsertCriteriaSets(t.db.orm.em.fork(), [CLAN])).toBe(1);
    expect(definitionOf(await stored('KHVN-448-CLAN'))).toEqual(CLAN);
  });

  it('creates a new set (1 row), then leaves it alone; a change of its provinces counts', async () => {
    const plugin: CriteriaSetDefinition = {
      ...VILLAGE,
      code: 'TEST-UPSERT-PLUGIN',
      issuer: { level: 'PROVINCE', plugin: 'dong-thap' },
      validFrom: '2030-01-01',
    };
    expect(await upsertCriteriaSets(t.db.orm.em.fork(), [plugin], ['87'])).toBe(1);
    const row = await stored('TEST-UPSERT-PLUGIN');
    expect(row).toMatchObject({ issuer: 'plugin:dong-thap', provinceCodes: ['87'], unitTier: null, validTo: null });
    expect(definitionOf(row)).toEqual(plugin);
    expect(await upsertCriteriaSets(t.db.orm.em.fork(), [plugin], ['87'])).toBe(0);
    expect(await upsertCriteriaSets(t.db.orm.em.fork(), [plugin], ['87', '82'])).toBe(1);
    expect((await stored('TEST-UPSERT-PLUGIN')).provinceCodes).toEqual(['87', '82']);
  });

  it('counts only what is new or changed in a mixed batch', async () => {
    const renamed = { ...UNIT_COMMUNE, name: `${UNIT_COMMUNE.name} (sửa)` };
    const batch = [
      ...NATIONAL_CRITERIA_SETS.map((s) => (s === UNIT_COMMUNE ? renamed : s)),
      { ...VILLAGE, code: 'TEST-UPSERT-NEW', validFrom: '2030-01-01' },
    ];
    expect(await upsertCriteriaSets(t.db.orm.em.fork(), batch)).toBe(2);
    expect(await upsertCriteriaSets(t.db.orm.em.fork(), batch)).toBe(0);
    expect(await upsertCriteriaSets(t.db.orm.em.fork(), [UNIT_COMMUNE])).toBe(1);
  });
});

describe('setInForce', () => {
  it('rates a year against the set in force on its 31 December', async () => {
    expect(ratingDay(2024)).toBe('2024-12-31');
    expect(await inForce('LEARNING_FAMILY', 2024)).toBe('KHVN-448-FAMILY');
    expect(await inForce('LEARNING_FAMILY', 2016)).toBe('KHVN-448-FAMILY');
    expect(await inForce('LEARNING_FAMILY', 2015)).toBeNull();
    // Thông tư 25/2023 is in force from 12/2/2024: 2024 is rated by it, 2023 by nothing recorded.
    expect(await inForce('LEARNING_COMMUNITY_COMMUNE', 2024)).toBe('TT25-2023-COMMUNE');
    expect(await inForce('LEARNING_COMMUNITY_COMMUNE', 2023)).toBeNull();
    expect(await inForce('LEARNING_COMMUNITY_PROVINCE', 2025)).toBe('TT25-2023-PROVINCE');
    // The learning-citizen set ends on 31/12/2030.
    expect(await inForce('LEARNING_CITIZEN', 2021)).toBe('KHVN-324-CITIZEN');
    expect(await inForce('LEARNING_CITIZEN', 2030)).toBe('KHVN-324-CITIZEN');
    expect(await inForce('LEARNING_CITIZEN', 2031)).toBeNull();
    expect(await inForce('LEARNING_CITIZEN', 2020)).toBeNull();
  });

  it('prefers the newest set in force, counting 31 December at both ends of a validity', async () => {
    const em = t.db.orm.em.fork();
    await upsertCriteriaSets(em, [
      { ...CLAN, code: 'TEST-CLAN-FROM-31-12', validFrom: '2024-12-31' },
      { ...VILLAGE, code: 'TEST-VILLAGE-TO-30-12', validFrom: '2020-01-01', validTo: '2024-12-30' },
    ]);
    expect(await inForce('LEARNING_CLAN', 2024)).toBe('TEST-CLAN-FROM-31-12');
    expect(await inForce('LEARNING_CLAN', 2023)).toBe('KHVN-448-CLAN');
    expect(await inForce('LEARNING_COMMUNITY_VILLAGE', 2023)).toBe('TEST-VILLAGE-TO-30-12');
    expect(await inForce('LEARNING_COMMUNITY_VILLAGE', 2024)).toBe('KHVN-448-VILLAGE');
    expect(await inForce('LEARNING_COMMUNITY_VILLAGE', 2019)).toBe('KHVN-448-VILLAGE');
  });

  it('picks a learning unit’s set by the tier that manages it', async () => {
    expect(await inForce('LEARNING_UNIT', 2024, { unitTier: 'COMMUNE' })).toBe('KHVN-448-UNIT-COMMUNE');
    expect(await inForce('LEARNING_UNIT', 2024, { unitTier: 'DISTRICT' })).toBe('TT24-2023-UNIT-DISTRICT');
    expect(await inForce('LEARNING_UNIT', 2024, { unitTier: 'PROVINCE' })).toBe('TT24-2023-UNIT-PROVINCE');
    // Thông tư 24/2023 is in force from 26/1/2024; no earlier district or province set is recorded.
    expect(await inForce('LEARNING_UNIT', 2023, { unitTier: 'DISTRICT' })).toBeNull();
    expect(await inForce('LEARNING_UNIT', 2023, { unitTier: 'COMMUNE' })).toBe('KHVN-448-UNIT-COMMUNE');
    expect(await inForce('LEARNING_UNIT', 2015, { unitTier: 'COMMUNE' })).toBeNull();
  });

  // Issue 16: a province's set replaces the national one only where a source says the province
  // issued criteria; Kế hoạch 278/KH-UBND (sources/002, II.2.a) implements the national rating.
  it('prefers a province’s own criteria for its provinces, even an older set, over the national set', async () => {
    const em = t.db.orm.em.fork();
    await upsertCriteriaSets(
      em,
      [
        {
          ...FAMILY,
          code: 'TEST-DT-FAMILY',
          issuer: { level: 'PROVINCE', plugin: 'dong-thap' },
          validFrom: '2010-01-01',
          replacesNational: { basis: 'test: a decision issuing the province’s own family criteria' },
        },
      ],
      ['87', '82'],
    );
    await upsertCriteriaSets(
      em,
      [
        {
          ...CLAN,
          code: 'TEST-HN-CLAN',
          issuer: { level: 'PROVINCE', plugin: 'ha-nam' },
          validFrom: '2018-01-01',
          validTo: '2022-12-31',
          replacesNational: { basis: 'test: the province’s own clan criteria' },
        },
        {
          ...UNIT_COMMUNE,
          code: 'TEST-HN-UNIT-COMMUNE',
          issuer: { level: 'PROVINCE', plugin: 'ha-nam' },
          validFrom: '2020-01-01',
          replacesNational: { basis: 'test: the province’s own grassroots-unit criteria' },
        },
      ],
      ['35'],
    );
    expect(await inForce('LEARNING_FAMILY', 2024, { provinceCode: '87' })).toBe('TEST-DT-FAMILY');
    expect(await inForce('LEARNING_FAMILY', 2024, { provinceCode: '82' })).toBe('TEST-DT-FAMILY');
    expect(await inForce('LEARNING_FAMILY', 2012, { provinceCode: '87' })).toBe('TEST-DT-FAMILY');
    expect(await inForce('LEARNING_FAMILY', 2024, { provinceCode: '35' })).toBe('KHVN-448-FAMILY');
    expect(await inForce('LEARNING_FAMILY', 2024)).toBe('KHVN-448-FAMILY');
    expect(await inForce('LEARNING_FAMILY', 2024, { provinceCode: null })).toBe('KHVN-448-FAMILY');
    // A province's set applies only while it is in force.
    expect(await inForce('LEARNING_CLAN', 2022, { provinceCode: '35' })).toBe('TEST-HN-CLAN');
    expect(await inForce('LEARNING_CLAN', 2023, { provinceCode: '35' })).toBe('KHVN-448-CLAN');
    // And only for the tier it rates.
    expect(await inForce('LEARNING_UNIT', 2024, { unitTier: 'COMMUNE', provinceCode: '35' })).toBe(
      'TEST-HN-UNIT-COMMUNE',
    );
    expect(await inForce('LEARNING_UNIT', 2024, { unitTier: 'DISTRICT', provinceCode: '35' })).toBe(
      'TT24-2023-UNIT-DISTRICT',
    );
  });

  it('keeps the national set where a province’s set names no source for issuing its own criteria', async () => {
    const em = t.db.orm.em.fork();
    const unit = national('TT24-2023-UNIT-DISTRICT');
    await upsertCriteriaSets(
      em,
      [{ ...unit, code: 'TEST-DT-UNIT-DISTRICT', issuer: { level: 'PROVINCE', plugin: 'dong-thap' } }],
      ['87'],
    );
    expect(await inForce('LEARNING_UNIT', 2024, { unitTier: 'DISTRICT', provinceCode: '87' })).toBe(
      'TT24-2023-UNIT-DISTRICT',
    );
    expect((await stored('TEST-DT-UNIT-DISTRICT')).replacesNationalBasis).toBeNull();
  });
});

describe('canonicalJson', () => {
  it('writes object keys sorted at every depth, so key order does not matter', () => {
    const a = { b: 1, a: [{ d: 1, c: { z: null, y: 'x' } }], c: { f: true, e: 2 } };
    const b = { c: { e: 2, f: true }, a: [{ c: { y: 'x', z: null }, d: 1 }], b: 1 };
    expect(canonicalJson(a)).toBe('{"a":[{"c":{"y":"x","z":null},"d":1}],"b":1,"c":{"e":2,"f":true}}');
    expect(canonicalJson(b)).toBe(canonicalJson(a));
    expect(canonicalJson(reversedKeys(FAMILY))).toBe(canonicalJson(FAMILY));
  });

  it('sorts keys by code point, so keys a locale would call equal still have one order', () => {
    expect(canonicalJson({ '\u00e9': 1, 'e\u0301': 2 })).toBe(canonicalJson({ 'e\u0301': 2, '\u00e9': 1 }));
  });

  it('keeps the order of arrays, which is meaningful', () => {
    expect(canonicalJson([2, 1])).toBe('[2,1]');
    expect(canonicalJson({ list: [{ b: 1 }, { a: 1 }] })).toBe('{"list":[{"b":1},{"a":1}]}');
    expect(canonicalJson([2, 1])).not.toBe(canonicalJson([1, 2]));
  });

  it('writes values as JSON does: undefined properties dropped, like jsonb stores them', () => {
    expect(canonicalJson({ b: undefined, a: 1 })).toBe('{"a":1}');
    expect(canonicalJson(null)).toBe('null');
    expect(canonicalJson('Mức độ 1')).toBe('"Mức độ 1"');
    expect(canonicalJson({ n: 7.5, s: 'Tiêu chí' })).toBe('{"n":7.5,"s":"Tiêu chí"}');
  });

  it('tells different contents apart', () => {
    expect(canonicalJson({ a: 1 })).not.toBe(canonicalJson({ a: '1' }));
    expect(canonicalJson({ a: null })).not.toBe(canonicalJson({}));
    expect(canonicalJson(FAMILY)).not.toBe(canonicalJson({ ...FAMILY, sample: false }));
  });
});
