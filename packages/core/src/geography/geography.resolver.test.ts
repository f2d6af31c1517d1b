import { useTestApi } from '@hoctap/plugin-sdk/testing';
import { describe, expect, it } from 'vitest';
import { addDongThapSlice } from './geography.test-helpers.js';

const t = useTestApi();

describe('adminUnit', () => {
  it('reads a reused province code as of each date', async () => {
    const query = `query ($asOf: Date) { adminUnit(code: "82", asOf: $asOf) { code name level validFrom validTo } }`;
    const before = await t.api.execute(query, { variables: { asOf: '2025-06-30' } });
    const after = await t.api.execute(query, { variables: { asOf: '2025-07-01' } });
    expect(before.data).toEqual({
      adminUnit: { code: '82', name: 'Tỉnh Tiền Giang', level: 'PROVINCE', validFrom: null, validTo: '2025-06-30' },
    });
    expect(after.data).toEqual({
      adminUnit: { code: '82', name: 'Tỉnh Đồng Tháp', level: 'PROVINCE', validFrom: '2025-07-01', validTo: null },
    });
  });

  it("follows old Hà Nam to today's Ninh Bình", async () => {
    const result = await t.api.execute(`{
      adminUnit(code: "35", asOf: "2024-01-01") {
        name
        successors { kind effectiveDate legalBasis unit { code name } }
        current { code name }
      }
    }`);
    expect(result.data?.adminUnit).toEqual({
      name: 'Tỉnh Hà Nam',
      successors: [
        {
          kind: 'FULL',
          effectiveDate: '2025-07-01',
          legalBasis: expect.stringContaining('12/6/2025'),
          unit: { code: '37', name: 'Tỉnh Ninh Bình' },
        },
      ],
      current: [{ code: '37', name: 'Tỉnh Ninh Bình' }],
    });
  });

  it('answers null for a code that names nothing on that date', async () => {
    const result = await t.api.execute(`{ adminUnit(code: "87", asOf: "2025-07-01") { name } }`);
    expect(result.data).toEqual({ adminUnit: null });
  });
});

describe('adminUnits', () => {
  it('counts 63 provinces before the reform and 34 after', async () => {
    const query = `query ($asOf: Date) { adminUnits(filter: { level: PROVINCE, asOf: $asOf }) { totalCount } }`;
    const before = await t.api.execute<{ adminUnits: { totalCount: number } }>(query, {
      variables: { asOf: '2025-03-01' },
    });
    const after = await t.api.execute<{ adminUnits: { totalCount: number } }>(query, {
      variables: { asOf: '2025-07-01' },
    });
    expect(before.data?.adminUnits.totalCount).toBe(63);
    expect(after.data?.adminUnits.totalCount).toBe(34);
  });

  it('searches without diacritics or case', async () => {
    const result = await t.api.execute(
      `{ adminUnits(filter: { search: "dong thap", asOf: "2024-01-01" }) { nodes { code name } } }`,
    );
    expect(result.data).toEqual({ adminUnits: { nodes: [{ code: '87', name: 'Tỉnh Đồng Tháp' }] } });
  });

  it('pages with cursors until the end', async () => {
    const query = `query ($after: String) { adminUnits(filter: { level: PROVINCE }, first: 20, after: $after) {
      nodes { code } pageInfo { hasNextPage endCursor } } }`;
    type Page = { adminUnits: { nodes: { code: string }[]; pageInfo: { hasNextPage: boolean; endCursor: string } } };
    const codes: string[] = [];
    let after: string | null = null;
    for (let i = 0; i < 5; i++) {
      const page: { data?: Page } = await t.api.execute<Page>(query, { variables: { after } });
      codes.push(...(page.data?.adminUnits.nodes.map((n) => n.code) ?? []));
      if (!page.data?.adminUnits.pageInfo.hasNextPage) break;
      after = page.data.adminUnits.pageInfo.endCursor;
    }
    expect(codes).toHaveLength(34);
    expect(new Set(codes).size).toBe(34);
    expect(codes.slice(0, 3)).toEqual(['01', '04', '08']);
  });

  it('refuses a page over 100 with BAD_USER_INPUT naming the argument', async () => {
    const result = await t.api.execute(`{ adminUnits(first: 500) { totalCount } }`);
    expect(result.errors?.[0]?.message).toBe('first: must be between 0 and 100');
    expect(result.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
  });

  it('loads nested relations with a constant number of SQL statements', async () => {
    const query = `query ($first: Int) { adminUnits(filter: { level: PROVINCE, asOf: "2025-03-01" }, first: $first) {
      nodes { code successors { unit { code predecessors { unit { code } } current { code } } } } } }`;
    t.db.statements.length = 0;
    await t.api.execute(query, { variables: { first: 5 } });
    const few = t.db.statements.length;
    t.db.statements.length = 0;
    const many = await t.api.execute<{ adminUnits: { nodes: unknown[] } }>(query, { variables: { first: 60 } });
    expect(many.errors).toBeUndefined();
    expect(many.data?.adminUnits.nodes).toHaveLength(60);
    expect(t.db.statements.length).toBe(few);
  });
});

describe('the tree as of a date', () => {
  it('gives a ward its city and province before the reform, and its new province after', async () => {
    await addDongThapSlice(t.db.orm.em.fork());
    const query = `query ($asOf: Date) { adminUnit(code: "29905", asOf: $asOf) { name ancestors { code name } parent { code } } }`;
    const before = await t.api.execute(query, { variables: { asOf: '2025-06-30' } });
    const after = await t.api.execute(query, { variables: { asOf: '2025-07-01' } });
    expect(before.data).toEqual({
      adminUnit: {
        name: 'Phường 1',
        ancestors: [
          { code: '867', name: 'Thành phố Sa Đéc' },
          { code: '87', name: 'Tỉnh Đồng Tháp' },
        ],
        parent: { code: '867' },
      },
    });
    expect(after.data).toEqual({
      adminUnit: { name: 'Phường Sa Đéc', ancestors: [{ code: '82', name: 'Tỉnh Đồng Tháp' }], parent: { code: '82' } },
    });
  });

  it('lists children that exist on the date asked', async () => {
    const query = `query ($asOf: Date) { adminUnit(code: "87", asOf: "2025-01-01") { children(asOf: $asOf) { code } } }`;
    const during = await t.api.execute(query, { variables: { asOf: '2025-01-01' } });
    const later = await t.api.execute(query, { variables: { asOf: '2025-08-01' } });
    expect(during.data).toEqual({ adminUnit: { children: [{ code: '867' }, { code: '875' }] } });
    expect(later.data).toEqual({ adminUnit: { children: [] } });
  });

  it('keeps a historical unit in the tree of its own time when read today', async () => {
    const result = await t.api.execute(`{ adminUnit(code: "30175", asOf: "2024-01-01") { ancestors { code } } }`);
    expect(result.data).toEqual({ adminUnit: { ancestors: [{ code: '875' }, { code: '87' }] } });
  });

  it('lists communes under a parent code with the parentCode filter', async () => {
    const result = await t.api.execute(
      `{ adminUnits(filter: { parentCode: "875", asOf: "2024-01-01" }) { totalCount nodes { code name } } }`,
    );
    expect(result.data).toEqual({ adminUnits: { totalCount: 1, nodes: [{ code: '30175', name: 'Xã Tân Mỹ' }] } });
  });

  it('answers NOT_FOUND for an unknown parent code', async () => {
    const result = await t.api.execute(`{ adminUnits(filter: { parentCode: "999" }) { totalCount } }`);
    expect(result.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
  });
});
