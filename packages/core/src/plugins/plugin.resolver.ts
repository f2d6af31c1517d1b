import { Ctx, Query, Resolver } from 'type-graphql';
import type { RequestContext } from '../common/context.js';
import { contributionsTo, extensionPoints, type PluginContributions } from './extension-point.js';
import { pluginSchemaOf } from './plugin-names.js';
import { PluginInfoType } from './plugin.types.js';

/** What a plugin registered with each extension point, by the point's registrar method. */
function extensionsOf(contributions: PluginContributions) {
  return extensionPoints()
    .map((point) => ({
      point: point.method,
      items: contributionsTo(contributions, point).map((c) => point.describe(c)),
    }))
    .filter((e) => e.items.length > 0);
}

@Resolver()
export class PluginResolver {
  @Query(() => [PluginInfoType], {
    description:
      'The province plugins this server loaded, the provinces each serves, and what each contributes. Public.',
  })
  plugins(@Ctx() ctx: RequestContext): PluginInfoType[] {
    return (ctx.plugins?.plugins ?? []).map(({ definition: d, contributions, provinces, schema }) => {
      const extensions = extensionsOf(contributions);
      const at = (method: string) => extensions.find((e) => e.point === method)?.items ?? [];
      return {
        id: d.id,
        name: d.name,
        description: d.description ?? null,
        version: d.version,
        core: d.core,
        graphqlPrefix: d.graphqlPrefix,
        databaseSchema: pluginSchemaOf(d.id),
        provinces: provinces.map((p) => ({ code: p.code, name: p.name, from: p.from ?? null, until: p.until ?? null })),
        contributes: {
          criteriaSets: at('criteriaSets'),
          workflowExtensions: [...new Set(at('extendWorkflow'))],
          workflowNodes: at('workflowNode'),
          agencies: at('agencies'),
          plans: at('plans'),
          targets: at('targets'),
          referenceData: at('referenceData'),
          analyticsDimensions: at('analyticsDimension'),
          types: schema.types,
          rootFields: schema.rootFields,
          fields: schema.fields,
          migrations: (d.migrations ?? []).map((m) => m.name),
          extensions,
        },
      };
    });
  }
}
