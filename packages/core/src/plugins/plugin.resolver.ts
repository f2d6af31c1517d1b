import { Ctx, Query, Resolver } from 'type-graphql';
import type { RequestContext } from '../common/context.js';
import { pluginSchemaOf } from './plugin.model.js';
import { PluginInfoType } from './plugin.types.js';

@Resolver()
export class PluginResolver {
  @Query(() => [PluginInfoType], {
    description:
      'The province plugins this server loaded, the provinces each serves, and what each contributes. Public.',
  })
  plugins(@Ctx() ctx: RequestContext): PluginInfoType[] {
    return (ctx.plugins?.plugins ?? []).map(({ definition: d, contributions: c, provinces, schema }) => ({
      id: d.id,
      name: d.name,
      description: d.description ?? null,
      version: d.version,
      core: d.core,
      graphqlPrefix: d.graphqlPrefix,
      databaseSchema: pluginSchemaOf(d.id),
      provinces: provinces.map((p) => ({ code: p.code, name: p.name, from: p.from ?? null, until: p.until ?? null })),
      contributes: {
        criteriaSets: c.criteriaSets.map((s) => s.set.code),
        workflowExtensions: [...new Set(c.workflowExtensions.map((w) => w.workflowId))],
        workflowNodes: c.workflowNodes.map((n) => n.typeName),
        plans: c.plans.map((p) => p.documentNumber),
        targets: c.targets.map((t) => t.code),
        referenceData: c.referenceData.map((r) => r.name),
        types: schema.types,
        rootFields: schema.rootFields,
        fields: schema.fields,
        migrations: (d.migrations ?? []).map((m) => m.name),
        analyticsDimensions: c.analyticsDimensions.map((x) => x.code),
      },
    }));
  }
}
