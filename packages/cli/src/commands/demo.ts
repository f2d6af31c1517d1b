import {
  DEMO_QUERIES,
  DEMO_TOKEN_LABELS,
  demoTokenHolders,
  loadDemo,
  removeDemo,
  TokenService,
  type DemoLoadResult,
  type PluginRuntime,
} from '@hoctap/core';
import {
  loadConfig,
  openPlatformDatabase,
  preparePlugins,
  resolveSigningKeys,
  type PlatformDatabase,
  type ServerConfig,
} from '@hoctap/server';
import { resolvePlugins } from '../plugins.js';

type MikroORM = PlatformDatabase['orm'];

export interface DemoOptions {
  remove?: boolean;
  expires: string;
}

const say = (line: string) => console.error(line);

const TOKEN_VARIABLES = {
  communeOfficer: 'COMMUNE_TOKEN',
  provinceOfficer: 'PROVINCE_TOKEN',
  analyst: 'ANALYST_TOKEN',
} as const;

/**
 * What to paste: the three tokens as shell variables, then each query as GraphQL (for /graphiql)
 * and as a curl command. On stdout, so that `pnpm -s hoctap demo > demo.txt` keeps it; progress
 * goes to stderr.
 */
export async function printDemoGuide(
  orm: MikroORM,
  config: Pick<ServerConfig, 'host' | 'port' | 'dataDir' | 'jwtSecret' | 'jwtKeys' | 'production'>,
  expires: string,
): Promise<void> {
  const tokens = new TokenService(await resolveSigningKeys(config));
  const holders = await demoTokenHolders(orm.em);
  const url = `http://${config.host.includes(':') ? `[${config.host}]` : config.host}:${config.port}`;
  const lines = [
    `# Hoc Tap demo: three tokens (valid ${expires}) for the server at ${url} (pnpm start), and a query for each.`,
    `# Paste the exports into a shell, then run the curl commands; or open ${url}/graphiql, paste a token`,
    '# in its top bar and the query in the editor. The demo is labelled "[Demo]"; remove it with `pnpm hoctap demo --remove`.',
    '',
  ];
  for (const [holder, variable] of Object.entries(TOKEN_VARIABLES) as [keyof typeof TOKEN_VARIABLES, string][]) {
    const p = holders[holder];
    const unit = 'unitId' in p ? { unit: { id: p.unitId, code: p.unitCode } } : {};
    const token = await tokens.sign({ subject: p.subject, role: p.role, ...unit, expiresIn: expires });
    lines.push(`# ${DEMO_TOKEN_LABELS[holder]}`, `export ${variable}=${token}`, '');
  }
  DEMO_QUERIES.forEach((q, i) => {
    lines.push(
      `# ${i + 1}. ${q.title} (as ${TOKEN_VARIABLES[q.as]})`,
      ...q.query.split('\n').map((l) => `#    ${l}`),
      `curl -s ${url}/graphql -H "authorization: Bearer $${TOKEN_VARIABLES[q.as]}" -H 'content-type: application/json' --data-binary @- <<'JSON'`,
      JSON.stringify({ query: q.query }),
      'JSON',
      '',
    );
  });
  console.log(lines.join('\n'));
}

/** Loads the demo (idempotent) with progress; for `hoctap demo` and `hoctap start --demo`. */
export async function loadDemoWithProgress(orm: MikroORM, plugins: PluginRuntime): Promise<DemoLoadResult> {
  const result = await loadDemo(orm.em, { plugins, onProgress: say });
  if (result.status === 'loaded') say(`Loaded the demo dataset in ${(result.ms / 1000).toFixed(1)} s.`);
  return result;
}

/** `hoctap demo [--remove]`: loads the demo dataset and prints tokens and queries, or removes it. */
export async function demoCommand(options: DemoOptions): Promise<void> {
  const config = loadConfig();
  const prepared = await preparePlugins(await resolvePlugins(config.plugins));
  const db = await openPlatformDatabase(config, say, prepared);
  try {
    if (options.remove) {
      const removed = await removeDemo(db.orm.em);
      const total = Object.values(removed).reduce((a, b) => a + b, 0);
      say(
        total === 0
          ? 'No demo data to remove.'
          : `Removed the demo dataset: ${Object.entries(removed)
              .map(([type, n]) => `${n} ${type}`)
              .join(', ')}.`,
      );
      return;
    }
    await loadDemoWithProgress(db.orm, db.plugins);
    await printDemoGuide(db.orm, config, options.expires);
  } finally {
    await db.close();
  }
}
