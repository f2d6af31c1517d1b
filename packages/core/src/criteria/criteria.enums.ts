import { registerEnumType } from 'type-graphql';
import { MODEL_KINDS, type ModelKind } from './criteria.model.js';

/** The model kinds as a TypeScript enum object, which TypeGraphQL needs to publish them. */
export const ModelKindEnum = Object.fromEntries(MODEL_KINDS.map((k) => [k, k])) as { [K in ModelKind]: K };

registerEnumType(ModelKindEnum, {
  name: 'ModelKind',
  description: 'A learning model (mô hình học tập): what an evaluation rates.',
  valuesConfig: {
    LEARNING_CITIZEN: { description: 'Learning citizen (công dân học tập).' },
    LEARNING_FAMILY: { description: 'Learning family, i.e. a household (gia đình học tập).' },
    LEARNING_CLAN: { description: 'Learning clan (dòng họ học tập).' },
    LEARNING_COMMUNITY_VILLAGE: { description: 'Village-level learning community (cộng đồng học tập cấp thôn/ấp).' },
    LEARNING_COMMUNITY_COMMUNE: { description: 'Commune learning community (cộng đồng học tập cấp xã).' },
    LEARNING_COMMUNITY_DISTRICT: { description: 'District learning community (cộng đồng học tập cấp huyện).' },
    LEARNING_COMMUNITY_PROVINCE: { description: 'Province learning community (cộng đồng học tập cấp tỉnh).' },
    LEARNING_UNIT: { description: 'Learning unit: an agency, organisation or enterprise (đơn vị học tập).' },
  },
});

export enum UnitTierEnum {
  COMMUNE = 'COMMUNE',
  DISTRICT = 'DISTRICT',
  PROVINCE = 'PROVINCE',
}

registerEnumType(UnitTierEnum, {
  name: 'UnitTier',
  description: 'The tier a learning unit is managed at, which decides its criteria set.',
});

export function isModelKind(value: string): value is ModelKind {
  return (MODEL_KINDS as readonly string[]).includes(value);
}
