import { Ctx, Query, Resolver } from 'type-graphql';
import type { RequestContext } from '../common/context.js';
import { geographyLoaders } from '../geography/geography.service.js';
import { User, UserGrant } from './account.entity.js';
import { isScoped } from './principal.js';
import { ViewerType } from './auth.types.js';

@Resolver()
export class AuthResolver {
  @Query(() => ViewerType, {
    description:
      'Who the caller is, the account and grant it acts under, and what part of the country it may see or change.',
  })
  async viewer(@Ctx() ctx: RequestContext) {
    const p = ctx.principal;
    if (p.kind === 'anonymous')
      return { authenticated: false, subject: null, role: null, scope: null, user: null, grant: null };
    const scope = isScoped(p) ? await geographyLoaders(ctx).unit.load(p.unitId) : null;
    const user = p.account ? await ctx.em.findOne(User, { id: p.account.userId }) : null;
    const grant = p.account ? await ctx.em.findOne(UserGrant, { id: p.account.grantId }) : null;
    return { authenticated: true, subject: p.subject, role: p.role, scope, user, grant };
  }
}
