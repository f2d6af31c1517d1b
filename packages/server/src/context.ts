import {
  LoaderRegistry,
  todayInVietnam,
  type PluginRuntime,
  type RequestContext,
  type TokenService,
} from '@hoctap/core';
import type { MikroORM } from '@mikro-orm/postgresql';
import type { FastifyRequest } from 'fastify';

/** Builds each request's context: who is asking, a fresh EntityManager fork and empty loaders. */
export function contextFactory(
  orm: MikroORM,
  tokens: TokenService,
  plugins?: PluginRuntime,
  clock: () => string = todayInVietnam,
) {
  return async (request: FastifyRequest): Promise<RequestContext> => {
    const principal = await tokens.principalFromHeader(request.headers.authorization);
    return {
      principal,
      em: orm.em.fork(),
      loaders: new LoaderRegistry(),
      requestId: request.id,
      logger: request.log,
      today: clock(),
      ...(plugins ? { plugins } : {}),
    };
  };
}
