import type { ScaffoldFile, ScaffoldPlan } from './plugin-template.rules.js';

/** The plugin's README: what was generated and the commands to work with it. */
export function readmeFile(plan: ScaffoldPlan): ScaffoldFile {
  const claims = plan.claims
    .map((c) => `- ${c.code} ${c.provinceName}: ${c.from ?? 'from the start'} – ${c.until ?? 'open'}`)
    .join('\n');
  return {
    path: 'README.md',
    content: `# @hoctap/plugin-${plan.id}

${plan.name}: a Hoc Tap province plugin, scaffolded by \`pnpm hoctap plugin new\`. See "Writing a
province plugin" in the repository's README for the whole contract.

Provinces it serves (GSO code, province, period):

${claims}

## Files

- \`src/index.ts\`: the declaration (\`definePlugin\`): id, provinces, GraphQL prefix \`${plan.prefix}\`,
  tables, migrations, resolvers and \`register()\`.
- \`src/note.entity.ts\`, \`src/migrations/Migration0001_init.ts\`: an example table in the plugin's
  own PostgreSQL schema \`${plan.schema}\`, and the migration that creates it.
- \`src/note.types.ts\`, \`src/note.resolver.ts\`: the GraphQL type \`${plan.prefix}Note\`, the query
  \`${plan.fieldPrefix}Notes\` and the mutation \`${plan.fieldPrefix}AddNote\`, scoped with \`pluginUnit\`.
- \`src/plugin.test.ts\`: tests on a real database with \`useTestPlatform\`.

Plugins import only \`@hoctap/plugin-sdk\` (and \`@hoctap/plugin-sdk/testing\` in tests).

## Commands (from the repository root)

\`\`\`sh
pnpm install
pnpm vitest run plugins/${plan.id}
pnpm exec tsc -p plugins/${plan.id}/tsconfig.json --noEmit
pnpm exec eslint plugins/${plan.id}
pnpm --filter @hoctap/plugin-${plan.id} build
HOCTAP_PLUGINS=default,./plugins/${plan.id}/dist/index.js pnpm start
\`\`\`
`,
  };
}
