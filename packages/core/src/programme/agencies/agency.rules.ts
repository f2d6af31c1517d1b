import type { FieldProblem } from '../../common/errors.js';
import { AGENCY_KINDS, type AgencyDefinition } from './agency.model.js';

export const AGENCY_CODE = /^[A-Z0-9][A-Z0-9._-]{0,49}$/;

/** Names compare without case, spacing or Unicode composition differences ("Tỉnh" = "tỉnh"). */
export function normaliseAgencyName(name: string): string {
  return name.normalize('NFC').toLocaleLowerCase('vi').replace(/\s+/g, ' ').trim();
}

/** Problems with a set of definitions (one source's), each naming the agency. */
export function agencyDefinitionProblems(defs: readonly AgencyDefinition[]): string[] {
  const problems: string[] = [];
  const codes = new Set<string>();
  const names = new Map<string, string>();
  for (const def of defs) {
    const at = `agency ${def.code}`;
    if (!AGENCY_CODE.test(def.code))
      problems.push(`${at}: code must be 1–50 upper-case letters, digits, ".", "_" or "-"`);
    if (codes.has(def.code)) problems.push(`${at}: appears twice`);
    codes.add(def.code);
    if (!def.name.trim()) problems.push(`${at}: name must not be empty`);
    if (!(AGENCY_KINDS as readonly string[]).includes(def.kind)) problems.push(`${at}: unknown kind ${def.kind}`);
    if (def.unitOn !== undefined && !/^\d{4}-\d{2}-\d{2}$/.test(def.unitOn))
      problems.push(`${at}: unitOn must be a date (YYYY-MM-DD)`);
    // One name must mean one agency within a source, or a plan's string would be ambiguous.
    for (const name of [def.name, ...(def.aliases ?? [])]) {
      const key = `${def.unitCode ?? ''}|${normaliseAgencyName(name)}`;
      const other = names.get(key);
      if (other && other !== def.code) problems.push(`${at}: name "${name}" is also ${other}'s`);
      names.set(key, def.code);
    }
  }
  return problems;
}

/** An agency as the matcher sees it: its code, names and whether it is national. */
export interface AgencyNames {
  readonly code: string;
  readonly name: string;
  readonly aliases: readonly string[];
  /** The unit it belongs to; null for a national agency. */
  readonly unitId: string | null;
}

/**
 * The agency a plan's string names, among the issuer's own agencies and the national ones (the
 * issuer's first: "Sở Giáo dục và Đào tạo" in a province's plan is the province's department).
 * Null when none does: a collective name ("Các sở, ban, ngành") or an agency not in the data.
 * Nothing is guessed beyond exact names and aliases.
 */
export function matchAgency(
  text: string,
  issuerUnitIds: readonly string[],
  agencies: readonly AgencyNames[],
): string | null {
  const wanted = normaliseAgencyName(text);
  const named = agencies.filter((a) => [a.name, ...a.aliases].some((n) => normaliseAgencyName(n) === wanted));
  const local = named.find((a) => a.unitId !== null && issuerUnitIds.includes(a.unitId));
  return (local ?? named.find((a) => a.unitId === null))?.code ?? null;
}

/**
 * Whether a grant may act for an agency: the agency exists, and belongs to the grant's unit (or a
 * unit the grant's unit wholly succeeded), or is national and the grant is national too.
 */
export function grantAgencyProblem(
  field: string,
  agency: { code: string; unitId: string | null } | null,
  grant: { unitId: string | null; succeededUnitIds: readonly string[] },
  code: string,
): FieldProblem | null {
  if (!agency)
    return { field, rule: 'AGENCY_EXISTS', message: `Không có cơ quan mã ${code} / no agency has code ${code}` };
  if (agency.unitId === null && grant.unitId === null) return null;
  if (agency.unitId !== null && (agency.unitId === grant.unitId || grant.succeededUnitIds.includes(agency.unitId)))
    return null;
  return {
    field,
    rule: 'AGENCY_OF_UNIT',
    message: `Cơ quan ${code} không thuộc đơn vị của quyền này / agency ${code} does not belong to the grant's unit`,
  };
}
