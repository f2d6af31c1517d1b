/**
 * Đồng Tháp's cities and UNESCO's Global Network of Learning Cities (DOMAIN.md, "GNLC" and "The
 * provinces in the source documents"): Sa Đéc is a member since 2020 and Cao Lãnh since 2022; the
 * 2021–2030 plan (sources/002) asks Hồng Ngự to consider registering. All three were
 * district-level cities of old province 87 (GSO codes in ../shared/data/dvhc/units-2025-03-01.json),
 * abolished on 1/7/2025: a membership follows the city to its successor units.
 */
export interface DongThapGnlcCity {
  readonly unitCode: string;
  /** A day on which `unitCode` named the city. */
  readonly unitAsOf: string;
  readonly name: string;
  /** What the plan expects of the city: keep its membership, or consider applying. */
  readonly intent: 'KEEP_MEMBERSHIP' | 'CONSIDER_APPLYING';
}

export const DONG_THAP_GNLC_CITIES: readonly DongThapGnlcCity[] = [
  { unitCode: '867', unitAsOf: '2024-12-31', name: 'Thành phố Sa Đéc', intent: 'KEEP_MEMBERSHIP' },
  { unitCode: '866', unitAsOf: '2024-12-31', name: 'Thành phố Cao Lãnh', intent: 'KEEP_MEMBERSHIP' },
  { unitCode: '868', unitAsOf: '2024-12-31', name: 'Thành phố Hồng Ngự', intent: 'CONSIDER_APPLYING' },
];
