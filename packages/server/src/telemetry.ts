import { AsyncLocalStorage } from 'node:async_hooks';
import type { ApolloServerPlugin } from '@apollo/server';
import {
  ROOT_CONTEXT,
  SpanKind,
  SpanStatusCode,
  trace,
  type Span,
  type TextMapGetter,
  type Tracer,
} from '@opentelemetry/api';
import { W3CTraceContextPropagator } from '@opentelemetry/core';
import { OTLPTraceExporter } from '@opentelemetry/exporter-trace-otlp-http';
import { resourceFromAttributes } from '@opentelemetry/resources';
import { BasicTracerProvider, BatchSpanProcessor } from '@opentelemetry/sdk-trace-base';
import type { RequestContext } from '@hoctap/core';
import type { FastifyInstance } from 'fastify';
import { statementText, type ObservablePool } from './slow-queries.js';

export interface TracingConfig {
  /** Where spans are sent, OTLP over HTTP (…/v1/traces). */
  tracesUrl: string;
  serviceName: string;
  serviceVersion: string;
}

/**
 * The span a request's work belongs under right now: the HTTP span, then the GraphQL operation
 * once it is known. Kept in a store of our own rather than OpenTelemetry's global context, so
 * several servers in one process (tests) each trace to their own exporter, and so statements
 * run during an operation nest under it although Apollo gives plugins no way to wrap execution.
 */
interface RequestSpans {
  current: Span;
}

const headerGetter: TextMapGetter<Record<string, unknown>> = {
  keys: (carrier) => Object.keys(carrier),
  get: (carrier, key) => {
    const value = carrier[key];
    return typeof value === 'string' ? value : undefined;
  },
};

/** OpenTelemetry tracing of HTTP requests, GraphQL operations and PostgreSQL statements. */
export class Tracing {
  private readonly provider: BasicTracerProvider;
  private readonly tracer: Tracer;
  private readonly spans = new AsyncLocalStorage<RequestSpans>();
  private readonly propagator = new W3CTraceContextPropagator();

  constructor(config: TracingConfig) {
    this.provider = new BasicTracerProvider({
      resource: resourceFromAttributes({
        'service.name': config.serviceName,
        'service.version': config.serviceVersion,
      }),
      spanProcessors: [new BatchSpanProcessor(new OTLPTraceExporter({ url: config.tracesUrl }))],
    });
    this.tracer = this.provider.getTracer('@hoctap/server', config.serviceVersion);
  }

  /** A span per HTTP request, continuing the caller's W3C trace; log lines of the request carry its ids. */
  register(app: FastifyInstance): void {
    app.addHook('onRequest', (request, reply, done) => {
      const parent = this.propagator.extract(ROOT_CONTEXT, request.headers, headerGetter);
      const route = request.routeOptions.url ?? 'unmatched';
      const span = this.tracer.startSpan(
        `${request.method} ${route}`,
        {
          kind: SpanKind.SERVER,
          attributes: { 'http.request.method': request.method, 'http.route': route, 'url.path': route },
        },
        parent,
      );
      const { traceId, spanId } = span.spanContext();
      // Fastify's own "request completed" line is written by the reply's logger.
      request.log = request.log.child({ traceId, spanId });
      reply.log = request.log;
      (request as { traceSpan?: Span }).traceSpan = span;
      this.spans.run({ current: span }, done);
    });
    app.addHook('onResponse', (request, reply, done) => {
      const span = (request as { traceSpan?: Span }).traceSpan;
      if (span) {
        span.setAttribute('http.response.status_code', reply.statusCode);
        if (reply.statusCode >= 500) span.setStatus({ code: SpanStatusCode.ERROR });
        span.end();
      }
      done();
    });
  }

  /** A span per GraphQL operation, under its HTTP request; statements it runs nest under it. */
  apolloPlugin(): ApolloServerPlugin<RequestContext> {
    return {
      requestDidStart: async () => {
        const holder = this.spans.getStore();
        let span: Span | undefined;
        const requestSpan = holder?.current;
        return {
          didResolveOperation: async ({ operationName, operation }) => {
            if (!holder) return;
            const type = operation?.operation ?? 'query';
            // The name a client chose is only a label: it is bounded, never the document itself.
            const name = (operationName ?? '').slice(0, 100);
            span = this.tracer.startSpan(
              `${type} ${name || '(anonymous)'}`,
              {
                kind: SpanKind.INTERNAL,
                attributes: { 'graphql.operation.type': type, 'graphql.operation.name': name },
              },
              trace.setSpan(ROOT_CONTEXT, holder.current),
            );
            holder.current = span;
          },
          willSendResponse: async ({ response }) => {
            if (!span || !holder) return;
            const errors = response.body.kind === 'single' ? response.body.singleResult.errors : undefined;
            if (errors?.length) {
              const codes = [...new Set(errors.map((e) => String(e.extensions?.code ?? 'INTERNAL')))];
              span.setAttribute('graphql.error.codes', codes);
              span.setStatus({ code: SpanStatusCode.ERROR, message: codes.join(',') });
            }
            span.end();
            if (requestSpan) holder.current = requestSpan;
          },
        };
      },
    };
  }

  /** A span per statement a pool's clients run within a request: its text, never its parameters. */
  watchPool(pool: unknown): void {
    (pool as ObservablePool).on('connect', (client) => {
      const query = client.query.bind(client);
      client.query = (...args: unknown[]) => {
        const holder = this.spans.getStore();
        if (!holder) return query(...args);
        const text = statementText(args[0]);
        const span = this.tracer.startSpan(
          text.trimStart().split(/\s/, 1)[0]?.toUpperCase() || 'SQL',
          {
            kind: SpanKind.CLIENT,
            attributes: { 'db.system.name': 'postgresql', 'db.query.text': text.slice(0, 2000) },
          },
          trace.setSpan(ROOT_CONTEXT, holder.current),
        );
        const result = query(...args);
        if (result && typeof (result as Promise<unknown>).then === 'function') {
          (result as Promise<unknown>).then(
            () => span.end(),
            () => {
              span.setStatus({ code: SpanStatusCode.ERROR });
              span.end();
            },
          );
        } else span.end();
        return result;
      };
    });
  }

  /** Sends what is buffered and stops; spans ended after this are dropped. */
  async shutdown(): Promise<void> {
    await this.provider.shutdown();
  }
}
