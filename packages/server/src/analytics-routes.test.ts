import {
  badInput,
  forbidden,
  notFound,
  Role,
  toGlobalId,
  TokenService,
  type AnalyticsTable,
  type Principal,
} from '@hoctap/core';
import type { MikroORM } from '@mikro-orm/postgresql';
import ExcelJS from 'exceljs';
import Fastify, { type FastifyInstance } from 'fastify';
import { GraphQLError } from 'graphql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
// The core's own evaluation fixture (units and households of old Đồng Tháp and Hà Nam).
import { addEvaluationFixture, scopedAs } from '../../core/src/evaluations/evaluation.test-helpers.js';
import { toCsv } from './analytics-export.js';
import { MAX_ANALYTICS_URL_BYTES, registerAnalyticsRoutes, type AnalyticsEngine } from './analytics-routes.js';
import { contextFactory } from './context.js';
import { TEST_JWT_SECRET, testPrincipals, useTestApi } from '@hoctap/plugin-sdk/testing';

const url = (path: string, query: unknown) =>
  `${path}?query=${encodeURIComponent(typeof query === 'string' ? query : JSON.stringify(query))}`;

const TABLE: AnalyticsTable = {
  headers: [
    { name: 'UNIT', label: 'Unit code', type: 'UNIT', dimension: true },
    { name: 'UNIT_NAME', label: 'Unit', type: 'TEXT', dimension: true },
    { name: 'RECOGNISED', label: 'Recognised', type: 'INTEGER', dimension: false },
  ],
  rows: [
    ['87', 'Tỉnh Đồng Tháp', 12],
    ['35', 'Tỉnh Hà Nam', null],
  ],
  rowKinds: ['ROW', 'ROW'],
  suppressedCells: 1,
  complementaryCells: 0,
  roundedTo: null,
  totalRows: 2,
  notes: ['Số liệu mẫu (sample data).'],
};

/**
 * The routes over a stand-in engine, with the real context factory and token service: what the
 * routes do with the query, the caller and the engine's answers and errors, without a database.
 */
