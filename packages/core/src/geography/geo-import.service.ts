import { randomUUID } from 'node:crypto';
import type { EntityManager } from '@mikro-orm/postgresql';
import { audit, type Actor } from '../audit/audit.service.js';
import { parseDvhc, type DvhcProblem } from './dvhc-import.rules.js';
import type { AdminLevel, AdminUnitKindEnum, SuccessionKind } from './geography.enums.js';

/** A unit as the import delivers it: `key` is stable within one import and links parents and successions. */
export interface ImportUnit {
  key: string;
  code: string;
  name: string;
  kind: AdminUnitKindEnum | `${AdminUnitKindEnum}`;
  level: AdminLevel | `${AdminLevel}`;
  parentKey: string | null;
  validFrom: string | null;
  validTo: string | null;
}

export interface ImportSuccession {
  fromKey: string;
  toKey: string;
  kind: SuccessionKind | `${SuccessionKind}`;
  effectiveDate: string;
  legalBasis: string;
}

export interface ImportCounts {
  units: { inserted: number; updated: number; unchanged: number };
  parentLinks: { inserted: number; unchanged: number };
  successions: { inserted: number; updated: number; unchanged: number };
}

export interface ImportOptions {
  actor: Actor;
  onProgress?: (line: string) => void;
}

const naturalKey = (u: { level: string; code: string; validFrom: string | null }) =>
  `${u.level}:${u.code}:${u.validFrom ?? ''}`;

/**
 * Writes a parsed national map in one transaction, idempotently: units are matched on their
 * natural key (level, code, first day), parent links and successions on their ends and dates, so
 * a second run inserts nothing. Rows go in as JSON record sets, a few statements for the whole
 * country rather than one per unit.
 */
