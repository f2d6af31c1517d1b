import { Field, Float, ID, InputType, Int, ObjectType, registerEnumType } from 'type-graphql';
import { DateScalar } from '../../common/scalars.js';
import { AdminLevel } from '../../geography/geography.enums.js';
import { AdminUnitType } from '../../geography/geography.types.js';
import { COMMITTEE_ROLES } from './steering-committee.rules.js';
import type { CommitteeRole } from './steering-committee.entity.js';

export const CommitteeRoleEnum = Object.fromEntries(COMMITTEE_ROLES.map((r) => [r, r])) as {
  [R in CommitteeRole]: R;
};
registerEnumType(CommitteeRoleEnum, {
  name: 'CommitteeRole',
  description: 'Role in a steering committee: trưởng ban, phó ban, ủy viên thường trực, ủy viên, thư ký.',
});

@InputType({ description: 'A member as the establishing decision lists them.' })
export class CommitteeMemberInput {
  @Field(() => String, { description: 'Full name.' })
  name!: string;

  @Field(() => String, { description: 'Post held, e.g. "Phó Chủ tịch UBND xã".' })
  position!: string;

  @Field(() => CommitteeRoleEnum, { description: 'Role in the committee.' })
  role!: CommitteeRole;
}

@ObjectType('CommitteeMember', { description: 'A member of a steering committee.' })
export class CommitteeMemberType {
  @Field(() => String, { description: 'Full name.' })
  name!: string;

  @Field(() => String, { description: 'Post held.' })
  position!: string;

  @Field(() => CommitteeRoleEnum, { description: 'Role in the committee.' })
  role!: CommitteeRole;
}

@ObjectType('SteeringCommittee', {
  description: 'A learning-society steering committee (Ban Chỉ đạo xây dựng xã hội học tập) of one unit.',
})
export class SteeringCommitteeType {
  @Field(() => ID, { description: 'Global id.' })
  id!: string;

  @Field(() => String, { description: 'The establishing decision.' })
  decisionNumber!: string;

  @Field(() => DateScalar, { description: 'Date of the decision.' })
  decidedOn!: string;

  @Field(() => DateScalar, { description: 'First day active.' })
  activeFrom!: string;

  @Field(() => DateScalar, { nullable: true, description: 'Last day active; null while active.' })
  activeTo!: string | null;

  @Field(() => [CommitteeMemberType], { description: 'Members, as the decision lists them.' })
  members!: CommitteeMemberType[];

  @Field(() => Int, { description: 'Pass it as `expectedVersion` to change the committee.' })
  version!: number;
}

@InputType({ description: 'A steering committee set up by a decision.' })
export class CreateSteeringCommitteeInput {
  @Field(() => String, { description: 'Code of the unit, as of `activeFrom`.' })
  unitCode!: string;

  @Field(() => String, { description: 'Decision number, e.g. "15/QĐ-UBND".' })
  decisionNumber!: string;

  @Field(() => DateScalar, { description: 'Date of the decision; not in the future.' })
  decidedOn!: string;

  @Field(() => DateScalar, { nullable: true, description: 'First day active; default the decision date.' })
  activeFrom?: string;

  @Field(() => [CommitteeMemberInput], { description: 'Members; exactly one HEAD.' })
  members!: CommitteeMemberInput[];
}

@InputType({ description: 'Changes to a steering committee; fields left out stay as they are.' })
export class UpdateSteeringCommitteeInput {
  @Field(() => ID, { description: 'Global id.' })
  id!: string;

  @Field(() => Int, { description: 'The `version` you read; a stale one is refused with CONFLICT.' })
  expectedVersion!: number;

  @Field(() => DateScalar, { nullable: true, description: 'Last day active (when a new decision replaces it).' })
  activeTo?: string;

  @Field(() => [CommitteeMemberInput], { nullable: true, description: 'The new member list.' })
  members?: CommitteeMemberInput[];
}

@ObjectType('Coverage', { description: 'How many units of a level have something, out of all of them.' })
export class CoverageType {
  @Field(() => AdminLevel, { description: 'The level counted.' })
  level!: AdminLevel;

  @Field(() => DateScalar, { description: 'The day counted.' })
  asOf!: string;

  @Field(() => Int, { description: 'Units of the level in the subtree.' })
  total!: number;

  @Field(() => Int, { description: 'Units that have it.' })
  covered!: number;

  @Field(() => Float, { nullable: true, description: 'covered / total; null without units.' })
  rate!: number | null;

  @Field(() => [AdminUnitType], { description: 'The units that do not have it.' })
  uncovered!: unknown[];
}
