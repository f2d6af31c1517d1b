import { Field, Float, InputType, Int, ObjectType, registerEnumType } from 'type-graphql';
import type { DenominatorBasis } from './targets.rules.js';

export const DenominatorBasisEnum = {
  SUBJECTS_ON_RECORD: 'SUBJECTS_ON_RECORD',
  VILLAGES_ON_MAP: 'VILLAGES_ON_MAP',
  POPULATION: 'POPULATION',
  PROVINCES: 'PROVINCES',
  REPORTED_VALUES: 'REPORTED_VALUES',
} as const satisfies { [B in DenominatorBasis]: B };
registerEnumType(DenominatorBasisEnum, {
  name: 'TargetDenominatorBasis',
  description: "What a target indicator's denominator counts.",
  valuesConfig: {
    SUBJECTS_ON_RECORD: {
      description:
        'Households, clans or organisations on record in the platform today (subjects carry no dates: a past year is counted with today’s record).',
    },
    VILLAGES_ON_MAP: { description: 'Villages on the map of the year.' },
    POPULATION: {
      description: 'A population (e.g. citizens by age) the platform does not collect yet: no share is computed.',
    },
    PROVINCES: { description: 'Provinces, each meeting a standard or not (educationStandards).' },
    REPORTED_VALUES: {
      description:
        'Values units reported in a data set of the reporting cycle, summed over the submitted and approved reports.',
    },
  },
});

@ObjectType('TargetProgress', { description: 'Progress of a unit towards a national target with one year of data.' })
export class TargetProgressType {
  @Field(() => String, { description: 'Stable code, e.g. 387-2025-FAMILIES.' })
  code!: string;

  @Field(() => String, { description: 'What is measured.' })
  description!: string;

  @Field(() => String, { description: 'The decision that set the target.' })
  source!: string;

  @Field(() => Int, { description: 'The year by which the target is to be reached.' })
  targetYear!: number;

  @Field(() => Float, { description: 'The target share, 0–1.' })
  target!: number;

  @Field(() => Int, {
    nullable: true,
    description: 'Recognised subjects (or provinces meeting the standard); null when not computed.',
  })
  numerator!: number | null;

  @Field(() => Int, {
    nullable: true,
    description: 'What the numerator is counted out of (see `denominatorBasis`); null when not computed.',
  })
  denominator!: number | null;

  @Field(() => DenominatorBasisEnum, {
    nullable: true,
    description: 'What the denominator counts (or would count); null when the target is not computed at all.',
  })
  denominatorBasis!: DenominatorBasis | null;

  @Field(() => [String], {
    description:
      'What the value does not mean: a denominator counted as on record today for a past year, a proxy, an unverified rule behind it.',
  })
  caveats!: string[];

  @Field(() => Float, { nullable: true, description: 'numerator / denominator, 0–1.' })
  value!: number | null;

  @Field(() => Float, { nullable: true, description: 'value / target, at most 1.' })
  progress!: number | null;

  @Field(() => Boolean, { description: 'Whether the value reaches the target.' })
  met!: boolean;

  @Field(() => String, { nullable: true, description: 'Why there is no value, when there is none.' })
  note!: string | null;

  @Field(() => String, {
    description:
      "`NATIONAL`, `plugin:<id>` for a province plugin's own target, or the code of the unit that set its own target.",
  })
  setBy!: string;

  @Field(() => Int, {
    nullable: true,
    description:
      "For a unit's own target: its version, to pass as `expectedVersion` to `setUnitTarget` when changing it; null for national and province targets.",
  })
  version!: number | null;
}

@InputType({ description: "A unit's own target for a national target's indicator and a year." })
export class SetUnitTargetInput {
  @Field(() => String, { description: 'Code of the unit (today).' })
  unitCode!: string;

  @Field(() => String, {
    description: 'Code of the national target whose indicator is measured, e.g. 387-2025-FAMILIES.',
  })
  indicator!: string;

  @Field(() => Int, { description: 'The year by which to reach it.' })
  year!: number;

  @Field(() => Float, { description: 'Percent, 0–100.' })
  percent!: number;

  @Field(() => String, { description: 'The document that set it, e.g. "Kế hoạch 481/KH-UBND".' })
  source!: string;

  @Field(() => Int, {
    nullable: true,
    description:
      'Omit to set a target the unit does not have yet; to change one, the `version` you read (a stale one answers CONFLICT).',
  })
  expectedVersion?: number | null;
}
