import { AdminLevel, AdminUnitKindEnum, SuccessionKind } from './geography.enums.js';
import type { ImportSuccession, ImportUnit } from './geo-import.service.js';
import { DVHC_CORRECTIONS, tidyName, type DvhcCorrection } from './dvhc-corrections.data.js';
import { LAST_DAY_BEFORE_REFORM, PRE_REFORM_LIST_DATE, PROVINCE_MERGER_BASIS, REFORM_DATE } from './provinces.data.js';

/**
 * Turns the three national files (formats of shared/data/dvhc: the GSO tree before the reform,
 * old→new splits, new→old merges) into units and successions for the importer. The old→new
 * mapping was extracted from the merger resolutions by a language model, so rows that do not fit
 * are reported with their place in the file, never thrown.
 */

export type DvhcFile = 'before' | 'splits' | 'after';
export type DvhcRule =
  'BAD_SHAPE' | 'DUPLICATE_CODE' | 'UNKNOWN_CODE' | 'DANGLING_MAPPING' | 'KIND_MISMATCH' | 'OUTSIDE_PROVINCE';

export interface DvhcProblem {
  file: DvhcFile;
  /** JSON path of the row, e.g. `data[3].level2s[5].merges[2]`. */
  path: string;
  code?: string;
  rule: DvhcRule;
  message: string;
}

export interface DvhcParseResult {
  units: ImportUnit[];
  successions: ImportSuccession[];
  problems: DvhcProblem[];
  /** Ids of the corrections that matched a row and were applied. */
  corrected: string[];
  /** Corrections that matched no row (a newer file may have fixed them): listed, never applied elsewhere. */
  unmatchedCorrections: string[];
}

export const COMMUNE_MERGER_BASIS =
  'Nghị quyết của Ủy ban Thường vụ Quốc hội (số 1654–1687/NQ-UBTVQH15, một nghị quyết cho mỗi tỉnh) về sắp xếp đơn vị hành chính cấp xã năm 2025';

type Row = Record<string, unknown>;
const isRow = (v: unknown): v is Row => typeof v === 'object' && v !== null && !Array.isArray(v);
const text = (row: Row, key: string): string | null =>
  typeof row[key] === 'string' && row[key].trim() ? row[key].trim() : null;
const list = (row: Row, key: string): unknown[] => (Array.isArray(row[key]) ? row[key] : []);

function dataOf(document: unknown, file: DvhcFile): unknown[] {
  if (!isRow(document) || !Array.isArray(document.data)) {
    throw new Error(`The ${file} file is not a dvhc document: expected an object with a "data" array.`);
  }
  return document.data;
}

/** The legal kind from the GSO type label, or for post-reform communes from the name's first word. */
export function kindOf(label: string, level: AdminLevel): AdminUnitKindEnum | null {
  const l = label.normalize('NFC').toLowerCase();
  if (level === AdminLevel.PROVINCE)
    return l.startsWith('thành phố')
      ? AdminUnitKindEnum.CENTRAL_CITY
      : l.startsWith('tỉnh')
        ? AdminUnitKindEnum.PROVINCE
        : null;
  if (level === AdminLevel.DISTRICT) {
    if (l.startsWith('quận')) return AdminUnitKindEnum.URBAN_DISTRICT;
    if (l.startsWith('huyện')) return AdminUnitKindEnum.RURAL_DISTRICT;
    if (l.startsWith('thị xã')) return AdminUnitKindEnum.TOWN;
    if (l.startsWith('thành phố')) return AdminUnitKindEnum.PROVINCIAL_CITY;
    return null;
  }
  if (l.startsWith('xã')) return AdminUnitKindEnum.COMMUNE;
  if (l.startsWith('phường')) return AdminUnitKindEnum.WARD;
  if (l.startsWith('thị trấn')) return AdminUnitKindEnum.TOWNSHIP;
  if (l.startsWith('đặc khu')) return AdminUnitKindEnum.SPECIAL_ZONE;
  return null;
}

class Collector {
  constructor(readonly corrections: readonly DvhcCorrection[]) {}
  readonly corrected = new Set<string>();
  readonly units: ImportUnit[] = [];
  readonly successions: ImportSuccession[] = [];
  readonly problems: DvhcProblem[] = [];
  readonly keys = new Set<string>();
  /** Codes of old districts that had no communes of their own. */
  readonly communelessDistricts = new Set<string>();

