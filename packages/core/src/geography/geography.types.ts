import { Field, ID, InputType, Int, ObjectType } from 'type-graphql';
import { connectionOf } from '../common/connection.js';
import { DateScalar } from '../common/scalars.js';
import { AdminLevel, AdminUnitKindEnum, SuccessionKind } from './geography.enums.js';

@ObjectType('AdminUnit', {
  description:
    'An administrative unit (đơn vị hành chính) for the period it existed. Codes are reused after mergers, so a code is always read as of a date.',
})
export class AdminUnitType {
  @Field(() => ID, { description: 'Global id; stable even when the code is reused by another unit.' })
  id!: string;

  @Field(() => String, {
    description: 'GSO code (mã đơn vị hành chính): 2 digits for provinces, 3 for districts, 5 for communes.',
  })
  code!: string;

  @Field(() => String, { description: 'Official name, e.g. "Tỉnh Đồng Tháp".' })
  name!: string;

  @Field(() => AdminUnitKindEnum, { description: 'Legal kind of unit.' })
  kind!: AdminUnitKindEnum;

  @Field(() => AdminLevel, { description: 'Tier in the hierarchy.' })
  level!: AdminLevel;

  @Field(() => DateScalar, {
    nullable: true,
    description: 'First day the unit existed; null when it predates the records.',
  })
  validFrom!: string | null;

  @Field(() => DateScalar, { nullable: true, description: 'Last day the unit existed; null while it exists.' })
  validTo!: string | null;

  @Field(() => DateScalar, {
    nullable: true,
    description:
      'When `validFrom` is null: the date of the list the unit is known from (2025-03-01, the GSO list before the reform). Its first day is not recorded, so for earlier dates the map shows it as that list does, unless a file of earlier changes has been imported (`asOfNote` says so).',
  })
  knownFrom!: string | null;

  @Field(() => Int, {
    description: 'Increases with every change; pass it as `expectedVersion` when you update the unit.',
  })
  version!: number;
}

@ObjectType('Succession', { description: 'A unit, or part of it, passing to another unit on a date by a legal act.' })
export class SuccessionType {
  @Field(() => SuccessionKind, { description: 'Whether the whole unit or only part of it passed.' })
  kind!: SuccessionKind;

  @Field(() => DateScalar, { description: 'The day the change took effect.' })
  effectiveDate!: string;

  @Field(() => String, { description: 'The legal act that made the change (căn cứ pháp lý).' })
  legalBasis!: string;

  @Field(() => Number, {
    nullable: true,
    description: 'Share (0–1) of the predecessor that went to the successor, when known.',
  })
  weight!: number | null;

  @Field(() => AdminUnitType, {
    description: 'The unit on the other side: the successor in `successors`, the predecessor in `predecessors`.',
  })
  unit!: AdminUnitType;
}

@InputType({ description: 'Which administrative units to list.' })
export class AdminUnitFilterInput {
  @Field(() => AdminLevel, { nullable: true, description: 'Only units of this tier.' })
  level?: AdminLevel;

  @Field(() => String, {
    nullable: true,
    description: 'Only direct children of the unit with this code (as of `asOf`).',
  })
  parentCode?: string;

  @Field(() => String, {
    nullable: true,
    description:
      'Text to find in the name or an exact code; ignores case and diacritics ("dong thap" finds "Đồng Tháp"). Exact matches come first.',
  })
  search?: string;

  @Field(() => DateScalar, { nullable: true, description: 'The date the map is read at; default today.' })
  asOf?: string;
}

export const AdminUnitConnection = connectionOf(AdminUnitType, 'AdminUnit', 'A page of administrative units.');
