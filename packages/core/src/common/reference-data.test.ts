import { createTestDatabase, type TestDatabase } from '@hoctap/plugin-sdk/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AuditEntry } from '../audit/audit-entry.entity.js';
import { AdminUnit } from '../geography/admin-unit.entity.js';
import { Succession } from '../geography/succession.entity.js';
import { provincesReferenceData } from '../geography/provinces.reference.js';
import { loadReferenceData } from './reference-data.js';
import { ReferenceDataLoad } from './reference-data-load.entity.js';

let db: TestDatabase;

beforeAll(async () => {
  db = await createTestDatabase();
});

afterAll(async () => {
  await db?.drop();
});

describe('loadReferenceData', () => {
  it('adds nothing when the shipped data has not changed (the template already loaded it)', async () => {
    const em = db.orm.em.fork();
    const before = { units: await em.count(AdminUnit), successions: await em.count(Succession) };
    const reports = await loadReferenceData(em, [provincesReferenceData]);
    expect(reports).toEqual([{ name: 'geography.provinces', status: 'unchanged', rows: 0 }]);
    expect({ units: await em.count(AdminUnit), successions: await em.count(Succession) }).toEqual(before);
    expect(before).toEqual({ units: 63 + 34, successions: 63 });
  });

  it('reloads a changed set idempotently, records its checksum and audits the load', async () => {
    const em = db.orm.em.fork();
    const changed = { ...provincesReferenceData, content: { revision: 2 } };
    const [report] = await loadReferenceData(em, [changed]);
    // Content changed, rows did not: the loader upserts by natural key and finds nothing to do.
    expect(report).toEqual({ name: 'geography.provinces', status: 'loaded', rows: 0 });
    expect(await em.count(AdminUnit)).toBe(97);
    const record = await em.fork().findOneOrFail(ReferenceDataLoad, { name: 'geography.provinces' });
    expect(record.rows).toBe(0);
    expect(
      await em.fork().count(AuditEntry, { action: 'referenceData.load', entityId: 'geography.provinces' }),
    ).toBeGreaterThanOrEqual(1);
    const [again] = await loadReferenceData(em.fork(), [changed]);
    expect(again?.status).toBe('unchanged');
  });

  it('repairs a hand-edited province name on reload', async () => {
    const em = db.orm.em.fork();
    await em.nativeUpdate(AdminUnit, { code: '87', validTo: '2025-06-30' }, { name: 'Đồng Tháp (sai)' });
    const [report] = await loadReferenceData(em, [{ ...provincesReferenceData, content: { revision: 3 } }]);
    expect(report?.rows).toBe(1);
    const unit = await em.fork().findOneOrFail(AdminUnit, { code: '87', validTo: '2025-06-30' });
    expect(unit.name).toBe('Tỉnh Đồng Tháp');
  });
});