  problem(p: DvhcProblem): void {
    this.problems.push(p);
  }

  /** Adds a unit unless its code is already used in its era and level; returns whether it was added. */
  unit(u: ImportUnit, file: DvhcFile, path: string): boolean {
    if (this.keys.has(u.key)) {
      this.problem({
        file,
        path,
        code: u.code,
        rule: 'DUPLICATE_CODE',
        message: `code ${u.code} appears twice at this level`,
      });
      return false;
    }
    this.keys.add(u.key);
    this.units.push({ ...u, name: tidyName(u.name) });
    return true;
  }
}

function readBefore(document: unknown, out: Collector): void {
  // The list is of 1/3/2025: when each unit began is not in it, so the start stays unknown and the
  // list's date is kept as the first day the unit is known to have existed.
  const old = { validFrom: null, validTo: LAST_DAY_BEFORE_REFORM, knownFrom: PRE_REFORM_LIST_DATE };
  dataOf(document, 'before').forEach((p, i) => {
    const path = `data[${i}]`;
    const code = isRow(p) ? text(p, 'level1_id') : null;
    const name = isRow(p) ? text(p, 'name') : null;
    const kind = isRow(p) && name ? kindOf(text(p, 'type') ?? name, AdminLevel.PROVINCE) : null;
    if (!isRow(p) || !code || !name || !kind) {
      out.problem({
        file: 'before',
        path,
        rule: 'BAD_SHAPE',
        message: 'a province needs level1_id, name and a known type',
      });
      return;
    }
    const provinceKey = `old:P:${code}`;
    if (
      !out.unit(
        { key: provinceKey, code, name, kind, level: AdminLevel.PROVINCE, parentKey: null, ...old },
        'before',
        path,
      )
    )
      return;
    list(p, 'level2s').forEach((d, j) => {
      const dPath = `${path}.level2s[${j}]`;
      const dCode = isRow(d) ? text(d, 'level2_id') : null;
      const dName = isRow(d) ? text(d, 'name') : null;
      const dKind = isRow(d) ? kindOf(text(d, 'type') ?? '', AdminLevel.DISTRICT) : null;
      if (!isRow(d) || !dCode || !dName || !dKind) {
        out.problem({
          file: 'before',
          path: dPath,
          rule: 'BAD_SHAPE',
          message: 'a district needs level2_id, name and a known type',
        });
        return;
      }
      const districtKey = `old:D:${dCode}`;
      if (
        !out.unit(
          {
            key: districtKey,
            code: dCode,
            name: dName,
            kind: dKind,
            level: AdminLevel.DISTRICT,
            parentKey: provinceKey,
            ...old,
          },
          'before',
          dPath,
        )
      )
        return;
      if (list(d, 'level3s').length === 0) out.communelessDistricts.add(dCode);
      list(d, 'level3s').forEach((c, k) => {
        const cPath = `${dPath}.level3s[${k}]`;
        const cCode = isRow(c) ? text(c, 'level3_id') : null;
        const cName = isRow(c) ? text(c, 'name') : null;
        const correction = out.corrections.find(
          (x): x is Extract<DvhcCorrection, { kind: 'COMMUNE_KIND' }> =>
            x.kind === 'COMMUNE_KIND' && x.code === cCode && cName !== null && tidyName(cName) === x.name,
        );
        if (correction) out.corrected.add(correction.id);
        const cKind = correction
          ? correction.unitKind
          : isRow(c)
            ? kindOf(text(c, 'type') ?? '', AdminLevel.COMMUNE)
            : null;
        if (!isRow(c) || !cCode || !cName || !cKind) {
          out.problem({
            file: 'before',
            path: cPath,
            rule: 'BAD_SHAPE',
            message: 'a commune needs level3_id, name and a known type',
          });
          return;
        }
        out.unit(
          {
            key: `old:C:${cCode}`,
            code: cCode,
            name: cName,
            kind: cKind,
            level: AdminLevel.COMMUNE,
            parentKey: districtKey,
            ...old,
          },
          'before',
          cPath,
        );
      });
    });
  });
}

interface Merge {
  oldKey: string;
  newKey: string;
  kind: SuccessionKind;
  path: string;
}

