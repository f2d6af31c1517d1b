import DataLoader from 'dataloader';
import { Arg, Ctx, FieldResolver, ID, Int, Mutation, Query, Resolver, Root } from 'type-graphql';
import type { RequestContext } from '../common/context.js';
import { pageWindow } from '../common/connection.js';
import { idOfType, toGlobalId } from '../common/node-id.js';
import type { AdminUnit } from '../geography/admin-unit.entity.js';
import { geographyLoaders } from '../geography/geography.service.js';
import { AdminUnitType } from '../geography/geography.types.js';
import { UserGrant, type User } from './account.entity.js';
import {
  CreateUserInput,
  GrantInput,
  GrantType,
  PasswordResetType,
  SessionType,
  SignInInput,
  UserConnection,
  UserFilterInput,
  UserType,
} from './account.types.js';
import { refreshSession, signIn, signOut, signOutEverywhere, switchGrant } from './session.service.js';
import {
  createUser,
  deactivateUser,
  findUser,
  grantRole,
  listUsers,
  reactivateUser,
  resetPassword,
  revokeRole,
  setPassword,
} from './user.service.js';

const userId = (id: string) => idOfType(id, 'User', 'userId');
const grantId = (id: string) => idOfType(id, 'Grant', 'grantId');

@Resolver()
export class AccountResolver {
  @Mutation(() => SessionType, {
    description:
      'Signs in with a login and password: a short-lived access token and a refresh token for this device. Every failure answers UNAUTHENTICATED "login or password wrong"; five in a row lock the account for 15 minutes.',
  })
  signIn(@Arg('input', () => SignInInput) input: SignInInput, @Ctx() ctx: RequestContext) {
    return signIn(ctx, input.login, input.password, input.grantId ? grantId(input.grantId) : null);
  }

  @Mutation(() => SessionType, {
    description:
      'Exchanges a refresh token for a new access token and refresh token. A refresh token works once: presenting one already exchanged ends the whole session (it was copied).',
  })
  refreshSession(
    @Arg('refreshToken', () => String, { description: 'The refresh token last received.' }) refreshToken: string,
    @Ctx() ctx: RequestContext,
  ) {
    return refreshSession(ctx, refreshToken);
  }

  @Mutation(() => Boolean, {
    description: "Ends this device's session: its refresh token and its access tokens stop working.",
  })
  signOut(@Ctx() ctx: RequestContext) {
    return signOut(ctx);
  }

  @Mutation(() => Boolean, {
    description: "Ends every session of the caller's account: all its tokens are refused from the next request on.",
  })
  signOutEverywhere(@Ctx() ctx: RequestContext) {
    return signOutEverywhere(ctx);
  }

  @Mutation(() => SessionType, { description: "An access token acting under another of the caller's grants." })
  switchGrant(
    @Arg('grantId', () => ID, { description: 'One of viewer.user.grants.' }) id: string,
    @Ctx() ctx: RequestContext,
  ) {
    return switchGrant(ctx, grantId(id));
  }

  @Mutation(() => UserType, {
    description:
      "Creates an account with its first grant, within the caller's ceiling (an OFFICER: OFFICER or ASSOCIATION in its subtree). Set its password with resetPassword.",
  })
  createUser(@Arg('input', () => CreateUserInput) input: CreateUserInput, @Ctx() ctx: RequestContext) {
    return createUser(ctx, input);
  }

  @Mutation(() => GrantType, { description: "Gives a user one more grant, within the caller's ceiling." })
  grantRole(
    @Arg('userId', () => ID, { description: 'The user.' }) id: string,
    @Arg('grant', () => GrantInput) grant: GrantInput,
    @Ctx() ctx: RequestContext,
  ) {
    return grantRole(ctx, userId(id), grant);
  }

  @Mutation(() => Boolean, {
    description: 'Takes a grant back; tokens acting under it are refused from the next request on.',
  })
  revokeRole(@Arg('grantId', () => ID, { description: 'The grant.' }) id: string, @Ctx() ctx: RequestContext) {
    return revokeRole(ctx, grantId(id));
  }

