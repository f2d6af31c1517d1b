/**
 * OpenTelemetry traces as an operator's collector receives them: a span per HTTP request that
 * continues the caller's trace, the GraphQL operation under it, and the statements under that,
 * with statement text but never the values users typed.
 */
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { cloneTestDatabase } from '@hoctap/plugin-sdk/testing';
import { loadConfig, startPlatform, type Platform } from '@hoctap/server';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

interface OtlpSpan {
  traceId: string;
  spanId: string;
  parentSpanId?: string;
  name: string;
  kind: number;
  attributes: { key: string; value: { stringValue?: string; intValue?: number | string } }[];
}

const received: OtlpSpan[] = [];
const serviceNames = new Set<string>();
let collector: Server;
let platform: Platform;
let drop: () => Promise<void>;
const logLines: string[] = [];
const stdoutWrite = process.stdout.write.bind(process.stdout);

/** A stand-in OTLP/HTTP collector: it keeps every span posted to /v1/traces. */
function startCollector(): Promise<string> {
  collector = createServer((request, response) => {
    const chunks: Buffer[] = [];
    request.on('data', (chunk: Buffer) => chunks.push(chunk));
    request.on('end', () => {
      if (request.url === '/v1/traces') {
        const body = JSON.parse(Buffer.concat(chunks).toString()) as {
          resourceSpans: {
            resource: { attributes: OtlpSpan['attributes'] };
            scopeSpans: { spans: OtlpSpan[] }[];
          }[];
        };
        for (const resourceSpans of body.resourceSpans) {
          const name = resourceSpans.resource.attributes.find((a) => a.key === 'service.name');
          if (name?.value.stringValue) serviceNames.add(name.value.stringValue);
          for (const scope of resourceSpans.scopeSpans) received.push(...scope.spans);
        }
      }
      response.writeHead(200, { 'content-type': 'application/json' }).end('{}');
    });
  });
  return new Promise((resolve) =>
    collector.listen(0, '127.0.0.1', () => resolve(`http://127.0.0.1:${(collector.address() as AddressInfo).port}`)),
  );
}

const attribute = (span: OtlpSpan, key: string) => {
  const value = span.attributes.find((a) => a.key === key)?.value;
  return value?.stringValue ?? value?.intValue;
};

const TRACE_ID = '4bf92f3577b34da6a3ce929d0e0e4736';
const CALLER_SPAN = '00f067aa0ba902b7';

beforeAll(async () => {
  const collectorUrl = await startCollector();
  const db = await cloneTestDatabase('provinces');
  drop = db.drop;
  // The platform logs JSON lines to stdout: keep them to find the request's trace ids.
  process.stdout.write = ((chunk: string | Uint8Array, ...rest: unknown[]) => {
    logLines.push(String(chunk));
    return (stdoutWrite as (...a: unknown[]) => boolean)(chunk, ...rest);
  }) as typeof process.stdout.write;
  platform = await startPlatform(
    loadConfig({
      PORT: '0',
      DATABASE_URL: db.url,
      HOCTAP_JWT_SECRET: 'e2e-secret-that-is-long-enough-for-hs256',
      HOCTAP_PLUGINS: 'none',
      LOG_LEVEL: 'info',
      OTEL_EXPORTER_OTLP_ENDPOINT: `${collectorUrl}/`,
      OTEL_SERVICE_NAME: 'hoctap-test',
    }),
  );
  const answer = await fetch(`${platform.url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', traceparent: `00-${TRACE_ID}-${CALLER_SPAN}-01` },
    body: JSON.stringify({
      query: 'query FindUnits($q: String!) { adminUnits(filter: { search: $q }) { totalCount } }',
      operationName: 'FindUnits',
      variables: { q: 'Secret Person Name' },
    }),
  });
  expect(answer.status).toBe(200);
  // Closing the platform flushes the spans still buffered.
  await platform.close();
  process.stdout.write = stdoutWrite;
});

afterAll(async () => {
  process.stdout.write = stdoutWrite;
  await platform?.close();
  await drop?.();
  await new Promise((resolve) => collector?.close(resolve));
});

describe('OpenTelemetry traces', () => {
  it('names the service and continues the caller’s W3C trace with the HTTP span', () => {
    expect(serviceNames).toContain('hoctap-test');
    const http = received.find((s) => s.name === 'POST /graphql');
    expect(http).toBeDefined();
    expect(http?.traceId).toBe(TRACE_ID);
    expect(http?.parentSpanId).toBe(CALLER_SPAN);
    expect(attribute(http!, 'http.response.status_code')).toBe(200);
  });

  it('puts the GraphQL operation under the request and the statements under the operation', () => {
    const http = received.find((s) => s.name === 'POST /graphql')!;
    const operation = received.find((s) => s.name === 'query FindUnits');
    expect(operation?.parentSpanId).toBe(http.spanId);
    expect(attribute(operation!, 'graphql.operation.name')).toBe('FindUnits');
    const statements = received.filter((s) => s.parentSpanId === operation?.spanId);
    expect(statements.length).toBeGreaterThan(0);
    expect(statements.every((s) => attribute(s, 'db.system.name') === 'postgresql')).toBe(true);
    expect(statements.some((s) => String(attribute(s, 'db.query.text')).includes('admin_unit'))).toBe(true);
  });

  it('writes the trace and span ids on the request’s log lines', () => {
    const http = received.find((s) => s.name === 'POST /graphql')!;
    const completed = logLines
      .filter((l) => l.startsWith('{'))
      .map((l) => JSON.parse(l) as { msg?: string; traceId?: string; spanId?: string })
      .find((l) => l.msg === 'request completed' && l.traceId === TRACE_ID);
    expect(completed?.spanId).toBe(http.spanId);
  });

  it('never sends what the caller typed', () => {
    expect(JSON.stringify(received)).not.toContain('Secret Person Name');
  });
});
