/**
 * A token's claims are checked, not trusted: a scoped token must name a unit that exists, with
 * that unit's code, and every token must expire. Each of these answered INTERNAL_SERVER_ERROR or
 * was accepted before.
 */
import { AdminLevel, AdminUnit, Role } from '@hoctap/core';
import { TEST_JWT_SECRET, useTestApi } from '@hoctap/plugin-sdk/testing';
import { SignJWT, UnsecuredJWT } from 'jose';
import { describe, expect, it } from 'vitest';

const t = useTestApi();
const key = new TextEncoder().encode(TEST_JWT_SECRET);
const sign = (claims: Record<string, unknown>, expires = true) => {
  const jwt = new SignJWT(claims).setProtectedHeader({ alg: 'HS256' }).setIssuer('hoctap').setSubject('someone');
  return (expires ? jwt.setExpirationTime('1h') : jwt).sign(key);
};
const ask = async (token: string) => {
  const r = await t.api.execute('{ viewer { role scope { code } } }', { as: `Bearer ${token}` });
  return { status: r.status, code: r.errors?.[0]?.extensions?.code, message: r.errors?.[0]?.message, data: r.data };
};
const province = (code: string) =>
  t.db.orm.em.fork().findOneOrFail(AdminUnit, { code, level: AdminLevel.PROVINCE, validTo: null });

describe('bearer tokens', () => {
  it('accept a scoped token whose unit exists with the code it states', async () => {
    const unit = await province('82');
    const r = await ask(await sign({ role: Role.OFFICER, unit: unit.id, unitCode: '82' }));
    expect(r.data).toEqual({ viewer: { role: 'OFFICER', scope: { code: '82' } } });
  });

  it.each([
    ['a unit id that is not a UUID', { role: Role.OFFICER, unit: 'not-a-uuid', unitCode: '82' }],
    ['a unit id no unit has', { role: Role.OFFICER, unit: '0190a2c4-0000-7000-8000-00000000dead', unitCode: '82' }],
  ])('refuse %s with 401 UNAUTHENTICATED', async (_case, claims) => {
    const r = await ask(await sign(claims));
    expect(r).toMatchObject({ status: 401, code: 'UNAUTHENTICATED' });
  });

  it('refuse a unit code that disagrees with the unit id', async () => {
    const unit = await province('82');
    const r = await ask(await sign({ role: Role.ASSOCIATION, unit: unit.id, unitCode: '01' }));
    expect(r).toMatchObject({ status: 401, code: 'UNAUTHENTICATED' });
    expect(r.message).toMatch(/does not match/);
  });

  it('refuse a token that never expires', async () => {
    expect(await ask(await sign({ role: Role.ADMIN }, false))).toMatchObject({ status: 401, code: 'UNAUTHENTICATED' });
  });

  it('refuse an unsigned token (alg: none)', async () => {
    const unsigned = new UnsecuredJWT({ role: Role.ADMIN }).setIssuer('hoctap').setSubject('x').setExpirationTime('1h');
    expect(await ask(unsigned.encode())).toMatchObject({ status: 401, code: 'UNAUTHENTICATED' });
  });
});