  @Mutation(() => UserType, {
    description: 'Deactivates an account: no sign-in, and its tokens are refused from the next request on.',
  })
  deactivateUser(@Arg('userId', () => ID, { description: 'The user.' }) id: string, @Ctx() ctx: RequestContext) {
    return deactivateUser(ctx, userId(id));
  }

  @Mutation(() => UserType, { description: 'Reactivates a deactivated account.' })
  reactivateUser(@Arg('userId', () => ID, { description: 'The user.' }) id: string, @Ctx() ctx: RequestContext) {
    return reactivateUser(ctx, userId(id));
  }

  @Mutation(() => PasswordResetType, {
    description:
      'A one-time password-reset token (24 hours) for a user the caller manages, to print or send as a link.',
  })
  resetPassword(@Arg('userId', () => ID, { description: 'The user.' }) id: string, @Ctx() ctx: RequestContext) {
    return resetPassword(ctx, userId(id));
  }

  @Mutation(() => Boolean, {
    description: 'Sets a new password with a one-time reset token; every session of the account ends.',
  })
  setPassword(
    @Arg('resetToken', () => String, { description: 'The token from resetPassword.' }) resetToken: string,
    @Arg('newPassword', () => String, { description: 'At least 12 characters.' }) newPassword: string,
    @Ctx() ctx: RequestContext,
  ) {
    return setPassword(ctx, resetToken, newPassword);
  }

  @Query(() => UserConnection, {
    description: 'Accounts the caller manages (ADMIN: all; OFFICER: those with a grant in its subtree).',
  })
  users(
    @Arg('filter', () => UserFilterInput, { nullable: true }) filter: UserFilterInput | null,
    @Arg('first', () => Int, { nullable: true, description: 'Page size (at most 100).' }) first: number | null,
    @Arg('after', () => String, { nullable: true, description: 'Cursor to continue after.' }) after: string | null,
    @Ctx() ctx: RequestContext,
  ) {
    return listUsers(ctx, filter ?? {}, pageWindow({ first, after }));
  }

  @Query(() => UserType, { description: 'One account the caller manages.' })
  user(@Arg('id', () => ID, { description: 'The user.' }) id: string, @Ctx() ctx: RequestContext) {
    return findUser(ctx, userId(id));
  }
}

function grantsLoader(ctx: RequestContext) {
  return ctx.loaders.get(
    'auth.grants',
    () =>
      new DataLoader<string, UserGrant[]>(async (ids) => {
        const rows = await ctx.em.find(
          UserGrant,
          { user: { $in: [...ids] } },
          { orderBy: { createdAt: 'asc', id: 'asc' } },
        );
        return ids.map((id) => rows.filter((g) => g.user.id === id));
      }),
  );
}

@Resolver(() => UserType)
export class UserResolver {
  @FieldResolver(() => ID, { description: 'Global id.' })
  id(@Root() u: User): string {
    return toGlobalId('User', u.id);
  }

  @FieldResolver(() => [GrantType], { description: 'The grants the user holds; a request acts under one of them.' })
  grants(@Root() u: User, @Ctx() ctx: RequestContext): Promise<UserGrant[]> {
    return grantsLoader(ctx).load(u.id);
  }
}

@Resolver(() => GrantType)
export class GrantResolver {
  @FieldResolver(() => ID, { description: 'Global id; pass it to switchGrant or revokeRole.' })
  id(@Root() g: UserGrant): string {
    return toGlobalId('Grant', g.id);
  }

  @FieldResolver(() => AdminUnitType, {
    nullable: true,
    description: 'The unit whose subtree the role reaches; null for ADMIN and ANALYST.',
  })
  unit(@Root() g: UserGrant, @Ctx() ctx: RequestContext): Promise<AdminUnit | null> | null {
    return g.unit ? geographyLoaders(ctx).unit.load(g.unit.id) : null;
  }
}