function readAfter(document: unknown, out: Collector): Merge[] {
  const now = { validFrom: REFORM_DATE, validTo: null, knownFrom: null };
  const merges: Merge[] = [];
  const readMerges = (row: Row, path: string, newKey: string, level: 'P' | 'C') => {
    list(row, 'merges').forEach((m, k) => {
      const mPath = `${path}.merges[${k}]`;
      const oldCode = isRow(m) ? text(m, 'old_id') : null;
      const type = isRow(m) ? text(m, 'type') : null;
      if (!isRow(m) || !oldCode || (type !== 'full' && type !== 'partial')) {
        out.problem({
          file: 'after',
          path: mPath,
          rule: 'BAD_SHAPE',
          message: 'a merge needs old_id and type "full" or "partial"',
        });
        return;
      }
      const dropped = out.corrections.find(
        (x) => x.kind === 'DROP_MERGE' && level === 'C' && x.oldCode === oldCode && newKey === `new:C:${x.newCode}`,
      );
      if (dropped) {
        out.corrected.add(dropped.id);
        return;
      }
      let oldKey = `old:${level}:${oldCode}`;
      // Island districts with no communes (e.g. Côn Đảo, Bạch Long Vĩ) became special zones
      // (đặc khu): their merge names the old district's code.
      if (level === 'C' && !out.keys.has(oldKey) && out.communelessDistricts.has(oldCode)) oldKey = `old:D:${oldCode}`;
      if (!out.keys.has(oldKey)) {
        out.problem({
          file: 'after',
          path: mPath,
          code: oldCode,
          rule: 'UNKNOWN_CODE',
          message: `old ${level === 'P' ? 'province' : 'commune'} ${oldCode} is not in the before-file`,
        });
        return;
      }
      merges.push({
        oldKey,
        newKey,
        kind: type === 'full' ? SuccessionKind.FULL : SuccessionKind.PARTIAL,
        path: mPath,
      });
    });
  };
  dataOf(document, 'after').forEach((p, i) => {
    const path = `data[${i}]`;
    const code = isRow(p) ? text(p, 'level1_id') : null;
    const name = isRow(p) ? text(p, 'name') : null;
    const kind = name ? kindOf(name, AdminLevel.PROVINCE) : null;
    if (!isRow(p) || !code || !name || !kind) {
      out.problem({
        file: 'after',
        path,
        rule: 'BAD_SHAPE',
        message: 'a province needs level1_id and a name starting with "Tỉnh" or "Thành phố"',
      });
      return;
    }
    const provinceKey = `new:P:${code}`;
    if (
      !out.unit(
        { key: provinceKey, code, name, kind, level: AdminLevel.PROVINCE, parentKey: null, ...now },
        'after',
        path,
      )
    )
      return;
    readMerges(p, path, provinceKey, 'P');
    list(p, 'level2s').forEach((c, j) => {
      const cPath = `${path}.level2s[${j}]`;
      const cCode = isRow(c) ? text(c, 'level2_id') : null;
      const cName = isRow(c) ? text(c, 'name') : null;
      const cKind = cName ? kindOf(cName, AdminLevel.COMMUNE) : null;
      if (!isRow(c) || !cCode || !cName || !cKind) {
        out.problem({
          file: 'after',
          path: cPath,
          rule: 'BAD_SHAPE',
          message: 'a commune needs level2_id and a name starting with Xã, Phường or Đặc khu',
        });
        return;
      }
      const communeKey = `new:C:${cCode}`;
      if (
        out.unit(
          {
            key: communeKey,
            code: cCode,
            name: cName,
            kind: cKind,
            level: AdminLevel.COMMUNE,
            parentKey: provinceKey,
            ...now,
          },
          'after',
          cPath,
        )
      ) {
        readMerges(c, cPath, communeKey, 'C');
      }
    });
  });
  return merges;
}

