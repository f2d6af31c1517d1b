import { Extensions, Field, ID, InputType, ObjectType } from 'type-graphql';
import { connectionOf } from '../common/connection.js';
import { AdminUnitType } from '../geography/geography.types.js';
import { Role } from './roles.js';

@ObjectType('Grant', {
  description: 'One role a user holds in one administrative unit (none for national roles), optionally for an agency.',
})
export class GrantType {
  @Field(() => ID, { description: 'Global id; pass it to switchGrant or revokeRole.' })
  id!: string;

  @Field(() => Role, { description: 'The role.' })
  role!: Role;

  @Field(() => AdminUnitType, {
    nullable: true,
    description: 'The unit whose subtree the role reaches; null for ADMIN and ANALYST.',
  })
  unit!: unknown;

  @Field(() => String, {
    nullable: true,
    description: 'The agency (cơ quan) the grant acts for, by code; null when none.',
  })
  agency!: string | null;
}

@ObjectType('User', {
  description:
    'An account: a person who signs in. Contact fields are shown to the person and to those who manage the account.',
})
export class UserType {
  @Field(() => ID, { description: 'Global id.' })
  id!: string;

  @Field(() => String, { description: 'Full name.' })
  name!: string;

  @Field(() => String, { description: 'What the person types to sign in (lower case).' })
  login!: string;

  @Field(() => String, { nullable: true, description: 'E-mail address, if given.' })
  email!: string | null;

  @Field(() => String, { nullable: true, description: 'Phone number, if given.' })
  phone!: string | null;

  @Field(() => Boolean, {
    description: 'False once deactivated: the account cannot sign in and its tokens are refused.',
  })
  active!: boolean;

  @Field(() => [GrantType], { description: 'The grants the user holds; a request acts under one of them.' })
  grants!: unknown[];
}

export const UserConnection = connectionOf(UserType, 'User', 'A page of accounts.');

@ObjectType('Session', { description: 'What a sign-in, a refresh or a grant switch returns.' })
export class SessionType {
  @Field(() => String, { description: 'The bearer token for `Authorization: Bearer …`; short-lived (15 minutes).' })
  accessToken!: string;

  @Field(() => String, {
    nullable: true,
    description:
      'Exchange it with refreshSession for a new pair before the access token expires; it works once. Null from switchGrant (keep the one you have).',
  })
  refreshToken!: string | null;

  @Field(() => Date, { description: 'When the access token expires.' })
  expiresAt!: Date;

  @Field(() => UserType, { description: 'The account signed in.' })
  user!: unknown;

  @Field(() => GrantType, { description: 'The grant the access token acts under.' })
  grant!: unknown;
}

@ObjectType('PasswordReset', {
  description: 'A one-time password-reset token to hand to the user (printed or as a link).',
})
export class PasswordResetType {
  @Field(() => String, { description: 'The token, shown once: give it to setPassword with the new password.' })
  token!: string;

  @Field(() => Date, { description: 'When it stops working (24 hours after it was issued).' })
  expiresAt!: Date;
}

@InputType({ description: 'Sign-in with a login (the e-mail address by default) and a password.' })
export class SignInInput {
  @Field(() => String, { description: 'The login.' })
  @Extensions({ maxLength: 200 })
  login!: string;

  @Field(() => String, { description: 'The password.' })
  @Extensions({ maxLength: 1024 })
  password!: string;

  @Field(() => ID, { nullable: true, description: 'The grant to act under; default: the oldest.' })
  grantId?: string | null;
}

@InputType({ description: 'A role in a unit, to grant.' })
export class GrantInput {
  @Field(() => Role, { description: 'The role.' })
  role!: Role;

  @Field(() => String, {
    nullable: true,
    description: 'The unit code (today); required for OFFICER and ASSOCIATION, absent for ADMIN and ANALYST.',
  })
  @Extensions({ maxLength: 20 })
  unitCode?: string | null;

  @Field(() => String, { nullable: true, description: 'The agency code the grant acts for, if any.' })
  @Extensions({ maxLength: 50 })
  agency?: string | null;
}

@InputType({ description: 'A new account and its first grant.' })
export class CreateUserInput {
  @Field(() => String, { description: 'Full name.' })
  @Extensions({ maxLength: 200 })
  name!: string;

  @Field(() => String, { nullable: true, description: 'The login; default: the e-mail address.' })
  @Extensions({ maxLength: 200 })
  login?: string | null;

  @Field(() => String, { nullable: true, description: 'E-mail address.' })
  @Extensions({ maxLength: 250 })
  email?: string | null;

  @Field(() => String, { nullable: true, description: 'Phone number.' })
  @Extensions({ maxLength: 20 })
  phone?: string | null;

  @Field(() => GrantInput, { description: 'The first grant.' })
  grant!: GrantInput;
}

@InputType({ description: 'Which accounts to list.' })
export class UserFilterInput {
  @Field(() => String, { nullable: true, description: "Accounts with a grant in this unit's subtree (today)." })
  @Extensions({ maxLength: 20 })
  unitCode?: string | null;

  @Field(() => String, { nullable: true, description: 'Part of the name or login.' })
  @Extensions({ maxLength: 200 })
  search?: string | null;

  @Field(() => Boolean, { nullable: true, description: 'Only active (true) or deactivated (false) accounts.' })
  active?: boolean | null;
}