describe('analytics export routes (stand-in engine)', () => {
  const tokens = new TokenService(TEST_JWT_SECRET);
  const logLines: Record<string, unknown>[] = [];
  const calls: { principal: Principal; query: unknown; today: string }[] = [];
  let failure: unknown;
  const engine: AnalyticsEngine = {
    parse(json) {
      const measures = (json as { measures?: unknown }).measures;
      if (!Array.isArray(measures)) {
        throw badInput([{ field: 'measures', rule: 'REQUIRED', message: 'give at least one measure.' }]);
      }
      return json as never;
    },
    async run(ctx, query) {
      calls.push({ principal: ctx.principal, query, today: ctx.today });
      if (failure) throw failure;
      return TABLE;
    },
  };
  let app: FastifyInstance;

  beforeAll(async () => {
    app = Fastify({
      logger: { level: 'info', stream: { write: (line: string) => logLines.push(JSON.parse(line) as never) } },
      genReqId: () => 'req-42',
    });
    const orm = { em: { fork: () => ({}) } } as unknown as MikroORM;
    registerAnalyticsRoutes(app, { context: contextFactory(orm, tokens, { clock: () => '2025-03-01' }), engine });
    await app.ready();
  });
  afterAll(() => app.close());

  const get = async (path: string, headers: Record<string, string> = {}) => {
    failure = undefined;
    calls.length = 0;
    return app.inject({ method: 'GET', url: path, headers });
  };
  const asBearer = async (role: Role) => ({ authorization: `Bearer ${await tokens.sign({ subject: 'u1', role })}` });

  it('answers CSV with its type, file name, counts and notes in headers, and no shared caching', async () => {
    const response = await get(url('/analytics.csv', { measures: ['RECOGNISED'], dimensions: [] }));
    expect(response.statusCode).toBe(200);
    expect(response.headers).toMatchObject({
      'content-type': 'text/csv; charset=utf-8',
      'content-disposition': 'attachment; filename="analytics-20250301.csv"',
      'cache-control': 'private, no-store',
      'x-analytics-suppressed-cells': '1',
      'x-analytics-total-rows': '2',
    });
    expect(JSON.parse(decodeURIComponent(response.headers['x-analytics-notes'] as string))).toEqual(TABLE.notes);
    expect(response.body).toBe('\uFEFFUNIT,UNIT_NAME,RECOGNISED\r\n87,Tỉnh Đồng Tháp,12\r\n35,Tỉnh Hà Nam,\r\n');
  });

  it('answers XLSX with its type and a workbook whose Notes sheet records the query', async () => {
    const query = { measures: ['RECOGNISED'], dimensions: [{ dimension: 'UNIT' }] };
    const response = await get(url('/analytics.xlsx', query));
    expect(response.statusCode).toBe(200);
    expect(response.headers['content-type']).toBe('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet');
    expect(response.headers['content-disposition']).toBe('attachment; filename="analytics-20250301.xlsx"');
    expect(response.headers['cache-control']).toBe('private, no-store');
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(response.rawPayload as never);
    expect(workbook.getWorksheet('Analytics')!.getRow(2).values).toEqual([undefined, '87', 'Tỉnh Đồng Tháp', 12]);
    const notes: unknown[] = [];
    workbook.getWorksheet('Notes')!.eachRow((row) => notes.push(row.getCell(1).value));
    expect(notes).toContain(JSON.stringify(query));
    expect(notes).toContain('Số liệu mẫu (sample data).');
  });

  it("passes the caller's own principal and today's date to the engine, anonymous without a token", async () => {
    await get(url('/analytics.csv', { measures: [] }), await asBearer(Role.ANALYST));
    expect(calls).toEqual([
      { principal: { kind: 'user', subject: 'u1', role: Role.ANALYST }, query: { measures: [] }, today: '2025-03-01' },
    ]);
    await get(url('/analytics.csv', { measures: [] }));
    expect(calls[0]?.principal).toMatchObject({ kind: 'anonymous' });
  });

  it.each([
    ['missing', '/analytics.csv', 'REQUIRED'],
    ['empty', '/analytics.csv?query=', 'REQUIRED'],
    ['given twice', '/analytics.xlsx?query=%7B%7D&query=%7B%7D', 'SINGLE'],
    ['not JSON', url('/analytics.csv', '{"measures": [RECOGNISED]}'), 'JSON'],
  ])('refuses a %s query parameter with 400 in the GraphQL error shape', async (_case, path, rule) => {
    const response = await get(path);
    expect(response.statusCode).toBe(400);
    expect(response.headers['content-type']).toBe('application/json; charset=utf-8');
    expect(response.headers['cache-control']).toBe('private, no-store');
    const body = response.json<{ errors: { message: string; extensions: { code: string; problems: unknown[] } }[] }>();
    expect(body.errors).toHaveLength(1);
    expect(body.errors[0]!.message).toMatch(/^query: /);
    expect(body.errors[0]!.extensions).toEqual({
      code: 'BAD_USER_INPUT',
      problems: [{ field: 'query', rule, message: expect.any(String) as string }],
    });
    expect(calls).toEqual([]);
  });

  it("passes on the engine's own validation problems, naming the field", async () => {
    const response = await get(url('/analytics.csv', { dimensions: [] }));
    expect(response.statusCode).toBe(400);
    expect(response.json()).toEqual({
      errors: [
        {
          message: 'measures: give at least one measure.',
          extensions: {
            code: 'BAD_USER_INPUT',
            problems: [{ field: 'measures', rule: 'REQUIRED', message: 'give at least one measure.' }],
          },
        },
      ],
    });
  });

  it('refuses a URL over 8 KB with 414 and says what to do, before reading the caller or the query', async () => {
    const long = url('/analytics.csv', {
      measures: ['RECOGNISED'],
      filters: { states: ['X'.repeat(MAX_ANALYTICS_URL_BYTES)] },
    });
    const response = await get(long, { authorization: 'Bearer not-a-token' });
    expect(response.statusCode).toBe(414);
    expect(response.headers['cache-control']).toBe('private, no-store');
    const error = response.json<{ errors: { message: string; extensions: Record<string, unknown> }[] }>().errors[0]!;
    expect(error.message).toMatch(/limit is 8192 bytes.*POST \/graphql/);
    expect(error.extensions).toMatchObject({ code: 'URI_TOO_LONG', limit: 8192 });
    const justUnder = `/analytics.csv?query=${encodeURIComponent('{"measures":[]}')}&pad=${'x'.repeat(8192 - 60)}`;
    expect((await get(justUnder)).statusCode).toBe(200);
  });

  it('answers HEAD with 405 and Allow: GET, without running the query', async () => {
    calls.length = 0;
    const response = await app.inject({ method: 'HEAD', url: url('/analytics.xlsx', { measures: ['RECOGNISED'] }) });
    expect(response.statusCode).toBe(405);
    expect(response.headers.allow).toBe('GET');
    expect(calls).toEqual([]);
  });

  it('answers 401 for a bad token, as GraphQL does, without running the query', async () => {
    const response = await get(url('/analytics.csv', { measures: [] }), { authorization: 'Bearer forged' });
    expect(response.statusCode).toBe(401);
    const error = response.json<{ errors: { extensions: Record<string, unknown> }[] }>().errors[0]!;
    // Apollo's transport hint (`http`) is not part of the answer.
    expect(error.extensions).toEqual({ code: 'UNAUTHENTICATED' });
    expect(calls).toEqual([]);
  });

  it.each([
    [forbidden('Fund measures are not published: sign in.'), 403, 'FORBIDDEN'],
    [notFound('No unit 99999 on 2025-03-01.'), 404, 'NOT_FOUND'],
    [badInput([{ field: 'filters.unitCode', rule: 'UNKNOWN_UNIT', message: 'no such unit' }]), 400, 'BAD_USER_INPUT'],
  ])("maps the engine's %s to its HTTP status", async (error, status, code) => {
    failure = error;
    const response = await app.inject({ method: 'GET', url: url('/analytics.xlsx', { measures: [] }) });
    expect(response.statusCode).toBe(status);
    expect(response.headers['content-type']).toBe('application/json; charset=utf-8');
    expect(response.json()).toEqual({ errors: [{ message: error.message, extensions: error.extensions }] });
    expect(response.json<{ errors: { extensions: { code: string } }[] }>().errors[0]!.extensions.code).toBe(code);
  });

  it.each([
    ['a plain error', new Error('relation "x" does not exist')],
    ['a GraphQLError with no client code', new GraphQLError('boom', { extensions: { code: 'CONFLICT' } })],
  ])('answers 500 for %s, logged with the request id and not shown to the caller', async (_case, error) => {
    failure = error;
    logLines.length = 0;
    const response = await app.inject({ method: 'GET', url: url('/analytics.csv', { measures: [] }) });
    expect(response.statusCode).toBe(500);
    expect(response.json()).toEqual({
      errors: [
        {
          message: 'The export failed on the server. Quote request id req-42 when reporting it.',
          extensions: { code: 'INTERNAL_SERVER_ERROR', requestId: 'req-42' },
        },
      ],
    });
    expect(response.body).not.toContain(error.message);
    const logged = logLines.find((line) => line.msg === 'analytics export failed');
    expect(logged).toMatchObject({ level: 50, requestId: 'req-42', err: { message: error.message } });
  });
});

