import { AdminUnitKindEnum } from './geography.enums.js';

/**
 * Known problems of the national files (formats of shared/data/dvhc), corrected here in the open
 * instead of skipped at import: `parseDvhc` applies them by default, and the shipped map
 * (`packages/core/data/national-map.json.gz`) is generated with them. Each says what the file has,
 * what the correction does and why. A correction that no longer matches a row (a newer file fixed
 * it) is reported, never applied elsewhere.
 */
export type DvhcCorrection =
  | {
      id: string;
      /** An old commune's mapping into a new commune that the file lists wrongly: the mapping is dropped. */
      kind: 'DROP_MERGE';
      oldCode: string;
      newCode: string;
      why: string;
    }
  | {
      id: string;
      /** An old commune whose GSO type label contradicts its name: the kind is taken from the name. */
      kind: 'COMMUNE_KIND';
      code: string;
      name: string;
      unitKind: AdminUnitKindEnum;
      why: string;
    };

export const DVHC_CORRECTIONS: readonly DvhcCorrection[] = [
  {
    id: 'an-giang-30622',
    kind: 'DROP_MERGE',
    oldCode: '30622',
    newCode: '30259',
    why:
      "merges-2025-07-01.json lists An Giang's Xã Tân Phú (30622, old Huyện Châu Thành, An Giang) among the " +
      "communes of Đồng Tháp's new Xã Tân Phú Trung (30259), beside Đồng Tháp's own Xã Tân Phú (30274): a slip " +
      'between namesakes, since old An Giang merged wholly into new An Giang (91), not into Đồng Tháp. The files ' +
      'give no other successor, so 30622 keeps none until a corrected file is imported.',
  },
  {
    id: 'phu-nhuan-phuong-5',
    kind: 'COMMUNE_KIND',
    code: '27046',
    name: 'Phường 5',
    unitKind: AdminUnitKindEnum.WARD,
    why: 'units-2025-03-01.json types Phường 5 of Quận Phú Nhuận (Hồ Chí Minh City) "Xã"; its name and its urban district make it a ward.',
  },
  {
    id: 'phu-nhuan-phuong-15',
    kind: 'COMMUNE_KIND',
    code: '27076',
    name: 'Phường 15',
    unitKind: AdminUnitKindEnum.WARD,
    why: 'units-2025-03-01.json types Phường 15 of Quận Phú Nhuận "Xã"; its name and its urban district make it a ward.',
  },
];

/**
 * Names as the files spell them, tidied by two documented rules: runs of spaces become one
 * ("Xã  Tư", "Xã Cò  Nòi", "Huyện  Vũng Liêm" — 18 names in the 1/3/2025 list) and the kind's
 * second word is lower-case as in every other name ("Thị Trấn Ái Tử" → "Thị trấn Ái Tử",
 * "Thành Phố Bắc Kạn", "Thị Xã Buôn Hồ").
 */
export function tidyName(name: string): string {
  return name
    .normalize('NFC')
    .replace(/\s+/gu, ' ')
    .trim()
    .replace(
      /^(Thị|Thành) (Trấn|Xã|Phố)(?= )/u,
      (_all, first: string, second: string) => `${first} ${second.toLowerCase()}`,
    );
}
