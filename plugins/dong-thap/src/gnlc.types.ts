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
  description:
    "What Đồng Tháp's 2021–2030 plan (II.2.b) asks of the city, as the plan stood when issued (on or after 25/5/2021; its date is not in the source).",
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

  @Field(() => DongThapGnlcIntent, {
    description:
      'What the 2021–2030 plan (II.2.b) asks of the city, as of the plan: Sa Đéc keeps its membership, Cao Lãnh and Hồng Ngự consider applying. Not the city’s later status: see `status`.',
  })
  intent!: DongThapGnlcIntent;

  @Field(() => String, { description: 'The source of `intent`: the plan and its section.' })
  intentSource!: string;

  @Field(() => DongThapGnlcStatus, {
    description: 'Member or not on the day asked, from the GNLC memberships (e.g. Cao Lãnh since 2022).',
  })
  status!: DongThapGnlcStatus;

  @Field(() => String, {
    nullable: true,
    description: 'The source of `status` when a member: the membership’s source; null when not a member.',
  })
  statusSource!: string | null;

  @Field(() => GnlcMembershipType, {
    nullable: true,
    description: 'The membership, with its successor units on today’s map, reports due and award eligibility.',
  })
  membership!: object | null;
}