export async function importAdminUnits(
  em: EntityManager,
  units: readonly ImportUnit[],
  successions: readonly ImportSuccession[],
  options: ImportOptions,
): Promise<ImportCounts> {
  const progress = options.onProgress ?? (() => undefined);
  return em.transactional(async (tx) => {
    await tx.execute(`select pg_advisory_xact_lock(hashtext('geography.import'))`);
    const existing = await tx.execute<
      {
        id: string;
        code: string;
        level: string;
        valid_from: string | null;
        valid_to: string | null;
        name: string;
        kind: string;
      }[]
    >(
      `select id, code, level, to_char(valid_from, 'YYYY-MM-DD') as valid_from, to_char(valid_to, 'YYYY-MM-DD') as valid_to, name, kind from admin_unit where level <> 'VILLAGE'`,
    );
    const byNaturalKey = new Map(
      existing.map((r) => [naturalKey({ level: r.level, code: r.code, validFrom: r.valid_from }), r]),
    );
    const idByKey = new Map<string, string>();
    const counts: ImportCounts = {
      units: { inserted: 0, updated: 0, unchanged: 0 },
      parentLinks: { inserted: 0, unchanged: 0 },
      successions: { inserted: 0, updated: 0, unchanged: 0 },
    };
    const inserts: Record<string, unknown>[] = [];
    const updates: Record<string, unknown>[] = [];
    for (const unit of units) {
      const found = byNaturalKey.get(naturalKey(unit));
      if (!found) {
        const id = randomUUID();
        idByKey.set(unit.key, id);
        inserts.push({
          id,
          code: unit.code,
          name: unit.name,
          kind: unit.kind,
          level: unit.level,
          valid_from: unit.validFrom,
          valid_to: unit.validTo,
        });
        continue;
      }
      idByKey.set(unit.key, found.id);
      if (found.name !== unit.name || found.kind !== unit.kind || found.valid_to !== unit.validTo) {
        updates.push({ id: found.id, name: unit.name, kind: unit.kind, valid_to: unit.validTo });
      } else counts.units.unchanged++;
    }
    progress(`Units: ${inserts.length} new, ${updates.length} changed, ${counts.units.unchanged} unchanged.`);
    if (inserts.length) {
      await tx.execute(
        `insert into admin_unit (id, code, name, kind, level, valid_from, valid_to, source, version)
         select id, code, name, kind::admin_unit_kind, level::admin_level, valid_from, valid_to, 'import', 1
         from json_to_recordset(?::json) as x(id uuid, code text, name text, kind text, level text, valid_from date, valid_to date)`,
        [JSON.stringify(inserts)],
      );
    }
    if (updates.length) {
      await tx.execute(
        `update admin_unit u set name = x.name, kind = x.kind::admin_unit_kind, valid_to = x.valid_to, version = u.version + 1
         from json_to_recordset(?::json) as x(id uuid, name text, kind text, valid_to date) where u.id = x.id`,
        [JSON.stringify(updates)],
      );
    }
    counts.units.inserted = inserts.length;
    counts.units.updated = updates.length;

    const links = units.flatMap((u) => {
      const unitId = idByKey.get(u.key);
      const parentId = u.parentKey ? idByKey.get(u.parentKey) : undefined;
      return unitId && parentId
        ? [{ unit_id: unitId, parent_id: parentId, valid_from: u.validFrom, valid_to: u.validTo }]
        : [];
    });
    const [linked] = await tx.execute<{ n: string }[]>(
      `with wanted as (select * from json_to_recordset(?::json) as x(unit_id uuid, parent_id uuid, valid_from date, valid_to date)),
       added as (
         insert into admin_unit_parent (id, unit_id, parent_id, valid_from, valid_to)
         select gen_random_uuid(), w.unit_id, w.parent_id, w.valid_from, w.valid_to from wanted w
         where not exists (select 1 from admin_unit_parent l where l.unit_id = w.unit_id and l.parent_id = w.parent_id
           and l.valid_from is not distinct from w.valid_from)
         returning 1)
       select count(*) as n from added`,
      [JSON.stringify(links)],
    );
    counts.parentLinks.inserted = Number(linked?.n ?? 0);
    counts.parentLinks.unchanged = links.length - counts.parentLinks.inserted;
    progress(`Parent links: ${counts.parentLinks.inserted} new, ${counts.parentLinks.unchanged} unchanged.`);

    const rows = successions.flatMap((s) => {
      const from = idByKey.get(s.fromKey);
      const to = idByKey.get(s.toKey);
      return from && to
        ? [{ from_id: from, to_id: to, kind: s.kind, effective_date: s.effectiveDate, legal_basis: s.legalBasis }]
        : [];
    });
    const [result] = await tx.execute<{ inserted: string; updated: string }[]>(
      `with wanted as (select * from json_to_recordset(?::json) as x(from_id uuid, to_id uuid, kind text, effective_date date, legal_basis text)),
       changed as (
         update admin_unit_succession s set kind = w.kind::succession_kind, legal_basis = w.legal_basis from wanted w
         where s.from_id = w.from_id and s.to_id = w.to_id and s.effective_date = w.effective_date
           and (s.kind::text <> w.kind or s.legal_basis <> w.legal_basis)
         returning 1),
       added as (
         insert into admin_unit_succession (id, from_id, to_id, kind, effective_date, legal_basis)
         select gen_random_uuid(), w.from_id, w.to_id, w.kind::succession_kind, w.effective_date, w.legal_basis from wanted w
         where not exists (select 1 from admin_unit_succession s where s.from_id = w.from_id and s.to_id = w.to_id and s.effective_date = w.effective_date)
         returning 1)
       select (select count(*) from added) as inserted, (select count(*) from changed) as updated`,
      [JSON.stringify(rows)],
    );
    counts.successions.inserted = Number(result?.inserted ?? 0);
    counts.successions.updated = Number(result?.updated ?? 0);
    counts.successions.unchanged = rows.length - counts.successions.inserted - counts.successions.updated;
    progress(
      `Successions: ${counts.successions.inserted} new, ${counts.successions.updated} changed, ${counts.successions.unchanged} unchanged.`,
    );

    const changedAnything =
      counts.units.inserted +
        counts.units.updated +
        counts.parentLinks.inserted +
        counts.successions.inserted +
        counts.successions.updated >
      0;
    if (changedAnything) {
      audit(tx, options.actor, { action: 'geography.import', entityType: 'AdminUnit', changes: { ...counts } });
      await tx.flush();
      // After a bulk load, fresh statistics and a GIN index without a pending list, so that search
      // uses the index at once instead of waiting for autovacuum (until then the planner scans).
      await tx.execute(`select gin_clean_pending_list('admin_unit_search_idx')`);
      await tx.execute('analyze admin_unit, admin_unit_parent, admin_unit_succession');
    }
    return counts;
  });
}

export interface DvhcImportResult {
  problems: DvhcProblem[];
  parsed: { units: number; successions: number };
  /** Null when problems stopped the import: then nothing was written. */
  counts: ImportCounts | null;
}

/**
 * Parses the three national files and imports them. Rows that do not fit stop the import before
 * anything is written, unless `skipBad` is set: then the rest is imported and the rows are listed.
 */
export async function importDvhc(
  em: EntityManager,
  documents: { before: unknown; splits: unknown; after: unknown },
  options: ImportOptions & { skipBad?: boolean },
): Promise<DvhcImportResult> {
  const parsed = parseDvhc(documents);
  const summary = { units: parsed.units.length, successions: parsed.successions.length };
  options.onProgress?.(
    `Parsed ${summary.units} units and ${summary.successions} successions; ${parsed.problems.length} row(s) do not fit.`,
  );
  if (parsed.problems.length > 0 && !options.skipBad)
    return { problems: parsed.problems, parsed: summary, counts: null };
  const counts = await importAdminUnits(em, parsed.units, parsed.successions, options);
  return { problems: parsed.problems, parsed: summary, counts };
}
