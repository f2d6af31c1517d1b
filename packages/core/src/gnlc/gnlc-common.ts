import DataLoader from 'dataloader';
import type { RequestContext } from '../common/context.js';

/** Helpers the GNLC aggregates (applications, memberships) share. */

/** The caller's role, or null for a service or anonymous caller. */
export const roleOf = (ctx: RequestContext) => (ctx.principal.kind === 'user' ? ctx.principal.role : null);

/** A per-request loader of rows grouped by a parent id (an empty list for a parent without any). */
export function groupedLoader<T>(ctx: RequestContext, key: string, load: (ids: string[]) => Promise<Map<string, T[]>>) {
  return ctx.loaders.get(
    key,
    () =>
      new DataLoader<string, T[]>(async (ids) => {
        const found = await load([...ids]);
        return ids.map((id) => found.get(id) ?? []);
      }),
  );
}
