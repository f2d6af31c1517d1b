import { useTestApi } from '@hoctap/plugin-sdk/testing';
import { describe, expect, it } from 'vitest';

// The whole shipped map: Đồng Tháp (87) before 1/7/2025 had 12 districts and 141 communes, and ended then.
const t = useTestApi({ map: 'national' });

type Unit = { code: string; validTo: string | null; children: { code: string; children: { code: string }[] }[] };
const codeOf = (r: { errors?: readonly { extensions?: Record<string, unknown> }[] }) => r.errors?.[0]?.extensions?.code;

describe('a province → its districts → their communes', () => {
  it('is accepted: its cost follows what the map can hold, not 200 per level', async () => {
    const r = await t.api.execute<{ adminUnit: Unit }>(
      `{ adminUnit(code: "87", asOf: "2024-01-01") { code validTo children { code name children { code name } } } }`,
    );
    expect(r.errors).toBeUndefined();
    const province = r.data!.adminUnit;
    expect(province.validTo?.startsWith('2025')).toBe(true);
    expect(province.children).toHaveLength(12);
    expect(province.children.flatMap((d) => d.children)).toHaveLength(141);
  });

  it('nested children and parents read the date their unit was reached on, unless given their own', async () => {
    const inherited = await t.api.execute<{ adminUnit: Unit }>(
      `{ adminUnit(code: "87", asOf: "2024-01-01") { children { code children { code } } } }`,
    );
    const repeated = await t.api.execute<{ adminUnit: Unit }>(
      `{ adminUnit(code: "87", asOf: "2024-01-01") { children(asOf: "2024-01-01") { code children(asOf: "2024-01-01") { code } } } }`,
    );
    expect(inherited.errors).toBeUndefined();
    expect(inherited.data).toEqual(repeated.data);
    // Its own asOf wins: today the province has ended, so it has no children.
    const today = await t.api.execute<{ adminUnit: { children: unknown[] } }>(
      `{ adminUnit(code: "87", asOf: "2024-01-01") { children(asOf: "2026-01-01") { code } } }`,
    );
    expect(today.data!.adminUnit.children).toEqual([]);
    // A commune reached through the tree finds its district and province of that date.
    const up = await t.api.execute<{
      adminUnit: {
        children: { code: string; children: { parent: { code: string }; ancestors: { code: string }[] }[] }[];
      };
    }>(
      `{ adminUnit(code: "87", asOf: "2024-01-01") { children { code children { parent { code } ancestors { code } } } } }`,
    );
    expect(up.errors).toBeUndefined();
    const district = up.data!.adminUnit.children[0]!;
    expect(district.children[0]!.parent.code).toBe(district.code);
    expect(district.children[0]!.ancestors.map((a) => a.code)).toEqual([district.code, '87']);
  });

  it('an over-wide query is still refused', async () => {
    const r = await t.api.execute(
      `{ adminUnits(first: 100) { nodes { children { children { children { code name validFrom validTo } } } } } }`,
    );
    expect(codeOf(r)).toBe('QUERY_TOO_COSTLY');
  });

  it('the cost estimated once for a document follows its variables, and a refusal stays refused', async () => {
    const WIDE = `query ($n: Int) { adminUnits(first: $n) { nodes { children { children { code name } } } } }`;
    for (let i = 0; i < 2; i++) {
      expect((await t.api.execute(WIDE, { variables: { n: 1 } })).errors).toBeUndefined();
      expect(codeOf(await t.api.execute(WIDE, { variables: { n: 100 } }))).toBe('QUERY_TOO_COSTLY');
    }
  });
});
