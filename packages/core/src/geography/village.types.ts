import { Field, ID, InputType, Int, Extensions } from 'type-graphql';
import { DateScalar } from '../common/scalars.js';

@InputType({ description: 'A new village, hamlet or residential group (thôn, ấp, tổ dân phố) under a commune.' })
export class CreateVillageInput {
  @Field(() => String, { description: 'Code of the commune the village belongs to, as of `validFrom`.' })
  communeCode!: string;

  @Extensions({ maxLength: 200 })
  @Field(() => String, { description: 'Name, e.g. "Ấp Tân Hòa". At most 200 characters.' })
  name!: string;

  @Field(() => String, { nullable: true, description: 'A local code; default `<communeCode>.<n>`.' })
  code?: string;

  @Field(() => DateScalar, { nullable: true, description: 'First day the village exists; default today.' })
  validFrom?: string;
}

@InputType({ description: 'Changes to a village; fields left out stay as they are.' })
export class UpdateVillageInput {
  @Field(() => ID, { description: 'Global id of the village.' })
  id!: string;

  @Field(() => Int, {
    description: 'The `version` you read; if someone changed the village since, the update is refused with CONFLICT.',
  })
  expectedVersion!: number;

  @Extensions({ maxLength: 200 })
  @Field(() => String, { nullable: true, description: 'New name.' })
  name?: string;

  @Field(() => DateScalar, {
    nullable: true,
    description: 'Last day the village exists (when it is dissolved or merged).',
  })
  validTo?: string;
}
