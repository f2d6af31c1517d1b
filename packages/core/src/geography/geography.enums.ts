import { registerEnumType } from 'type-graphql';

/** Tier of an administrative unit. Since 1/7/2025 there is no DISTRICT tier. */
export enum AdminLevel {
  PROVINCE = 'PROVINCE',
  DISTRICT = 'DISTRICT',
  COMMUNE = 'COMMUNE',
  VILLAGE = 'VILLAGE',
}

/** Legal kind of an administrative unit (loại đơn vị hành chính). */
export enum AdminUnitKindEnum {
  CENTRAL_CITY = 'CENTRAL_CITY',
  PROVINCE = 'PROVINCE',
  URBAN_DISTRICT = 'URBAN_DISTRICT',
  RURAL_DISTRICT = 'RURAL_DISTRICT',
  TOWN = 'TOWN',
  PROVINCIAL_CITY = 'PROVINCIAL_CITY',
  COMMUNE = 'COMMUNE',
  WARD = 'WARD',
  TOWNSHIP = 'TOWNSHIP',
  SPECIAL_ZONE = 'SPECIAL_ZONE',
  VILLAGE = 'VILLAGE',
}

/** How much of a unit passed to a successor. */
export enum SuccessionKind {
  FULL = 'FULL',
  PARTIAL = 'PARTIAL',
}

registerEnumType(AdminLevel, {
  name: 'AdminLevel',
  description: 'Tier of an administrative unit (cấp hành chính). There is no DISTRICT tier from 1 July 2025.',
  valuesConfig: {
    PROVINCE: { description: 'Province-level unit (cấp tỉnh).' },
    DISTRICT: { description: 'District-level unit (cấp huyện), abolished on 1 July 2025.' },
    COMMUNE: { description: 'Commune-level unit (cấp xã).' },
    VILLAGE: { description: 'Village or residential group under a commune (thôn, ấp, tổ dân phố).' },
  },
});

registerEnumType(AdminUnitKindEnum, {
  name: 'AdminUnitKind',
  description: 'Legal kind of an administrative unit (loại đơn vị hành chính).',
  valuesConfig: {
    CENTRAL_CITY: { description: 'Centrally-run city (thành phố trực thuộc trung ương).' },
    PROVINCE: { description: 'Province (tỉnh).' },
    URBAN_DISTRICT: { description: 'Urban district (quận).' },
    RURAL_DISTRICT: { description: 'Rural district (huyện).' },
    TOWN: { description: 'District-level town (thị xã).' },
    PROVINCIAL_CITY: { description: 'City under a province (thành phố thuộc tỉnh).' },
    COMMUNE: { description: 'Rural commune (xã).' },
    WARD: { description: 'Urban ward (phường).' },
    TOWNSHIP: { description: 'Township (thị trấn).' },
    SPECIAL_ZONE: { description: 'Special zone (đặc khu), a commune-level unit from 1 July 2025.' },
    VILLAGE: { description: 'Village, hamlet or residential group (thôn, ấp, tổ dân phố).' },
  },
});

registerEnumType(SuccessionKind, {
  name: 'SuccessionKind',
  description: 'How much of a unit passed to a successor.',
  valuesConfig: {
    FULL: { description: 'The whole unit became part of the successor.' },
    PARTIAL: { description: 'Only part of the unit went to this successor; the rest went elsewhere.' },
  },
});
