/** The HTTP baseline an operator expects: /metrics, CORS by allow-list, compression, slow-query log. */
import { cloneTestDatabase } from '@hoctap/plugin-sdk/testing';
import { loadConfig, startPlatform, type Platform } from '@hoctap/server';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const METRICS_TOKEN = 'scrape-token-0123456789';
let platform: Platform;
let drop: () => Promise<void>;
const logLines: string[] = [];
const stdoutWrite = process.stdout.write.bind(process.stdout);

beforeAll(async () => {
  const db = await cloneTestDatabase('provinces');
  drop = db.drop;
  const config = loadConfig({
    PORT: '0',
    DATABASE_URL: db.url,
    HOCTAP_JWT_SECRET: 'e2e-secret-that-is-long-enough-for-hs256',
    HOCTAP_PLUGINS: 'none',
    LOG_LEVEL: 'warn',
    HOCTAP_CORS_ORIGINS: 'https://console.example.gov.vn',
    HOCTAP_METRICS_TOKEN: METRICS_TOKEN,
    // Every statement of one second's sleep is slow; ordinary ones are not.
    HOCTAP_SLOW_QUERY_MS: '200',
  });
  // The platform logs JSON lines to stdout: keep them for the slow-query assertion.
  process.stdout.write = ((chunk: string | Uint8Array, ...rest: unknown[]) => {
    logLines.push(String(chunk));
    return (stdoutWrite as (...a: unknown[]) => boolean)(chunk, ...rest);
  }) as typeof process.stdout.write;
  platform = await startPlatform(config);
});

afterAll(async () => {
  process.stdout.write = stdoutWrite;
  await platform?.close();
  await drop?.();
});

const graphql = (query: string, operationName?: string, headers: Record<string, string> = {}) =>
  fetch(`${platform.url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: JSON.stringify({ query, operationName }),
  });

describe('/metrics', () => {
  it('is refused without the scrape token', async () => {
    const answer = await fetch(`${platform.url}/metrics`);
    expect(answer.status).toBe(401);
    expect((await fetch(`${platform.url}/metrics`, { headers: { authorization: 'Bearer wrong' } })).status).toBe(401);
  });

  it('counts requests by route, times operations by name and counts errors by code', async () => {
    for (let i = 0; i < 3; i++)
      await graphql('query Provinces { adminUnits(filter: { level: PROVINCE }) { totalCount } }', 'Provinces');
    await graphql('{ adminUnit(id: "not-a-global-id") { name } }');
    // A name per request must not grow the series without bound.
    await graphql('query Weird$Name { __typename }');
    const scrape = await fetch(`${platform.url}/metrics`, { headers: { authorization: `Bearer ${METRICS_TOKEN}` } });
    expect(scrape.status).toBe(200);
    expect(scrape.headers.get('content-type')).toMatch(/^text\/plain/);
    const text = await scrape.text();
    const value = (series: string) => {
      const line = text.split('\n').find((l) => l.startsWith(series + ' '));
      return line ? Number(line.slice(series.length + 1)) : undefined;
    };
    const graphqlRequests = ['2xx', '4xx'].reduce(
      (n, status) => n + (value(`hoctap_http_requests_total{method="POST",route="/graphql",status="${status}"}`) ?? 0),
      0,
    );
    expect(graphqlRequests).toBe(5);
    expect(value('hoctap_graphql_operation_duration_seconds_count{operation="Provinces",type="query"}')).toBe(3);
    expect(text).toMatch(/hoctap_graphql_errors_total\{code="[A-Z_]+"\} [1-9]/);
    expect(text).not.toContain('Weird');
    expect(text).toMatch(/hoctap_db_pool_connections\{state="idle"\} \d+/);
    expect(text).toContain('hoctap_process_cpu_seconds_total');
  });
});

describe('CORS', () => {
  it('answers a preflight from an allowed origin and says nothing to another', async () => {
    const preflight = (origin: string) =>
      fetch(`${platform.url}/graphql`, {
        method: 'OPTIONS',
        headers: { origin, 'access-control-request-method': 'POST', 'access-control-request-headers': 'content-type' },
      });
    const allowed = await preflight('https://console.example.gov.vn');
    expect(allowed.headers.get('access-control-allow-origin')).toBe('https://console.example.gov.vn');
    const other = await preflight('https://evil.example.com');
    expect(other.headers.get('access-control-allow-origin')).toBeNull();
  });
});

describe('compression', () => {
  it('compresses a large answer for a client that accepts gzip', async () => {
    const answer = await graphql(
      '{ adminUnits(filter: { level: PROVINCE }, first: 100) { nodes { code name validFrom validTo } } }',
      undefined,
      {
        'accept-encoding': 'gzip',
      },
    );
    expect(answer.status).toBe(200);
    expect(answer.headers.get('content-encoding')).toBe('gzip');
    // fetch decompresses: the body is still the JSON answer.
    const body = (await answer.json()) as { data: { adminUnits: { nodes: unknown[] } } };
    expect(body.data.adminUnits.nodes).toHaveLength(34);
  });
});

describe('slow-query log', () => {
  it('logs a statement slower than HOCTAP_SLOW_QUERY_MS with its text and duration', async () => {
    const em = platform.orm.em.fork();
    await em.execute('select pg_sleep(0.3)');
    await em.execute('select 1 as quick');
    await new Promise((r) => setTimeout(r, 50));
    const slow = logLines.filter((l) => l.includes('"slowQuery"'));
    expect(slow.some((l) => l.includes('pg_sleep'))).toBe(true);
    expect(slow.some((l) => l.includes('as quick'))).toBe(false);
  });
});

describe('request ids', () => {
  it("follow a caller's W3C traceparent, and a made-up one is replaced", async () => {
    const traced = await graphql('{ __typename }', undefined, {
      traceparent: '00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01',
    });
    expect(traced.headers.get('x-request-id')).toBe('4bf92f3577b34da6a3ce929d0e0e4736');
    const bogus = await graphql('{ __typename }', undefined, { traceparent: '00-nothex-00f067aa0ba902b7-01' });
    expect(bogus.headers.get('x-request-id')).toMatch(/^[\da-f-]{36}$/);
  });
});
