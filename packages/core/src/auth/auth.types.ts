import { Field, ObjectType } from 'type-graphql';
import { AdminUnitType } from '../geography/geography.types.js';
import { Role } from './roles.js';
import { GrantType, UserType } from './account.types.js';

@ObjectType('Viewer', { description: 'Who the caller is, as the server sees the bearer token.' })
export class ViewerType {
  @Field(() => Boolean, { description: 'False for anonymous callers, who see published data only.' })
  authenticated!: boolean;

  @Field(() => String, { nullable: true, description: "The token's subject (a user or service id)." })
  subject!: string | null;

  @Field(() => Role, { nullable: true, description: "The caller's role; null when anonymous." })
  role!: Role | null;

  @Field(() => AdminUnitType, {
    nullable: true,
    description: 'For scoped roles: the unit whose subtree the caller may see and change.',
  })
  scope!: unknown;

  @Field(() => UserType, {
    nullable: true,
    description: 'The account signed in; null for anonymous callers and development tokens.',
  })
  user!: unknown;

  @Field(() => GrantType, {
    nullable: true,
    description: 'The grant this request acts under; null without an account.',
  })
  grant!: unknown;
}
