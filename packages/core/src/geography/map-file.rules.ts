import { AdminLevel, AdminUnitKindEnum, SuccessionKind } from './geography.enums.js';
import type { ImportSuccession, ImportUnit } from './geo-import.service.js';

/**
 * The project's own map file (`hoctap-map`, version 1): units and successions as compact rows, so
 * that the whole country fits in a few hundred kilobytes gzipped. The shipped national map
 * (`packages/core/data/national-map.json.gz`) is one; a file of earlier changes (e.g. the 2019–2025
 * commune mergers) is another, imported on top with `hoctap geo import --map`.
 *
 * ```json
 * { "format": "hoctap-map", "version": 1, "title": "…", "sources": [{ "name": "…", "licence": "…" }],
 *   "legalBases": ["Nghị quyết …"],
 *   "units": [[key, level, code, name, kind, parentKey, validFrom, validTo, knownFrom], …],
 *   "successions": [[fromKey, toKey, kind, effectiveDate, legalBasisIndex], …] }
 * ```
 *
 * Keys are the file's own, stable only within it; a unit is matched to the database on (level,
 * code, first day), or, for a unit of a list whose first day was unknown (`knownFrom` set), on
 * (level, code, last day): so a file of earlier changes gives such a unit its first day. Dates are
 * ISO (YYYY-MM-DD) or null.
 */
export const MAP_FILE_FORMAT = 'hoctap-map';
export const MAP_FILE_VERSION = 1;

export type MapUnitRow = [
  key: string,
  level: `${AdminLevel}`,
  code: string,
  name: string,
  kind: `${AdminUnitKindEnum}`,
  parentKey: string | null,
  validFrom: string | null,
  validTo: string | null,
  knownFrom: string | null,
];
export type MapSuccessionRow = [
  fromKey: string,
  toKey: string,
  kind: `${SuccessionKind}`,
  effectiveDate: string,
  legalBasis: number,
];

export interface MapSource {
  name: string;
  licence: string;
  /** Where it was published. */
  url?: string;
  note?: string;
}

export interface MapFile {
  format: typeof MAP_FILE_FORMAT;
  version: typeof MAP_FILE_VERSION;
  title: string;
  sources: MapSource[];
  /** Ids of the corrections applied to the sources (see `dvhc-corrections.data.ts`). */
  corrections?: string[];
  /** SHA-256 of each source file the map was generated from, to tell whether it is current. */
  sourceChecksums?: Record<string, string>;
  legalBases: string[];
  units: MapUnitRow[];
  successions: MapSuccessionRow[];
}

export interface MapFileProblem {
  /** JSON path of the row, e.g. `units[12][6]`. */
  path: string;
  message: string;
}

export function encodeMapFile(
  header: Pick<MapFile, 'title' | 'sources' | 'corrections' | 'sourceChecksums'>,
  units: readonly ImportUnit[],
  successions: readonly ImportSuccession[],
): MapFile {
  const legalBases = [...new Set(successions.map((s) => s.legalBasis))];
  return {
    format: MAP_FILE_FORMAT,
    version: MAP_FILE_VERSION,
    ...header,
    legalBases,
    units: units.map((u) => [
      u.key,
      u.level,
      u.code,
      u.name,
      u.kind,
      u.parentKey,
      u.validFrom,
      u.validTo,
      u.knownFrom ?? null,
    ]),
    successions: successions.map((s) => [
      s.fromKey,
      s.toKey,
      s.kind,
      s.effectiveDate,
      legalBases.indexOf(s.legalBasis),
    ]),
  };
}

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;
const isDate = (v: unknown): v is string =>
  typeof v === 'string' &&
  ISO_DATE.test(v) &&
  !Number.isNaN(Date.parse(`${v}T00:00:00Z`)) &&
  new Date(`${v}T00:00:00Z`).toISOString().startsWith(v);
const levels = new Set<string>(Object.values(AdminLevel));
const kinds = new Set<string>(Object.values(AdminUnitKindEnum));
const successionKinds = new Set<string>(Object.values(SuccessionKind));

