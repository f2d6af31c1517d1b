import { useTestApi } from '@hoctap/plugin-sdk/testing';
import { beforeAll, describe, expect, it } from 'vitest';
import { addEvaluationFixture, scopedAs } from '../evaluations/evaluation.test-helpers.js';
import { AdminUnit } from '../geography/admin-unit.entity.js';
import { AdminLevel, SuccessionKind } from '../geography/geography.enums.js';
import { Succession } from '../geography/succession.entity.js';
import type { Principal } from './principal.js';

/**
 * A unit that wholly took over another on 1/7/2025 inherits its records: officers of new Đồng
 * Tháp (82) carry on old Đồng Tháp's (87) plans. Only FULL successions count, and only forwards.
 */
const t = useTestApi();
let f: Awaited<ReturnType<typeof addEvaluationFixture>>;
const province = (code: string, current: boolean) =>
  t.db.orm.em.fork().findOneOrFail(AdminUnit, {
    code,
    level: AdminLevel.PROVINCE,
    ...(current ? { validTo: null } : { validTo: { $ne: null } }),
  });

beforeAll(async () => {
  const em = t.db.orm.em.fork();
  f = await addEvaluationFixture(em);
  // Part of Xã Tân Mỹ went to the new ward (a PARTIAL succession, for the test).
  em.create(Succession, {
    from: f.commune,
    to: f.newWard,
    kind: SuccessionKind.PARTIAL,
    effectiveDate: '2025-07-01',
    legalBasis: 'test',
  });
  await em.flush();
});

const PLANS = 'query ($u: String!, $d: Date) { plans(unitCode: $u, asOf: $d) { id } }';
const read = async (as: Principal, unitCode: string, asOf: string) =>
  (await t.api.execute(PLANS, { variables: { u: unitCode, d: asOf }, as })).errors?.[0]?.extensions?.code ?? 'OK';

describe('access through successions', () => {
  it('lets an officer of the FULL successor province read its predecessor’s data', async () => {
    expect(await read(scopedAs(await province('82', true)), '87', '2024-06-01')).toBe('OK');
    expect(await read(scopedAs(await province('82', true)), '875', '2024-06-01')).toBe('OK');
    expect(await read(scopedAs(await province('37', true)), '35', '2024-06-01')).toBe('OK');
  });

  it('gives no access sideways: another successor province stays outside', async () => {
    expect(await read(scopedAs(await province('37', true)), '87', '2024-06-01')).toBe('FORBIDDEN');
  });

  it('gives no access backwards: the old province does not reach the new one', async () => {
    expect(await read(scopedAs(await province('87', false)), '82', '2026-01-01')).toBe('FORBIDDEN');
  });

  it('gives no access through a PARTIAL succession', async () => {
    expect(await read(scopedAs(f.newWard), '30175', '2024-06-01')).toBe('FORBIDDEN');
  });
});
