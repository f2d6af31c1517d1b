/**
 * Đồng Tháp's cities and UNESCO's Global Network of Learning Cities. Two facts per city, each with
 * its own source, kept apart (issue 16):
 * - what the 2021–2030 plan asks of it (sources/002, II.2.b): Sa Đéc keeps and develops its
 *   membership; Cao Lãnh and Hồng Ngự consider registering, with Sở GD&ĐT and the province's Hội
 *   Khuyến học. The plan carries no date; it implements Chỉ thị 14/CT-TTg of 25/5/2021, so this is
 *   what it asked on or after that day;
 * - where the city stands later: members per DOMAIN.md's list of Vietnamese members (Sa Đéc 2020,
 *   Cao Lãnh 2022), the core's GNLC memberships, read on the day asked.
 * All three were district-level cities of old province 87 (GSO codes in
 * ../shared/data/dvhc/units-2025-03-01.json), abolished on 1/7/2025: a membership follows the city
 * to its successor units.
 */
export interface DongThapGnlcCity {
  readonly unitCode: string;
  /** A day on which `unitCode` named the city. */
  readonly unitAsOf: string;
  readonly name: string;
  /** What the plan (II.2.b) asks of the city: keep its membership, or consider applying. */
  readonly planIntent: 'KEEP_MEMBERSHIP' | 'CONSIDER_APPLYING';
  /** The year it joined per DOMAIN.md's member list, for the analytics dimension; null while not a member. */
  readonly memberSince: number | null;
}

export const PLAN_INTENT_SOURCE =
  'Kế hoạch đẩy mạnh khuyến học, khuyến tài, xây dựng XHHT tỉnh Đồng Tháp 2021–2030, mục II.2.b (sources/002; văn bản không ghi ngày, ban hành từ 25/5/2021 trở đi)';

export const MEMBERSHIP_SOURCE = 'DOMAIN.md, "UNESCO Global Network of Learning Cities (GNLC)": Vietnamese members';

export const DONG_THAP_GNLC_CITIES: readonly DongThapGnlcCity[] = [
  {
    unitCode: '867',
    unitAsOf: '2024-12-31',
    name: 'Thành phố Sa Đéc',
    planIntent: 'KEEP_MEMBERSHIP',
    memberSince: 2020,
  },
  // The plan asked Cao Lãnh to consider applying; it became a member in 2022.
  {
    unitCode: '866',
    unitAsOf: '2024-12-31',
    name: 'Thành phố Cao Lãnh',
    planIntent: 'CONSIDER_APPLYING',
    memberSince: 2022,
  },
  {
    unitCode: '868',
    unitAsOf: '2024-12-31',
    name: 'Thành phố Hồng Ngự',
    planIntent: 'CONSIDER_APPLYING',
    memberSince: null,
  },
];
