import { AdminLevel, DateScalar, Field, Float, ID, Int, ObjectType } from '@hoctap/plugin-sdk';

@ObjectType('HaNamReportedResult', {
  description:
    'A result Hà Nam published on its learning-society project (kết quả báo cáo): a count of units out of all, or a standard reported met. Public data, kept as the source states it.',
})
export class HaNamReportedResultType {
  @Field(() => ID, { description: 'Global id.' })
  id!: string;

  @Field(() => String, {
    description:
      'The province the result is for, by its code on `reportedOn` (35); pass it as `unitCode` to core queries.',
  })
  unitCode!: string;

  @Field(() => String, { description: 'What is reported, e.g. STEERING_COMMITTEES_COMMUNE, LITERACY_2_ALL_DISTRICTS.' })
  indicator!: string;

  @Field(() => String, { description: 'What the figure means, and what the source gives exactly.' })
  description!: string;

  @Field(() => Int, { nullable: true, description: 'Units that have it; null when the source gives no counts.' })
  numerator!: number | null;

  @Field(() => Int, { nullable: true, description: 'All units counted; null when the source gives no counts.' })
  denominator!: number | null;

  @Field(() => Float, { nullable: true, description: 'numerator / denominator, 0–1; null without counts.' })
  rate!: number | null;

  @Field(() => Boolean, {
    nullable: true,
    description:
      'True when the source reports the result reached without counts (e.g. "100% of districts"); null for counts.',
  })
  met!: boolean | null;

  @Field(() => String, {
    nullable: true,
    description:
      'The core education-standard code the result is about (e.g. LITERACY_2, PRIMARY_3), to compare with `educationStandards`; null when the core has none.',
  })
  standardCode!: string | null;

  @Field(() => AdminLevel, {
    nullable: true,
    description:
      'For steering-committee coverage: the level counted. Compare with `steeringCommitteeCoverage(unitCode: <unitCode>, level: <coverageLevel>, asOf: <reportedOn>)`.',
  })
  coverageLevel!: AdminLevel | null;

  @Field(() => DateScalar, { description: 'The day the figure stood on, as the source dates it.' })
  reportedOn!: string;

  @Field(() => String, { description: 'The published document the figure comes from.' })
  source!: string;
}
