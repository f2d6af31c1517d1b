import type { EntityManager } from '@mikro-orm/postgresql';
import type { ReferenceDataSet } from '../../common/reference-data.js';
import { findUnitByCode } from '../../geography/geography.service.js';
import { GnlcMembership } from './membership.entity.js';

export interface GnlcMemberSeed {
  cityName: string;
  unitCode: string;
  /** A day on which `unitCode` named the city. */
  unitAsOf: string;
  joinedYear: number;
}

/**
 * Vietnamese members of the UNESCO Global Network of Learning Cities (DOMAIN.md). Only the year of
 * joining is known, so `joinedOn` stays null and memberships count from 31 December of that year.
 * The district-level codes were checked in data/dvhc/units-2025-03-01.json (GSO list of 1/3/2025):
 * 867 Thành phố Sa Đéc and 866 Thành phố Cao Lãnh (province 87 Đồng Tháp), 412 Thành phố Vinh
 * (40 Nghệ An), 116 Thành phố Sơn La (14 Sơn La). Sa Đéc, Cao Lãnh, Vinh and Sơn La city were
 * district-level cities abolished on 1/7/2025; the membership follows their successors.
 */
export const GNLC_VIETNAMESE_MEMBERS: readonly GnlcMemberSeed[] = [
  { cityName: 'Sa Đéc', unitCode: '867', unitAsOf: '2020-12-31', joinedYear: 2020 },
  { cityName: 'Vinh', unitCode: '412', unitAsOf: '2020-12-31', joinedYear: 2020 },
  { cityName: 'Cao Lãnh', unitCode: '866', unitAsOf: '2022-12-31', joinedYear: 2022 },
  { cityName: 'Hồ Chí Minh City', unitCode: '79', unitAsOf: '2024-12-31', joinedYear: 2024 },
  { cityName: 'Sơn La', unitCode: '116', unitAsOf: '2024-12-31', joinedYear: 2024 },
  { cityName: 'Hà Nội', unitCode: '01', unitAsOf: '2025-12-31', joinedYear: 2025 },
];

export const GNLC_MEMBERS_SOURCE = 'UNESCO Institute for Lifelong Learning (UIL): announcements of new GNLC members';

/**
 * Upserts the members by (unitCode, unitAsOf), linking each to its unit when the map of its day
 * is imported (on a fresh start only provinces exist, so district-level cities stay unlinked; the
 * membership's `unit` is then found by code on read). Returns the rows created or changed.
 */
export async function upsertGnlcMembers(em: EntityManager, members: readonly GnlcMemberSeed[]): Promise<number> {
  let changes = 0;
  for (const seed of members) {
    const unit = await findUnitByCode(em, seed.unitCode, seed.unitAsOf);
    const existing = await em.findOne(GnlcMembership, { unitCode: seed.unitCode, unitAsOf: seed.unitAsOf });
    if (!existing) {
      em.create(GnlcMembership, { ...seed, unit, joinedOn: null, source: GNLC_MEMBERS_SOURCE });
      changes++;
      continue;
    }
    const changed =
      existing.cityName !== seed.cityName ||
      existing.joinedYear !== seed.joinedYear ||
      (unit !== null && existing.unit?.id !== unit.id);
    if (changed) {
      Object.assign(existing, { cityName: seed.cityName, joinedYear: seed.joinedYear });
      if (unit) existing.unit = unit;
      changes++;
    }
  }
  await em.flush();
  return changes;
}

/** The Vietnamese GNLC members, loaded at start-up when new or changed. */
export const gnlcMembersReferenceData: ReferenceDataSet = {
  name: 'gnlc.members',
  content: { members: GNLC_VIETNAMESE_MEMBERS, source: GNLC_MEMBERS_SOURCE },
  load: (em) => upsertGnlcMembers(em, GNLC_VIETNAMESE_MEMBERS),
};
