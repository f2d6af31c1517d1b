/**
 * `GET /analytics.csv?query=…` and `GET /analytics.xlsx?query=…`: the GraphQL `analytics` table as
 * files, for spreadsheets and scripts. The query is the same JSON as the GraphQL input; who may
 * see what is the engine's decision, made on the caller's own principal.
 */
import {
  badInput,
  parseAnalyticsQuery,
  runAnalytics,
  type AnalyticsQuery,
  type AnalyticsTable,
  type RequestContext,
} from '@hoctap/core';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { toCsv, toXlsx, XLSX_CONTENT_TYPE } from './analytics-export.js';
import { publicError, STATUS_OF_CODE } from './errors.js';

/** Longest request URL accepted, in bytes as sent (the query's JSON, URL-encoded). */
export const MAX_ANALYTICS_URL_BYTES = 8 * 1024;

export interface AnalyticsEngine {
  /** Validates the JSON; throws a BAD_USER_INPUT domain error naming each bad field. */
  parse(json: unknown): AnalyticsQuery;
  /** Authorises and computes; throws domain errors (BAD_USER_INPUT, FORBIDDEN, NOT_FOUND, UNAUTHENTICATED, …). */
  run(ctx: RequestContext, query: AnalyticsQuery): Promise<AnalyticsTable>;
}

export interface AnalyticsRoutesOptions {
  /** Builds the request context exactly as GraphQL does (`contextFactory`). */
  context: (request: FastifyRequest) => Promise<RequestContext>;
  /** The analytics engine (default: the core's); tests replace it to reach failure paths. */
  engine?: AnalyticsEngine;
}

const coreEngine: AnalyticsEngine = { parse: parseAnalyticsQuery, run: runAnalytics };

interface ExportFormat {
  extension: 'csv' | 'xlsx';
  contentType: string;
  render(table: AnalyticsTable, info: { query: unknown; computedOn: string }): Promise<string | Buffer>;
}

const FORMATS: readonly ExportFormat[] = [
  { extension: 'csv', contentType: 'text/csv; charset=utf-8', render: async (table) => toCsv(table) },
  {
    extension: 'xlsx',
    contentType: XLSX_CONTENT_TYPE,
    render: (table, { query, computedOn }) => toXlsx(table, { query, computedOn }),
  },
];

/** Registers both export routes on the app. */
export function registerAnalyticsRoutes(app: FastifyInstance, options: AnalyticsRoutesOptions): void {
  const engine = options.engine ?? coreEngine;
  for (const format of FORMATS) {
    const path = `/analytics.${format.extension}`;
    // Fastify would answer HEAD by running the whole query and dropping the body.
    app.get(path, { exposeHeadRoute: false }, (request, reply) =>
      exportTable({ request, reply, format, engine, options }),
    );
    app.head(path, (_request, reply) =>
      reply.code(405).header('allow', 'GET').header('cache-control', 'private, no-store').send(),
    );
  }
}

interface ExportCall {
  request: FastifyRequest;
  reply: FastifyReply;
  format: ExportFormat;
  engine: AnalyticsEngine;
  options: AnalyticsRoutesOptions;
}

async function exportTable({ request, reply, format, engine, options }: ExportCall): Promise<FastifyReply> {
  // Answers depend on who asks: no shared cache may keep one, errors included.
  void reply.header('cache-control', 'private, no-store');
  const urlBytes = Buffer.byteLength(request.url);
  if (urlBytes > MAX_ANALYTICS_URL_BYTES) {
    return sendError(reply, 414, {
      message: `The request URL is ${urlBytes} bytes long; the limit is ${MAX_ANALYTICS_URL_BYTES} bytes. Ask for fewer measures or filter values, or use the GraphQL analytics query (POST /graphql).`,
      extensions: { code: 'URI_TOO_LONG', limit: MAX_ANALYTICS_URL_BYTES, length: urlBytes },
    });
  }
  try {
    // Who is asking comes first: a bad token is a 401 whatever the query, as on /graphql.
    const ctx = await options.context(request);
    const json = queryJson(request.query);
    const query = engine.parse(json);
    const table = await engine.run(ctx, query);
    const body = await format.render(table, { query: json, computedOn: ctx.today });
    return reply
      .header('content-type', format.contentType)
      .header(
        'content-disposition',
        `attachment; filename="analytics-${ctx.today.replaceAll('-', '')}.${format.extension}"`,
      )
      .header('x-content-type-options', 'nosniff')
      .header('x-analytics-suppressed-cells', String(table.suppressedCells))
      .header('x-analytics-total-rows', String(table.totalRows))
      .header('x-analytics-notes', encodeURIComponent(JSON.stringify(table.notes)))
      .send(body);
  } catch (error) {
    return sendFailure(request, reply, error);
  }
}

/** The `query` parameter as JSON, or a BAD_USER_INPUT error naming what is wrong with it. */
function queryJson(params: unknown): unknown {
  const raw = (params as Record<string, unknown> | undefined)?.query;
  const problem = (rule: string, message: string) => badInput([{ field: 'query', rule, message }]);
  if (raw === undefined || raw === '') {
    throw problem('REQUIRED', 'give the analytics query as URL-encoded JSON: ?query={"measures":[…],"dimensions":[…]}');
  }
  if (typeof raw !== 'string') throw problem('SINGLE', 'give the query parameter once.');
  try {
    return JSON.parse(raw) as unknown;
  } catch (error) {
    throw problem('JSON', `not valid JSON (${(error as Error).message}).`);
  }
}

interface ErrorBody {
  message: string;
  extensions: Record<string, unknown>;
}

function sendError(reply: FastifyReply, status: number, error: ErrorBody): FastifyReply {
  return reply
    .code(status)
    .header('content-type', 'application/json; charset=utf-8')
    .send({ errors: [error] });
}

/** Domain errors answer as GraphQL would, with their HTTP status; anything else is a logged, masked 500. */
export function sendFailure(request: FastifyRequest, reply: FastifyReply, error: unknown): FastifyReply {
  const shown = publicError(error);
  if (shown) {
    const code = String(shown.extensions.code);
    request.log.info({ requestId: request.id, code }, shown.message);
    // `http` is a transport hint for Apollo, not part of the answer.
    const { http: _http, ...extensions } = shown.extensions;
    if (code === 'UNAVAILABLE') void reply.header('retry-after', '5');
    return sendError(reply, STATUS_OF_CODE[code] ?? 400, {
      message: shown.message,
      extensions: code === 'UNAVAILABLE' ? { ...extensions, requestId: request.id } : extensions,
    });
  }
  request.log.error({ requestId: request.id, err: error }, 'analytics export failed');
  return sendError(reply, 500, {
    message: `The export failed on the server. Quote request id ${request.id} when reporting it.`,
    extensions: { code: 'INTERNAL_SERVER_ERROR', requestId: request.id },
  });
}
