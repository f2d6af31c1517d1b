import { DateScalar, Field, Float, ID, InputType, Int, ObjectType } from '@hoctap/plugin-sdk';

@ObjectType('ThaiBinhAnnualTarget', {
  description:
    "A learning-society target in Thái Bình's socio-economic plan for a year (chỉ tiêu trong kế hoạch phát triển kinh tế - xã hội hằng năm), with the resolution that adopted it.",
})
export class ThaiBinhAnnualTargetType {
  @Field(() => ID, { description: 'Global id.' })
  id!: string;

  @Field(() => Int, { description: 'The plan year.' })
  year!: number;

  @Field(() => String, {
    description: "The indicator: a national target's code (e.g. 387-2025-FAMILIES) or a code of the province's own.",
  })
  indicator!: string;

  @Field(() => Float, { description: 'The target, percent 0–100.' })
  percent!: number;

  @Field(() => String, { description: 'The resolution or decision that adopted it, e.g. "Nghị quyết …/NQ-HĐND".' })
  resolution!: string;

  @Field(() => DateScalar, { description: 'The day it was adopted.' })
  adoptedOn!: string;

  @Field(() => String, { description: 'Who recorded the current value.' })
  recordedBy!: string;

  @Field(() => Int, { description: 'Pass it as `expectedVersion` to change the target.' })
  version!: number;
}

@InputType({ description: "A target of Thái Bình's socio-economic plan for a year; one per year and indicator." })
export class ThaiBinhAnnualTargetInput {
  @Field(() => Int, {
    description: 'The plan year; 2025 at the latest (Thái Bình became part of Hưng Yên on 1/7/2025).',
  })
  year!: number;

  @Field(() => String, {
    description: "A national target's code (as in `targets`, e.g. 387-2025-FAMILIES) or a code of the province's own.",
  })
  indicator!: string;

  @Field(() => Float, { description: 'Percent, 0–100, at most two decimals.' })
  percent!: number;

  @Field(() => String, { description: 'The resolution or decision that adopted it, e.g. "Nghị quyết …/NQ-HĐND".' })
  resolution!: string;

  @Field(() => DateScalar, { description: 'The day it was adopted; on or before 2025-06-30, not in the future.' })
  adoptedOn!: string;
}
