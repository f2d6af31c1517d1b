/**
 * Agencies (cơ quan, đơn vị) as reference data: the bodies plans name as lead (chủ trì) and
 * coordinators (phối hợp), and that grants act for. National ones ship with the core, each
 * province's with its plugin.
 */
export const AGENCY_KINDS = [
  'PEOPLES_COMMITTEE',
  'DEPARTMENT',
  'MINISTRY',
  'ASSOCIATION',
  'PARTY_COMMITTEE',
  'PARTY_BOARD',
  'FATHERLAND_FRONT',
  'MASS_ORGANISATION',
  'MEDIA',
  'STEERING_BODY',
] as const;

export type AgencyKind = (typeof AGENCY_KINDS)[number];

export interface AgencyDefinition {
  /** Upper-case letters, digits, ".", "_" or "-"; a plugin's start with its province's code, e.g. "87.SGDDT". */
  readonly code: string;
  /** The agency's name as it styles itself, e.g. "Sở Giáo dục và Đào tạo tỉnh Đồng Tháp". */
  readonly name: string;
  readonly kind: AgencyKind;
  /** The administrative unit it belongs to (its code on `unitOn`); absent for a national agency. */
  readonly unitCode?: string;
  /** The day `unitCode` is read on (codes are reused); by default the day of loading. */
  readonly unitOn?: string;
  /** Other names plans give it (e.g. "Sở Giáo dục và Đào tạo" inside the province's own plan). */
  readonly aliases?: readonly string[];
}