function checkUnit(row: unknown, i: number, keys: Set<string>, problems: MapFileProblem[]): ImportUnit | null {
  const at = (field: number, message: string) => problems.push({ path: `units[${i}][${field}]`, message });
  if (!Array.isArray(row) || row.length !== 9) {
    problems.push({
      path: `units[${i}]`,
      message: 'a unit is [key, level, code, name, kind, parentKey, validFrom, validTo, knownFrom]',
    });
    return null;
  }
  const [key, level, code, name, kind, parentKey, validFrom, validTo, knownFrom] = row as unknown[];
  const before = problems.length;
  if (typeof key !== 'string' || key === '') at(0, 'key must be a non-empty string');
  else if (keys.has(key)) at(0, `key ${key} is used twice`);
  if (typeof level !== 'string' || !levels.has(level)) at(1, `level must be one of ${[...levels].join(', ')}`);
  if (typeof code !== 'string' || !/^\d{2,5}$/.test(code)) at(2, 'code must be 2–5 digits');
  if (typeof name !== 'string' || name.trim() === '') at(3, 'name must be a non-empty string');
  if (typeof kind !== 'string' || !kinds.has(kind)) at(4, `kind must be one of ${[...kinds].join(', ')}`);
  if (parentKey !== null && typeof parentKey !== 'string') at(5, 'parentKey must be a key or null');
  if (validFrom !== null && !isDate(validFrom)) at(6, 'validFrom must be an ISO date (YYYY-MM-DD) or null');
  if (validTo !== null && !isDate(validTo)) at(7, 'validTo must be an ISO date (YYYY-MM-DD) or null');
  if (knownFrom !== null && !isDate(knownFrom)) at(8, 'knownFrom must be an ISO date (YYYY-MM-DD) or null');
  if (isDate(validFrom) && isDate(validTo) && validFrom > validTo) at(7, 'validTo is before validFrom');
  if (problems.length > before) return null;
  keys.add(key as string);
  return {
    key: key as string,
    level: level as AdminLevel,
    code: code as string,
    name: (name as string).trim(),
    kind: kind as AdminUnitKindEnum,
    parentKey: parentKey as string | null,
    validFrom: validFrom as string | null,
    validTo: validTo as string | null,
    knownFrom: knownFrom as string | null,
  };
}

/** Reads a map file, naming every row and field that does not fit; nothing is returned unless all fit. */
export function decodeMapFile(
  document: unknown,
):
  | { units: ImportUnit[]; successions: ImportSuccession[]; file: MapFile; problems: [] }
  | { problems: MapFileProblem[] } {
  const doc = document as Partial<MapFile> | null;
  if (typeof doc !== 'object' || doc === null || doc.format !== MAP_FILE_FORMAT)
    return { problems: [{ path: 'format', message: `not a map file: "format" must be "${MAP_FILE_FORMAT}"` }] };
  if (doc.version !== MAP_FILE_VERSION)
    return {
      problems: [
        { path: 'version', message: `version ${String(doc.version)} is not supported (only ${MAP_FILE_VERSION})` },
      ],
    };
  const problems: MapFileProblem[] = [];
  const legalBases = Array.isArray(doc.legalBases) ? doc.legalBases : [];
  if (!Array.isArray(doc.units)) problems.push({ path: 'units', message: 'units must be an array' });
  if (!Array.isArray(doc.successions)) problems.push({ path: 'successions', message: 'successions must be an array' });
  if (problems.length > 0) return { problems };
  const keys = new Set<string>();
  const units = (doc.units as unknown[]).flatMap((row, i) => checkUnit(row, i, keys, problems) ?? []);
  units.forEach((u, i) => {
    if (u.parentKey !== null && !keys.has(u.parentKey))
      problems.push({ path: `units[${i}][5]`, message: `parentKey ${u.parentKey} is not a key of this file` });
  });
  const successions = (doc.successions as unknown[]).flatMap((row, i): ImportSuccession[] => {
    const at = (field: number, message: string) => problems.push({ path: `successions[${i}][${field}]`, message });
    if (!Array.isArray(row) || row.length !== 5) {
      problems.push({
        path: `successions[${i}]`,
        message: 'a succession is [fromKey, toKey, kind, effectiveDate, legalBasis]',
      });
      return [];
    }
    const [from, to, kind, date, basis] = row as unknown[];
    const before = problems.length;
    if (typeof from !== 'string' || !keys.has(from)) at(0, `fromKey ${String(from)} is not a key of this file`);
    if (typeof to !== 'string' || !keys.has(to)) at(1, `toKey ${String(to)} is not a key of this file`);
    if (typeof kind !== 'string' || !successionKinds.has(kind)) at(2, 'kind must be FULL or PARTIAL');
    if (!isDate(date)) at(3, 'effectiveDate must be an ISO date (YYYY-MM-DD)');
    const legalBasis = typeof basis === 'number' ? legalBases[basis] : undefined;
    if (typeof legalBasis !== 'string' || legalBasis.trim() === '')
      at(4, 'legalBasis must be an index into legalBases');
    if (problems.length > before) return [];
    return [
      {
        fromKey: from as string,
        toKey: to as string,
        kind: kind as SuccessionKind,
        effectiveDate: date as string,
        legalBasis: legalBasis as string,
      },
    ];
  });
  if (problems.length > 0) return { problems };
  return { units, successions, file: doc as MapFile, problems: [] };
}
