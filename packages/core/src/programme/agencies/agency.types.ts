import { Extensions, Field, InputType, ObjectType, registerEnumType } from 'type-graphql';
import { connectionOf } from '../../common/connection.js';
import { DateScalar } from '../../common/scalars.js';
import { AGENCY_KINDS, type AgencyKind } from './agency.model.js';

export const AgencyKindEnum = Object.fromEntries(AGENCY_KINDS.map((k) => [k, k])) as { [K in AgencyKind]: K };
registerEnumType(AgencyKindEnum, {
  name: 'AgencyKind',
  description: 'What kind of body an agency is.',
  valuesConfig: {
    PEOPLES_COMMITTEE: { description: "Ủy ban nhân dân / a unit's People's Committee." },
    DEPARTMENT: { description: "Sở, ban, ngành / a department of a province's People's Committee." },
    MINISTRY: { description: 'Bộ / a ministry of the Government.' },
    ASSOCIATION: { description: 'Hội Khuyến học / a Study Promotion Association (or another association).' },
    PARTY_COMMITTEE: { description: 'Cấp ủy, Ban Thường vụ / a Party committee or its standing committee.' },
    PARTY_BOARD: { description: 'Ban, Văn phòng của cấp ủy / a board or the office of a Party committee.' },
    FATHERLAND_FRONT: { description: 'Ủy ban Mặt trận Tổ quốc / the Fatherland Front committee.' },
    MASS_ORGANISATION: { description: 'Tổ chức chính trị - xã hội / a socio-political organisation (trade union, …).' },
    MEDIA: { description: 'Cơ quan báo chí, phát thanh, truyền hình / a press or broadcasting body.' },
    STEERING_BODY: { description: 'Ban chỉ đạo / a steering committee.' },
  },
});

@ObjectType('Agency', {
  description:
    'Cơ quan / an agency plans name as lead (chủ trì) or coordinator (phối hợp) and grants act for: reference data, national or shipped by a province plugin.',
})
export class AgencyType {
  @Field(() => String, {
    description: 'Stable code, e.g. "BGDDT" or "87.SGDDT" (a province agency starts with its province code).',
  })
  code!: string;

  @Field(() => String, { description: 'Name as the agency styles itself.' })
  name!: string;

  @Field(() => AgencyKindEnum, { description: 'What kind of body it is.' })
  kind!: AgencyKind;

  @Field(() => [String], { description: 'Other names plans give it (matched when a plan is loaded).' })
  aliases!: string[];

  @Field(() => String, { description: 'Who ships it: "national" or a plugin id.' })
  source!: string;
}

@InputType({ description: 'Which agencies to list.' })
export class AgencyFilterInput {
  @Field(() => String, {
    nullable: true,
    description: 'Only agencies of the unit with this code on `asOf`; "VN" for national agencies.',
  })
  @Extensions({ maxLength: 20 })
  unitCode?: string;

  @Field(() => AgencyKindEnum, { nullable: true, description: 'Only agencies of this kind.' })
  kind?: AgencyKind;

  @Field(() => String, {
    nullable: true,
    description: 'Text the name or an alias contains (ignoring case and diacritics).',
  })
  @Extensions({ maxLength: 100 })
  search?: string;

  @Field(() => DateScalar, { nullable: true, description: 'The date `unitCode` is read at; default today.' })
  asOf?: string;
}

export const AgencyConnection = connectionOf(AgencyType, 'Agency', 'A page of agencies, ordered by code.');
