import type { EntityManager } from '@mikro-orm/core';
import type { Principal } from '../auth/principal.js';
import { AuditEntry } from './audit-entry.entity.js';

export interface AuditRecord {
  action: string;
  entityType: string;
  entityId?: string | null;
  changes?: Record<string, unknown> | null;
}

/** The actor behind a change: a caller's principal, or the system itself (start-up, CLI). */
export type Actor = Principal | 'system';

/**
 * Queues an audit entry in the caller's unit of work. Call it inside the transaction that makes
 * the change: the entry is flushed with the change or not at all.
 */
export function audit(em: EntityManager, actor: Actor, record: AuditRecord, requestId?: string): AuditEntry {
  const entry = em.create(AuditEntry, {
    actor: actor === 'system' ? 'system' : actor.kind === 'anonymous' ? 'anonymous' : actor.subject,
    actorRole: actor === 'system' || actor.kind === 'anonymous' ? null : actor.role,
    actorUnitId: actor !== 'system' && actor.kind === 'user' && 'unitId' in actor ? actor.unitId : null,
    action: record.action,
    entityType: record.entityType,
    entityId: record.entityId ?? null,
    changes: record.changes ?? null,
    requestId: requestId ?? null,
    at: new Date(),
  });
  em.persist(entry);
  return entry;
}

/** The fields whose values differ between two snapshots, as `{ field: [before, after] }`. */
export function diff(
  before: Record<string, unknown>,
  after: Record<string, unknown>,
): Record<string, [unknown, unknown]> {
  const changes: Record<string, [unknown, unknown]> = {};
  for (const key of new Set([...Object.keys(before), ...Object.keys(after)])) {
    if (JSON.stringify(before[key]) !== JSON.stringify(after[key])) changes[key] = [before[key], after[key]];
  }
  return changes;
}
