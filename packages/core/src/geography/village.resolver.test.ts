import { AuditEntry } from '../audit/audit-entry.entity.js';
import { Role } from '../auth/roles.js';
import type { Principal } from '../auth/principal.js';
import { testPrincipals, useTestApi } from '@hoctap/plugin-sdk/testing';
import { beforeAll, describe, expect, it } from 'vitest';
import { AdminUnit } from './admin-unit.entity.js';
import { AdminLevel } from './geography.enums.js';
import { addDongThapSlice } from './geography.test-helpers.js';

const t = useTestApi();
let slice: Awaited<ReturnType<typeof addDongThapSlice>>;

const officerOf = (unit: AdminUnit, role: Role.OFFICER | Role.ASSOCIATION = Role.OFFICER): Principal => ({
  kind: 'user',
  subject: `officer-${unit.code}`,
  role,
  unitId: unit.id,
  unitCode: unit.code,
});

const CREATE = `mutation ($input: CreateVillageInput!) { createVillage(input: $input) { id code name level version parent { code } } }`;
const UPDATE = `mutation ($input: UpdateVillageInput!) { updateVillage(input: $input) { name version } }`;

async function villageCount(): Promise<number> {
  return t.db.orm.em.fork().count(AdminUnit, { level: AdminLevel.VILLAGE });
}

beforeAll(async () => {
  slice = await addDongThapSlice(t.db.orm.em.fork());
});

describe('createVillage', () => {
  it('lets an officer of the district create a village in its commune, and audits it', async () => {
    const result = await t.api.execute(CREATE, {
      variables: { input: { communeCode: '30175', name: ' Ấp Tân Hòa ', validFrom: '2024-01-01' } },
      as: officerOf(slice.lapVo),
    });
    expect(result.errors).toBeUndefined();
    expect(result.data?.createVillage).toMatchObject({
      code: '30175.001',
      name: 'Ấp Tân Hòa',
      level: 'VILLAGE',
      version: 1,
      parent: { code: '30175' },
    });
    const entries = await t.db.orm.em.fork().find(AuditEntry, { action: 'geography.createVillage' });
    expect(entries).toHaveLength(1);
    expect(entries[0]).toMatchObject({ actor: 'officer-875', actorRole: 'OFFICER', actorUnitId: slice.lapVo.id });
  });

  it.each([
    ['an officer of another district', () => officerOf(slice.saDec), 'FORBIDDEN'],
    ['the association of a sibling commune', () => officerOf(slice.ward, Role.ASSOCIATION), 'FORBIDDEN'],
    ['an analyst', () => testPrincipals.analyst, 'FORBIDDEN'],
    ['an anonymous caller', () => ({ kind: 'anonymous' }) as Principal, 'UNAUTHENTICATED'],
  ])('refuses %s (%s) and writes nothing', async (_who, principal, code) => {
    const before = await villageCount();
    const result = await t.api.execute(CREATE, {
      variables: { input: { communeCode: '30175', name: 'Ấp Lạ', validFrom: '2024-01-01' } },
      as: principal(),
    });
    expect(result.errors?.[0]?.extensions?.code).toBe(code);
    expect(await villageCount()).toBe(before);
  });

  it('names the field and the rule for bad input, and writes nothing', async () => {
    const before = await villageCount();
    const empty = await t.api.execute(CREATE, {
      variables: { input: { communeCode: '30175', name: ' ', validFrom: '2024-01-01' } },
      as: testPrincipals.admin,
    });
    const province = await t.api.execute(CREATE, {
      variables: { input: { communeCode: '87', name: 'Ấp', validFrom: '2024-01-01' } },
      as: testPrincipals.admin,
    });
    const gone = await t.api.execute(CREATE, {
      variables: { input: { communeCode: '30175', name: 'Ấp', validFrom: '2025-07-01' } },
      as: testPrincipals.admin,
    });
    expect(empty.errors?.[0]).toMatchObject({
      message: 'name: must not be empty',
      extensions: { code: 'BAD_USER_INPUT', problems: [{ field: 'name', rule: 'REQUIRED' }] },
    });
    expect(province.errors?.[0]?.message).toBe('communeCode: names a province, not a commune');
    expect(gone.errors?.[0]?.message).toBe('communeCode: names no commune on that date');
    expect(await villageCount()).toBe(before);
  });
});

describe('updateVillage', () => {
  async function newVillage(name: string) {
    const created = await t.api.execute<{ createVillage: { id: string; version: number } }>(CREATE, {
      variables: { input: { communeCode: '30175', name, validFrom: '2024-01-01' } },
      as: testPrincipals.admin,
    });
    if (!created.data) throw new Error(JSON.stringify(created.errors));
    return created.data.createVillage;
  }

  it('renames with the current version and refuses a stale one with CONFLICT', async () => {
    const village = await newVillage('Ấp Cũ');
    const first = await t.api.execute(UPDATE, {
      variables: { input: { id: village.id, expectedVersion: 1, name: 'Ấp Mới' } },
      as: officerOf(slice.commune),
    });
    expect(first.data).toEqual({ updateVillage: { name: 'Ấp Mới', version: 2 } });
    const stale = await t.api.execute(UPDATE, {
      variables: { input: { id: village.id, expectedVersion: 1, name: 'Ấp Khác' } },
      as: officerOf(slice.commune),
    });
    expect(stale.errors?.[0]?.extensions).toMatchObject({ code: 'CONFLICT', currentVersion: 2 });
    const stored = await t.db.orm.em.fork().findOneOrFail(AdminUnit, { name: 'Ấp Mới' });
    expect(stored.version).toBe(2);
  });

  it('lets exactly one of two concurrent updates from the same version win', async () => {
    const village = await newVillage('Ấp Song Song');
    const results = await Promise.all(
      ['Ấp A', 'Ấp B'].map((name) =>
        t.api.execute(UPDATE, {
          variables: { input: { id: village.id, expectedVersion: 1, name } },
          as: testPrincipals.admin,
        }),
      ),
    );
    const codes = results.map((r) => (r.errors ? r.errors[0]?.extensions?.code : 'OK')).sort();
    expect(codes).toEqual(['CONFLICT', 'OK']);
    const audits = await t.db.orm.em.fork().count(AuditEntry, {
      action: 'geography.updateVillage',
      entityId: (await t.db.orm.em.fork().findOneOrFail(AdminUnit, { name: { $in: ['Ấp A', 'Ấp B'] } })).id,
    });
    expect(audits).toBe(1);
  });

  it('refuses an officer of another district with FORBIDDEN', async () => {
    const village = await newVillage('Ấp Giữ');
    const result = await t.api.execute(UPDATE, {
      variables: { input: { id: village.id, expectedVersion: 1, name: 'Ấp Lấy' } },
      as: officerOf(slice.saDec),
    });
    expect(result.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  });
});
