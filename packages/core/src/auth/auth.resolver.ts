import { Ctx, Query, Resolver } from 'type-graphql';
import type { RequestContext } from '../common/context.js';
import { geographyLoaders } from '../geography/geography.service.js';
import { isScoped } from './principal.js';
import { ViewerType } from './auth.types.js';

@Resolver()
export class AuthResolver {
  @Query(() => ViewerType, { description: 'Who the caller is and what part of the country they may see or change.' })
  async viewer(@Ctx() ctx: RequestContext) {
    const p = ctx.principal;
    if (p.kind === 'anonymous') return { authenticated: false, subject: null, role: null, scope: null };
    const scope = isScoped(p) ? await geographyLoaders(ctx).unit.load(p.unitId) : null;
    return { authenticated: true, subject: p.subject, role: p.role, scope };
  }
}
