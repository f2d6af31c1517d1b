import { Field, GnlcMembershipType, ObjectType, registerEnumType } from '@hoctap/plugin-sdk';

export enum DongThapGnlcStatus {
  MEMBER = 'MEMBER',
  NOT_A_MEMBER = 'NOT_A_MEMBER',
}
registerEnumType(DongThapGnlcStatus, {
  name: 'DongThapGnlcStatus',
  description: 'Where a city of Đồng Tháp stands in the UNESCO Global Network of Learning Cities on a day.',
  valuesConfig: {
    MEMBER: { description: 'A member (thành viên) on the day.' },
    NOT_A_MEMBER: { description: 'Not a member on the day.' },
  },
});

export enum DongThapGnlcIntent {
  KEEP_MEMBERSHIP = 'KEEP_MEMBERSHIP',
  CONSIDER_APPLYING = 'CONSIDER_APPLYING',
}
registerEnumType(DongThapGnlcIntent, {
  name: 'DongThapGnlcIntent',
  description: "What Đồng Tháp's 2021–2030 plan expects of the city.",
  valuesConfig: {
    KEEP_MEMBERSHIP: { description: 'Keep its membership: take part and report every two years.' },
    CONSIDER_APPLYING: { description: 'Consider applying to join.' },
  },
});

@ObjectType('DongThapGnlcCity', { description: "A city of Đồng Tháp in the plan's GNLC task, with its membership." })
export class DongThapGnlcCityType {
  @Field(() => String, {
    description: "GSO code of the city's unit on `unitAsOf` (a district-level city until 30/6/2025).",
  })
  unitCode!: string;

  @Field(() => String, { description: 'Name, e.g. Thành phố Sa Đéc.' })
  name!: string;

  @Field(() => DongThapGnlcIntent, { description: 'What the plan expects of the city.' })
  intent!: DongThapGnlcIntent;

  @Field(() => DongThapGnlcStatus, { description: 'Member or not on the day asked.' })
  status!: DongThapGnlcStatus;

  @Field(() => GnlcMembershipType, {
    nullable: true,
    description: 'The membership, with its successor units on today’s map, reports due and award eligibility.',
  })
  membership!: object | null;
}
