// `pnpm bench fuzz [--requests N] [--seed S] [--concurrency C]`: the schema fuzzer's long run over
// HTTP against a real server with the first-party plugins, on a fresh database with the national
// map and a few records. Every root field, in turn, with plausible and hostile arguments, as
// anonymous callers, analysts, officers and administrators. Prints the answers by code and exits 1
// on any server error (an HTTP 5xx or INTERNAL_SERVER_ERROR). Target (issue #13): 10,000 requests,
// 0 internal errors.
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { AdminLevel, AdminUnit, Role, toGlobalId, type Principal } from '@hoctap/core';
import { loadConfig, startPlatform } from '@hoctap/server';
import { codeOf, failureOf, SchemaFuzzer } from '../fuzz/schema-fuzzer.ts';

const option = (name: string, fallback: number) => {
  const i = process.argv.indexOf(`--${name}`);
  return i > 0 ? Number(process.argv[i + 1]) : fallback;
};
const REQUESTS = option('requests', 10_000);
const SEED = option('seed', 20261207);
const CONCURRENCY = option('concurrency', 4);
const SECRET = 'a-fuzz-secret-that-is-long-enough-for-hs256';

const dataDir = await mkdtemp(join(tmpdir(), 'hoctap-bench-fuzz-'));
// The first-party plugins, as `HOCTAP_PLUGINS=default` loads them: their fields are fuzzed too.
const plugins = await Promise.all(
  ['@hoctap/plugin-dong-thap', '@hoctap/plugin-ha-nam', '@hoctap/plugin-thai-binh'].map(
    async (name) => ((await import(name)) as { default: import('@hoctap/core').PluginDefinition }).default,
  ),
);
const platform = await startPlatform(
  loadConfig({
    PORT: '0',
    HOCTAP_DATA_DIR: dataDir,
    HOCTAP_JWT_SECRET: SECRET,
    LOG_LEVEL: 'silent',
    HOCTAP_RATE_LIMIT_PER_MINUTE: '0',
    HOCTAP_RATE_LIMIT_IP_PER_MINUTE: '0',
    ...(process.env.DATABASE_URL ? { DATABASE_URL: process.env.DATABASE_URL } : {}),
  }),
  () => undefined,
  plugins,
);
try {
  const em = platform.orm.em.fork();
  const unit = (code: string, level: AdminLevel) => em.findOneOrFail(AdminUnit, { code, level, validTo: '2025-06-30' });
  const province = await unit('87', AdminLevel.PROVINCE);
  const commune = await unit('30175', AdminLevel.COMMUNE);
  const sign = async (p: Principal) => (await platform.tokens.signPrincipal(p)) ?? undefined;
  const scoped = (u: AdminUnit, role: Role.OFFICER | Role.ASSOCIATION): Principal => ({
    kind: 'user',
    subject: `${role}-${u.code}`,
    role,
    unitId: u.id,
    unitCode: u.code,
  });
  const tokens = await Promise.all(
    [
      { kind: 'anonymous' } as Principal,
      { kind: 'user', subject: 'fuzz-admin', role: Role.ADMIN } as Principal,
      { kind: 'user', subject: 'fuzz-analyst', role: Role.ANALYST } as Principal,
      scoped(province, Role.OFFICER),
      scoped(commune, Role.ASSOCIATION),
    ].map(sign),
  );
  const post = async (body: unknown, token?: string) => {
    const response = await fetch(`${platform.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
      body: JSON.stringify(body),
    });
    return { status: response.status, body: (await response.json().catch(() => null)) as unknown };
  };
  // A few records of its own, so ids and codes in the requests name something.
  const village = await post(
    {
      query: 'mutation ($i: CreateVillageInput!) { createVillage(input: $i) { id } }',
      variables: { i: { communeCode: '30175', name: 'Ấp Tân Hòa', code: '30175.001', validFrom: '2020-01-01' } },
    },
    tokens[1],
  );
  const household = await post(
    {
      query: 'mutation ($i: CreateSubjectInput!) { createSubject(input: $i) { id } }',
      variables: { i: { kind: 'HOUSEHOLD', unitCode: '30175.001', code: 'H1', name: 'Hộ số H1', asOf: '2024-01-01' } },
    },
    tokens[1],
  );
  const idOf = (r: { body: unknown }) =>
    Object.values((r.body as { data?: Record<string, { id: string }> }).data ?? {})[0]?.id;
  const ids = [
    idOf(village),
    idOf(household),
    toGlobalId('AdminUnit', province.id),
    toGlobalId('AdminUnit', commune.id),
  ].filter((id): id is string => typeof id === 'string');
  const fuzzer = new SchemaFuzzer(
    await schemaOf(platform.url),
    { codes: ['87', '82', '875', '30175', '30175.001', '35', '37', '00004', '99999'], ids },
    SEED,
  );
  const byCode = new Map<string, number>();
  const failures: string[] = [];
  const started = performance.now();
  let n = 0;
  const worker = async () => {
    while (n < REQUESTS) {
      const i = n++;
      const op = fuzzer.operation(i);
      const token = tokens[i % tokens.length];
      const answer = await post({ query: op.query, variables: op.variables }, token);
      const failure = failureOf(answer.status, answer.body);
      if (failure)
        failures.push(`#${i} ${op.field}: ${failure} — ${op.query} ${JSON.stringify(op.variables).slice(0, 300)}`);
      const code = codeOf(answer.body);
      byCode.set(code, (byCode.get(code) ?? 0) + 1);
    }
  };
  await Promise.all(Array.from({ length: CONCURRENCY }, worker));
  const seconds = (performance.now() - started) / 1000;
  console.log(
    JSON.stringify({
      scenario: 'fuzz',
      requests: REQUESTS,
      seed: SEED,
      concurrency: CONCURRENCY,
      root_fields: fuzzer.fieldCount,
      seconds: Math.round(seconds * 10) / 10,
      requests_per_s: Math.round(REQUESTS / seconds),
      by_code: Object.fromEntries([...byCode].sort((a, b) => b[1] - a[1])),
      server_errors: failures.length,
      target: '0 server errors',
    }),
  );
  for (const f of failures.slice(0, 20)) console.error(f);
  process.exitCode = failures.length > 0 ? 1 : 0;
} finally {
  await platform.close();
  await rm(dataDir, { recursive: true, force: true });
}

/** The served schema, from introspection, when the app does not expose its own. */
async function schemaOf(url: string) {
  const { buildClientSchema, getIntrospectionQuery } = await import('graphql');
  const response = await fetch(`${url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ query: getIntrospectionQuery() }),
  });
  return buildClientSchema(((await response.json()) as { data: Parameters<typeof buildClientSchema>[0] }).data);
}
