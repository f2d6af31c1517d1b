import { createHash } from 'node:crypto';
import type { EntityManager } from '@mikro-orm/postgresql';
import { audit } from '../audit/audit.service.js';
import { ReferenceDataLoad } from './reference-data-load.entity.js';

/**
 * Reference data a module ships (the provinces, national criteria sets, …). `content` is hashed:
 * a set is loaded when it is new or its content changed, so restarting adds nothing, and `load`
 * itself must be idempotent (upsert by natural key) because content changes are reloaded.
 */
export interface ReferenceDataSet {
  name: string;
  content: unknown;
  /** Writes the set; returns how many rows it created or changed. */
  load(em: EntityManager): Promise<number>;
}

export interface ReferenceLoadReport {
  name: string;
  status: 'loaded' | 'unchanged';
  rows: number;
}

export function checksumOf(content: unknown): string {
  return createHash('sha256').update(JSON.stringify(content)).digest('hex');
}

/** Loads each set that is new or changed, each in its own transaction, with an audit entry. */
export async function loadReferenceData(
  em: EntityManager,
  sets: readonly ReferenceDataSet[],
): Promise<ReferenceLoadReport[]> {
  const reports: ReferenceLoadReport[] = [];
  for (const set of sets) {
    const checksum = checksumOf(set.content);
    const report = await em.fork().transactional(async (tx) => {
      // Serialises concurrent starts against one database.
      await tx.execute('select pg_advisory_xact_lock(hashtext(?))', [`reference:${set.name}`]);
      const current = await tx.findOne(ReferenceDataLoad, { name: set.name });
      if (current?.checksum === checksum) return { name: set.name, status: 'unchanged' as const, rows: 0 };
      const rows = await set.load(tx);
      if (current) Object.assign(current, { checksum, rows, loadedAt: new Date() });
      else tx.create(ReferenceDataLoad, { name: set.name, checksum, rows, loadedAt: new Date() });
      audit(tx, 'system', {
        action: 'referenceData.load',
        entityType: 'ReferenceData',
        entityId: set.name,
        changes: { rows, checksum },
      });
      return { name: set.name, status: 'loaded' as const, rows };
    });
    reports.push(report);
  }
  return reports;
}
