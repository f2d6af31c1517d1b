import type { EntityManager } from '@mikro-orm/postgresql';
import { CriteriaSet } from '../criteria/criteria-set.entity.js';
import { definitionOf } from '../criteria/criteria.service.js';
import { pickSet } from '../criteria/set-choice.rules.js';
import { AdminLevel } from '../geography/geography.enums.js';
import type { ImportContext, ImportSet, ImportUnit } from './evaluation-import.rules.js';
import { lineageDay, unitExistsIn } from './evaluation.rules.js';

interface UnitRow {
  id: string;
  code: string;
  level: AdminLevel;
  valid_from: string | null;
  valid_to: string | null;
}
interface LinkRow {
  unit_id: string;
  parent_id: string;
  valid_from: string | null;
  valid_to: string | null;
}

const onDay = (row: { valid_from: string | null; valid_to: string | null }, day: string) =>
  (!row.valid_from || row.valid_from <= day) && (!row.valid_to || row.valid_to >= day);

/**
 * The map and the criteria sets in memory, for checking a million rows without a query each:
 * the map is tens of thousands of rows, and each lineage is computed once per unit and year.
 */
export async function loadImportContext(
  em: EntityManager,
  options: { today: string; complete: boolean },
): Promise<ImportContext> {
  const units = await em.execute<UnitRow[]>(
    `select id, code, level, to_char(valid_from, 'YYYY-MM-DD') as valid_from, to_char(valid_to, 'YYYY-MM-DD') as valid_to from admin_unit`,
  );
  const links = await em.execute<LinkRow[]>(
    `select unit_id, parent_id, to_char(valid_from, 'YYYY-MM-DD') as valid_from, to_char(valid_to, 'YYYY-MM-DD') as valid_to from admin_unit_parent`,
  );
  const byCode = Map.groupBy(units, (u) => u.code);
  const byId = new Map(units.map((u) => [u.id, u]));
  const parentsOf = Map.groupBy(links, (l) => l.unit_id);
  const sets = await em.find(CriteriaSet, {});
  const importSets = sets.map((s) => ({ ...s, id: s.id, definition: definitionOf(s) }));
  const setByCode = new Map(importSets.map((s) => [s.code, { id: s.id, definition: s.definition }]));
  const unitCache = new Map<string, ImportUnit | null>();
  const setCache = new Map<string, ImportSet | null>();

  const resolve = (code: string, year: number): ImportUnit | null => {
    const candidates = (byCode.get(code) ?? []).filter((u) =>
      unitExistsIn({ validFrom: u.valid_from, validTo: u.valid_to }, year),
    );
    // A code reused on 1/7/2025 names two units in 2025: the one that ends the year wins.
    const unit = candidates.sort((a, b) => (b.valid_to ?? '9999').localeCompare(a.valid_to ?? '9999'))[0];
    if (!unit) return null;
    const day = lineageDay({ validTo: unit.valid_to }, year);
    const lineage: UnitRow[] = [unit];
    for (let current = unit; lineage.length < 10;) {
      const link = (parentsOf.get(current.id) ?? []).find((l) => onDay(l, day));
      const parent = link ? byId.get(link.parent_id) : undefined;
      if (!parent) break;
      lineage.push(parent);
      current = parent;
    }
    return {
      id: unit.id,
      level: unit.level,
      lineage: lineage.map((u) => u.id),
      lineageLevels: lineage.map((u) => u.level),
      provinceCode: lineage.find((u) => u.level === AdminLevel.PROVINCE)?.code ?? null,
    };
  };

  return {
    today: options.today,
    complete: options.complete,
    unit(code, year) {
      const key = `${code}@${year}`;
      if (!unitCache.has(key)) unitCache.set(key, resolve(code, year));
      return unitCache.get(key) ?? null;
    },
    set(choice): ImportSet | null {
      const key = `${choice.modelKind}|${choice.year}|${choice.unitTier}|${choice.provinceCode}`;
      if (!setCache.has(key)) {
        const set = pickSet(importSets, choice);
        setCache.set(key, set ? { id: set.id, definition: set.definition } : null);
      }
      return setCache.get(key) ?? null;
    },
    setByCode: (code) => setByCode.get(code) ?? null,
  };
}
