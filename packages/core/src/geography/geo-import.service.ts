import { randomUUID } from 'node:crypto';
import type { EntityManager } from '@mikro-orm/postgresql';
import { audit, type Actor } from '../audit/audit.service.js';
import { jsonLiteral } from '../common/sql.js';
import { parseDvhc, type DvhcProblem } from './dvhc-import.rules.js';
import type { AdminLevel, AdminUnitKindEnum, SuccessionKind } from './geography.enums.js';
import { decodeMapFile, type MapFileProblem } from './map-file.rules.js';

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
  /** When `validFrom` is null: the date of the list the unit comes from (see `AdminUnit.knownFrom`). */
  knownFrom?: string | null;
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
 * country rather than one per unit, inlined as dollar-quoted literals (MikroORM would escape a bound
 * parameter of a few megabytes in JavaScript, which costs seconds).
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
        known_from: string | null;
        name: string;
        kind: string;
      }[]
    >(
      `select id, code, level, to_char(valid_from, 'YYYY-MM-DD') as valid_from, to_char(valid_to, 'YYYY-MM-DD') as valid_to,
         to_char(known_from, 'YYYY-MM-DD') as known_from, name, kind from admin_unit where level <> 'VILLAGE'`,
    );
    const byNaturalKey = new Map(
      existing.map((r) => [naturalKey({ level: r.level, code: r.code, validFrom: r.valid_from }), r]),
    );
    // A unit known only from a list (no first day, known from the list's date) that a file of earlier
    // changes now gives a first day: the same unit, matched on level, code and last day.
    const startUnknown = new Map(
      existing
        .filter((r) => r.valid_from === null && r.known_from !== null)
        .map((r) => [`${r.level}:${r.code}:${r.valid_to ?? ''}`, r]),
    );
    // And the other way round: the list imported again after its units were given a first day.
    const listedStarted = new Map(
      existing
        .filter((r) => r.valid_from !== null && r.known_from !== null)
        .map((r) => [`${r.level}:${r.code}:${r.valid_to ?? ''}:${r.known_from}`, r]),
    );
    const matchOf = (unit: ImportUnit) => {
      const exact = byNaturalKey.get(naturalKey(unit));
      if (exact) return exact;
      if (unit.validFrom === null)
        return unit.knownFrom
          ? listedStarted.get(`${unit.level}:${unit.code}:${unit.validTo ?? ''}:${unit.knownFrom}`)
          : undefined;
      const listed = startUnknown.get(`${unit.level}:${unit.code}:${unit.validTo ?? ''}`);
      return listed?.known_from && unit.validFrom <= listed.known_from ? listed : undefined;
    };
    /** The first day each unit of the file ends up with (a list never undoes a first day given later). */
    const validFromByKey = new Map<string, string | null>();
    const idByKey = new Map<string, string>();
    const counts: ImportCounts = {
      units: { inserted: 0, updated: 0, unchanged: 0 },
      parentLinks: { inserted: 0, unchanged: 0 },
      successions: { inserted: 0, updated: 0, unchanged: 0 },
    };
    const inserts: Record<string, unknown>[] = [];
    const updates: Record<string, unknown>[] = [];
    for (const unit of units) {
      const found = matchOf(unit);
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
          known_from: unit.knownFrom ?? null,
        });
        continue;
      }
      idByKey.set(unit.key, found.id);
      // A list's date is kept once known; a file without one (e.g. of earlier changes) keeps it too.
      const knownFrom = unit.knownFrom ?? found.known_from;
      const validFrom = unit.validFrom ?? found.valid_from;
      validFromByKey.set(unit.key, validFrom);
      if (
        found.name !== unit.name ||
        found.kind !== unit.kind ||
        found.valid_to !== unit.validTo ||
        found.valid_from !== validFrom ||
        found.known_from !== knownFrom
      ) {
        updates.push({
          id: found.id,
          name: unit.name,
          kind: unit.kind,
          valid_from: validFrom,
          valid_to: unit.validTo,
          known_from: knownFrom,
          start_given: found.valid_from === null && validFrom !== null,
        });
      } else counts.units.unchanged++;
    }
    progress(`Units: ${inserts.length} new, ${updates.length} changed, ${counts.units.unchanged} unchanged.`);
    if (inserts.length) {
      await tx.execute(
        `insert into admin_unit (id, code, name, kind, level, valid_from, valid_to, known_from, source, version)
         select id, code, name, kind::admin_unit_kind, level::admin_level, valid_from, valid_to, known_from, 'import', 1
         from json_to_recordset(${jsonLiteral(inserts)}) as x(id uuid, code text, name text, kind text, level text, valid_from date, valid_to date, known_from date)`,
      );
    }
    if (updates.length) {
      await tx.execute(
        `update admin_unit u set name = x.name, kind = x.kind::admin_unit_kind, valid_from = x.valid_from, valid_to = x.valid_to,
           known_from = x.known_from, version = u.version + 1
         from json_to_recordset(${jsonLiteral(updates)}) as x(id uuid, name text, kind text, valid_from date, valid_to date, known_from date) where u.id = x.id`,
      );
      // A unit given its first day: its parent links that began "before the records" begin then too.
      await tx.execute(
        `update admin_unit_parent l set valid_from = x.valid_from
         from json_to_recordset(${jsonLiteral(updates)}) as x(id uuid, valid_from date, start_given boolean)
         where x.start_given and l.unit_id = x.id and l.valid_from is null`,
      );
    }
    counts.units.inserted = inserts.length;
    counts.units.updated = updates.length;

    const links = units.flatMap((u) => {
      const unitId = idByKey.get(u.key);
      const parentId = u.parentKey ? idByKey.get(u.parentKey) : undefined;
      const validFrom = validFromByKey.has(u.key) ? validFromByKey.get(u.key) : u.validFrom;
      return unitId && parentId
        ? [{ unit_id: unitId, parent_id: parentId, valid_from: validFrom ?? null, valid_to: u.validTo }]
        : [];
    });
    const [linked] = await tx.execute<{ n: string }[]>(
      `with wanted as (select * from json_to_recordset(${jsonLiteral(links)}) as x(unit_id uuid, parent_id uuid, valid_from date, valid_to date)),
       added as (
         insert into admin_unit_parent (id, unit_id, parent_id, valid_from, valid_to)
         select gen_random_uuid(), w.unit_id, w.parent_id, w.valid_from, w.valid_to from wanted w
         where not exists (select 1 from admin_unit_parent l where l.unit_id = w.unit_id and l.parent_id = w.parent_id
           and l.valid_from is not distinct from w.valid_from)
         returning 1)
       select count(*) as n from added`,
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
      `with wanted as (select * from json_to_recordset(${jsonLiteral(rows)}) as x(from_id uuid, to_id uuid, kind text, effective_date date, legal_basis text)),
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

export interface MapImportResult {
  problems: MapFileProblem[];
  parsed: { units: number; successions: number };
  /** Null when problems stopped the import: then nothing was written. */
  counts: ImportCounts | null;
}

/**
 * Imports a map file of the project's own format (`hoctap-map`): the shipped national map, or a file
 * of corrections or earlier changes imported on top of it (see `map-file.rules.ts`). Every row is
 * checked first; one that does not fit stops the import before anything is written.
 */
export async function importMapFile(
  em: EntityManager,
  document: unknown,
  options: ImportOptions,
): Promise<MapImportResult> {
  const decoded = decodeMapFile(document);
  if (!('units' in decoded)) return { problems: decoded.problems, parsed: { units: 0, successions: 0 }, counts: null };
  options.onProgress?.(`Read ${decoded.units.length} units and ${decoded.successions.length} successions.`);
  const counts = await importAdminUnits(em, decoded.units, decoded.successions, options);
  return { problems: [], parsed: { units: decoded.units.length, successions: decoded.successions.length }, counts };
}