/** Checks each old commune's splits against the merges: same successors, PARTIAL wherever it went to several. */
function checkSplits(document: unknown, merges: Merge[], out: Collector): void {
  const mergesByOld = new Map<string, Merge[]>();
  for (const m of merges) mergesByOld.set(m.oldKey, [...(mergesByOld.get(m.oldKey) ?? []), m]);
  dataOf(document, 'splits').forEach((p, i) => {
    if (!isRow(p)) return;
    list(p, 'level3s').forEach((c, k) => {
      const path = `data[${i}].level3s[${k}]`;
      const oldCode = isRow(c) ? text(c, 'level3_id') : null;
      if (!isRow(c) || !oldCode) {
        out.problem({ file: 'splits', path, rule: 'BAD_SHAPE', message: 'a split needs level3_id' });
        return;
      }
      const targets = list(c, 'splits').map((s) => (isRow(s) ? text(s, 'new_id') : null));
      const known = mergesByOld.get(`old:C:${oldCode}`) ?? [];
      targets.forEach((newCode, t) => {
        if (out.corrections.some((x) => x.kind === 'DROP_MERGE' && x.oldCode === oldCode && x.newCode === newCode))
          return;
        if (!newCode || !out.keys.has(`new:C:${newCode}`)) {
          out.problem({
            file: 'splits',
            path: `${path}.splits[${t}]`,
            code: newCode ?? undefined,
            rule: 'DANGLING_MAPPING',
            message: `new commune ${newCode ?? '?'} is not in the after-file`,
          });
          return;
        }
        const merge = known.find((m) => m.newKey === `new:C:${newCode}`);
        if (!merge) {
          out.problem({
            file: 'splits',
            path: `${path}.splits[${t}]`,
            code: oldCode,
            rule: 'DANGLING_MAPPING',
            message: `${oldCode} → ${newCode} is in the splits but not in the merges`,
          });
        } else if (targets.length > 1 && merge.kind === SuccessionKind.FULL) {
          out.problem({
            file: 'after',
            path: merge.path,
            code: oldCode,
            rule: 'KIND_MISMATCH',
            message: `${oldCode} went to ${targets.length} communes, so its part in ${newCode} cannot be "full"`,
          });
        }
      });
    });
  });
}

/**
 * A commune can only pass to a commune of the province its own province merged into: a mapping that
 * crosses provinces is a slip of the extraction (e.g. a commune mapped to a namesake elsewhere).
 */
function checkProvinces(merges: Merge[], out: Collector): void {
  const parentOf = new Map(out.units.map((u) => [u.key, u.parentKey]));
  const provinceOf = (key: string): string | null => {
    let current: string | null | undefined = key;
    while (current && !current.includes(':P:')) current = parentOf.get(current);
    return current ?? null;
  };
  const provinceMerges = new Set(merges.filter((m) => m.oldKey.includes(':P:')).map((m) => `${m.oldKey}>${m.newKey}`));
  for (const m of merges) {
    if (m.oldKey.includes(':P:')) continue;
    const from = provinceOf(m.oldKey);
    const to = provinceOf(m.newKey);
    if (from && to && !provinceMerges.has(`${from}>${to}`)) {
      out.problem({
        file: 'after',
        path: m.path,
        code: m.oldKey.split(':')[2],
        rule: 'OUTSIDE_PROVINCE',
        message: `${m.oldKey.split(':')[2]} lies in old province ${from.split(':')[2]}, which did not merge into new province ${to.split(':')[2]}`,
      });
    }
  }
}

/**
 * Parses the three files with the documented corrections (`DVHC_CORRECTIONS`; pass `[]` to see the
 * files' rows as they are).
 */
export function parseDvhc(
  input: { before: unknown; splits: unknown; after: unknown },
  corrections: readonly DvhcCorrection[] = DVHC_CORRECTIONS,
): DvhcParseResult {
  const out = new Collector(corrections);
  readBefore(input.before, out);
  const merges = readAfter(input.after, out);
  checkSplits(input.splits, merges, out);
  checkProvinces(merges, out);
  const mismatched = new Set(
    out.problems.filter((p) => p.rule === 'KIND_MISMATCH' || p.rule === 'OUTSIDE_PROVINCE').map((p) => p.path),
  );
  for (const m of merges) {
    if (mismatched.has(m.path)) continue;
    const province = m.oldKey.startsWith('old:P:');
    // A district-to-commune succession exists only for communeless island districts (see readAfter).
    out.successions.push({
      fromKey: m.oldKey,
      toKey: m.newKey,
      kind: m.kind,
      effectiveDate: REFORM_DATE,
      legalBasis: province ? PROVINCE_MERGER_BASIS : COMMUNE_MERGER_BASIS,
    });
  }
  return {
    units: out.units,
    successions: out.successions,
    problems: out.problems,
    corrected: corrections.filter((c) => out.corrected.has(c.id)).map((c) => c.id),
    unmatchedCorrections: corrections.filter((c) => !out.corrected.has(c.id)).map((c) => c.id),
  };
}