/** The whole app (createApp) over a test database and the core's engine: the files say what GraphQL says. */
describe('analytics export routes (the app, the core engine)', () => {
  const t = useTestApi();
  let f: Awaited<ReturnType<typeof addEvaluationFixture>>;

  const ANALYTICS = `query ($query: AnalyticsQueryInput!) {
    analytics(query: $query) { headers { name label type dimension } rows rowKinds suppressedCells totalRows notes } }`;
  /** Evaluations by province and model with a grand total: Đồng Tháp has 6, Hà Nam 1 (a small cell). */
  const BY_PROVINCE = {
    measures: ['EVALUATIONS'],
    dimensions: [{ dimension: 'UNIT', level: 'PROVINCE' }, { dimension: 'MODEL' }],
    filters: { yearFrom: 2024, yearTo: 2024 },
    totals: true,
  };

  const graphql = async (query: unknown, as?: Principal) => {
    const result = await t.api.execute<{ analytics: AnalyticsTable }>(ANALYTICS, { variables: { query }, as });
    return result;
  };
  const download = async (path: string, query: unknown, as?: Principal) => {
    const headers: Record<string, string> = {};
    if (as?.kind === 'user') {
      const unit = 'unitId' in as ? { unit: { id: as.unitId, code: as.unitCode } } : {};
      headers.authorization = `Bearer ${await t.api.tokens.sign({ subject: as.subject, role: as.role, ...unit })}`;
    }
    return t.api.app.inject({ method: 'GET', url: url(path, query), headers });
  };

  beforeAll(async () => {
    f = await addEvaluationFixture(t.db.orm.em.fork());
    const create = `mutation ($input: CreateEvaluationInput!) { createEvaluation(input: $input) { id } }`;
    const evaluate = async (subjectId: string, as: Principal) => {
      const r = await t.api.execute(create, {
        variables: { input: { subjectId, modelKind: 'LEARNING_FAMILY', year: 2024 } },
        as,
      });
      expect(r.errors).toBeUndefined();
    };
    for (const household of f.households.slice(0, 6))
      await evaluate(toGlobalId('Household', household.id), scopedAs(f.commune, Role.ASSOCIATION));
    await evaluate(toGlobalId('Household', f.haNamHousehold.id), scopedAs(f.haNamCommune, Role.ASSOCIATION));
  });

  it("gives an ADMIN the same table as GraphQL's analytics, as CSV", async () => {
    const { data, errors } = await graphql(BY_PROVINCE, testPrincipals.admin);
    expect(errors).toBeUndefined();
    const response = await download('/analytics.csv', BY_PROVINCE, testPrincipals.admin);
    expect(response.statusCode).toBe(200);
    expect(response.headers['content-disposition']).toMatch(/^attachment; filename="analytics-\d{8}\.csv"$/);
    expect(response.headers['cache-control']).toBe('private, no-store');
    expect(response.headers['x-analytics-suppressed-cells']).toBe('0');
    expect(response.headers['x-analytics-total-rows']).toBe(String(data!.analytics.totalRows));
    expect(response.body).toBe(toCsv(data!.analytics));
    // Read directly: the names, one record per row, Vietnamese intact.
    expect(response.body.slice(1).split('\r\n')).toEqual([
      'UNIT,UNIT_NAME,MODEL,EVALUATIONS',
      '35,Tỉnh Hà Nam,LEARNING_FAMILY,1',
      '87,Tỉnh Đồng Tháp,LEARNING_FAMILY,6',
      ',Total,,7',
      '',
    ]);
    expect(data!.analytics.rowKinds).toEqual(['ROW', 'ROW', 'TOTAL']);
  });

  it('gives an ANALYST the same suppressed cells as GraphQL, in the body and in the header', async () => {
    const { data } = await graphql(BY_PROVINCE, testPrincipals.analyst);
    expect(data!.analytics.suppressedCells).toBeGreaterThan(0);
    const response = await download('/analytics.csv', BY_PROVINCE, testPrincipals.analyst);
    expect(response.statusCode).toBe(200);
    expect(response.headers['x-analytics-suppressed-cells']).toBe(String(data!.analytics.suppressedCells));
    expect(response.body).toBe(toCsv(data!.analytics));
    expect(response.body).toContain('\r\n35,Tỉnh Hà Nam,LEARNING_FAMILY,\r\n');
    expect(JSON.parse(decodeURIComponent(response.headers['x-analytics-notes'] as string))).toEqual(
      data!.analytics.notes,
    );
  });

  it('refuses an anonymous caller a fund measure with 403, as GraphQL does', async () => {
    const funds = { measures: ['FUND_AMOUNT'], dimensions: [{ dimension: 'UNIT' }] };
    const viaGraphql = await graphql(funds);
    expect(viaGraphql.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    const response = await download('/analytics.csv', funds);
    expect(response.statusCode).toBe(403);
    expect(response.json()).toEqual({
      errors: [{ message: viaGraphql.errors![0]!.message, extensions: { code: 'FORBIDDEN' } }],
    });
  });

  it("refuses an officer another province's subtree with 403", async () => {
    const query = { ...BY_PROVINCE, filters: { ...BY_PROVINCE.filters, unitCode: '87', unitAsOf: '2024-06-01' } };
    const response = await download('/analytics.xlsx', query, scopedAs(f.duyTien));
    expect(response.statusCode).toBe(403);
    expect(response.json<{ errors: { extensions: { code: string } }[] }>().errors[0]!.extensions.code).toBe(
      'FORBIDDEN',
    );
  });

  it('names the bad field of a malformed query with 400, before running anything', async () => {
    const response = await download('/analytics.csv', { measures: 'EVALUATIONS', dimensions: [], colour: 'red' });
    expect(response.statusCode).toBe(400);
    const error = response.json<{ errors: { extensions: { code: string; problems: { field: string }[] } }[] }>()
      .errors[0]!;
    expect(error.extensions.code).toBe('BAD_USER_INPUT');
    expect(error.extensions.problems.map((p) => p.field).sort()).toEqual(['measures', 'query']);
  });

  it('answers an unknown measure with 400 as GraphQL does', async () => {
    const query = { measures: ['NO_SUCH_MEASURE'], dimensions: [] };
    const viaGraphql = await graphql(query, testPrincipals.admin);
    const response = await download('/analytics.csv', query, testPrincipals.admin);
    expect(response.statusCode).toBe(400);
    // Outside production GraphQL adds a stack trace; the export never does.
    const { stacktrace: _trace, ...extensions } = viaGraphql.errors![0]!.extensions!;
    expect(response.json()).toEqual({ errors: [{ message: viaGraphql.errors![0]!.message, extensions }] });
    expect(extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      problems: [{ field: 'measures[0]', rule: 'UNKNOWN_MEASURE' }],
    });
  });

  it('refuses bad JSON and an over-long query', async () => {
    const bad = await t.api.app.inject({ method: 'GET', url: '/analytics.csv?query=%7Bmeasures' });
    expect(bad.statusCode).toBe(400);
    expect(bad.json<{ errors: { extensions: { problems: unknown[] } }[] }>().errors[0]!.extensions.problems).toEqual([
      { field: 'query', rule: 'JSON', message: expect.stringMatching(/^not valid JSON/) as string },
    ]);
    const long = await download('/analytics.xlsx', { measures: Array.from({ length: 900 }, () => 'EVALUATIONS') });
    expect(long.statusCode).toBe(414);
  });

  it('gives the same table as XLSX, with bold total row, percentages and the Notes sheet', async () => {
    const query = {
      measures: ['EVALUATIONS', 'RECOGNITION_RATE'],
      dimensions: [{ dimension: 'UNIT', level: 'PROVINCE' }],
      filters: { yearFrom: 2024, yearTo: 2024 },
      totals: true,
    };
    const { data } = await graphql(query, testPrincipals.admin);
    const response = await download('/analytics.xlsx', query, testPrincipals.admin);
    expect(response.statusCode).toBe(200);
    expect(response.headers['content-disposition']).toMatch(/^attachment; filename="analytics-\d{8}\.xlsx"$/);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(response.rawPayload as never);
    const sheet = workbook.getWorksheet('Analytics')!;
    expect((sheet.getRow(1).values as unknown[]).slice(1)).toEqual(data!.analytics.headers.map((h) => h.label));
    const rows: unknown[][] = [];
    sheet.eachRow((row, n) => {
      if (n > 1) rows.push(data!.analytics.headers.map((_h, i) => row.getCell(i + 1).value));
    });
    expect(rows).toEqual(data!.analytics.rows);
    expect(sheet.getRow(sheet.rowCount).font?.bold).toBe(true);
    expect(sheet.getRow(2).font?.bold).toBeFalsy();
    const ratio = data!.analytics.headers.findIndex((h) => h.type === 'RATIO') + 1;
    expect(ratio).toBeGreaterThan(0);
    expect(sheet.getRow(2).getCell(ratio).numFmt).toBe('0.0%');
    expect(sheet.getRow(2).getCell(ratio).type).toBe(ExcelJS.ValueType.Number);
    const notes: unknown[] = [];
    workbook.getWorksheet('Notes')!.eachRow((row) => notes.push(row.getCell(1).value));
    expect(notes).toContain(JSON.stringify(query));
  });
});
