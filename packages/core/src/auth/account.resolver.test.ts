import { addTestUnits, testPrincipals, useTestApi } from '@hoctap/plugin-sdk/testing';
import { beforeAll, describe, expect, it } from 'vitest';
import { AdminLevel, AdminUnitKindEnum } from '../geography/geography.enums.js';
import { AccountStateCheck } from './account-state.js';
import { User } from './account.entity.js';
import { LOCKOUT_POLICY } from './lockout.rules.js';

const t = useTestApi();
const PASSWORD = 'correct horse battery';
const WRONG = 'Sai tên đăng nhập hoặc mật khẩu / Login or password wrong.';

interface Session {
  accessToken: string;
  refreshToken: string | null;
  expiresAt: string;
  user: { id: string; login: string; grants: { id: string; role: string; unit: { code: string } | null }[] };
  grant: { id: string; role: string };
}
const SESSION = `accessToken refreshToken expiresAt user { id login grants { id role unit { code } } } grant { id role }`;
const bearer = (s: { accessToken: string }) => `Bearer ${s.accessToken}`;
const codeOf = (r: { errors?: { extensions?: Record<string, unknown> }[] }) => r.errors?.[0]?.extensions?.code;

/** An account created and given a password through the API by a (development-token) administrator. */
async function account(login: string, grant: Record<string, unknown>, as = testPrincipals.admin as unknown) {
  const created = await t.api.execute<{ createUser: { id: string } }>(
    `mutation ($input: CreateUserInput!) { createUser(input: $input) { id } }`,
    { variables: { input: { name: `Cán bộ ${login}`, email: login, grant } }, as: as as never },
  );
  expect(created.errors).toBeUndefined();
  const id = created.data!.createUser.id;
  const reset = await t.api.execute<{ resetPassword: { token: string } }>(
    `mutation ($id: ID!) { resetPassword(userId: $id) { token expiresAt } }`,
    { variables: { id }, as: testPrincipals.admin },
  );
  const set = await t.api.execute(
    `mutation ($t: String!, $p: String!) { setPassword(resetToken: $t, newPassword: $p) }`,
    {
      variables: { t: reset.data!.resetPassword.token, p: PASSWORD },
    },
  );
  expect(set.errors).toBeUndefined();
  expect(set.data).toEqual({ setPassword: true });
  return id;
}

async function signIn(login: string, password = PASSWORD) {
  return t.api.execute<{ signIn: Session }>(
    `mutation ($input: SignInInput!) { signIn(input: $input) { ${SESSION} } }`,
    { variables: { input: { login, password } } },
  );
}

async function refresh(refreshToken: string) {
  return t.api.execute<{ refreshSession: Session }>(
    `mutation ($r: String!) { refreshSession(refreshToken: $r) { ${SESSION} } }`,
    { variables: { r: refreshToken } },
  );
}

const viewer = (as: string) =>
  t.api.execute<{ viewer: { authenticated: boolean; role: string; user: { login: string } | null } }>(
    `{ viewer { authenticated role subject user { login } grant { role } } }`,
    { as },
  );

beforeAll(async () => {
  // Two communes of Đồng Tháp (82) and a village of the first (sample units for the test).
  await addTestUnits(t.db.orm.em.fork(), [
    {
      code: 'T-C1',
      name: 'Xã Mẫu Một',
      level: AdminLevel.COMMUNE,
      kind: AdminUnitKindEnum.COMMUNE,
      parentCode: '82',
      validFrom: '2025-07-01',
    },
    {
      code: 'T-C2',
      name: 'Xã Mẫu Hai',
      level: AdminLevel.COMMUNE,
      kind: AdminUnitKindEnum.COMMUNE,
      parentCode: '82',
      validFrom: '2025-07-01',
    },
    {
      code: 'T-V1',
      name: 'Ấp Mẫu',
      level: AdminLevel.VILLAGE,
      kind: AdminUnitKindEnum.VILLAGE,
      parentCode: 'T-C1',
      validFrom: '2025-07-01',
    },
  ]);
});

describe('sign-in', () => {
  it('signs in with the right password; the access token acts under the grant and viewer shows the account', async () => {
    await account('an@example.vn', { role: 'OFFICER', unitCode: 'T-C1' });
    const result = await signIn('  AN@example.vn ');
    expect(result.errors).toBeUndefined();
    const s = result.data!.signIn;
    expect(s.refreshToken).toMatch(/^[\w-]{43}$/);
    expect(s.user.login).toBe('an@example.vn');
    expect(s.grant.role).toBe('OFFICER');
    expect(new Date(s.expiresAt).getTime() - Date.now()).toBeLessThanOrEqual(15 * 60_000);
    const me = await viewer(bearer(s));
    expect(me.data?.viewer).toMatchObject({
      authenticated: true,
      role: 'OFFICER',
      user: { login: 'an@example.vn' },
      grant: { role: 'OFFICER' },
    });
    // The password is stored as an Argon2id hash only.
    const row = await t.db.orm.em
      .fork()
      .findOneOrFail(User, { login: 'an@example.vn' }, { populate: ['passwordHash'] });
    expect(row.passwordHash).toMatch(/^\$argon2id\$/);
  });

  it('answers a wrong password and an unknown login alike', async () => {
    const wrong = await signIn('an@example.vn', 'not the password at all');
    const unknown = await signIn('nobody@example.vn', 'not the password at all');
    for (const r of [wrong, unknown]) {
      expect(codeOf(r)).toBe('UNAUTHENTICATED');
      expect(r.errors?.[0]?.message).toBe(WRONG);
    }
  });

  it('locks the account after five wrong passwords, even for the right one, until the lock runs out', async () => {
    await account('binh@example.vn', { role: 'ASSOCIATION', unitCode: 'T-C1' });
    for (let i = 0; i < LOCKOUT_POLICY.maxFailures; i++)
      expect(codeOf(await signIn('binh@example.vn', 'wrong password!!'))).toBe('UNAUTHENTICATED');
    const locked = await signIn('binh@example.vn');
    expect(locked.errors?.[0]?.message).toBe(WRONG);
    await t.db.orm.em
      .fork()
      .nativeUpdate(User, { login: 'binh@example.vn' }, { lockedUntil: new Date(Date.now() - 1000) });
    expect((await signIn('binh@example.vn')).data?.signIn.user.login).toBe('binh@example.vn');
  });
});

describe('sessions', () => {
  it('rotates refresh tokens, and a reused one revokes the whole family', async () => {
    const first = (await signIn('an@example.vn')).data!.signIn;
    const second = (await refresh(first.refreshToken!)).data!.refreshSession;
    expect(second.refreshToken).not.toBe(first.refreshToken);
    expect((await viewer(bearer(second))).data?.viewer.authenticated).toBe(true);
    // The first token again: a copy is in use. Both it and its successor stop working.
    const reused = await refresh(first.refreshToken!);
    expect(codeOf(reused)).toBe('UNAUTHENTICATED');
    expect(codeOf(await refresh(second.refreshToken!))).toBe('UNAUTHENTICATED');
    expect(codeOf(await viewer(bearer(second)))).toBe('UNAUTHENTICATED');
    // Another device's session is untouched.
    const other = (await signIn('an@example.vn')).data!.signIn;
    expect((await refresh(other.refreshToken!)).data?.refreshSession.accessToken).toBeTruthy();
  });

  it('signOut ends this session: its refresh token and its access token, not the other sessions', async () => {
    const s = (await signIn('an@example.vn')).data!.signIn;
    const other = (await signIn('an@example.vn')).data!.signIn;
    expect((await t.api.execute(`mutation { signOut }`, { as: bearer(s) })).data).toEqual({ signOut: true });
    expect(codeOf(await refresh(s.refreshToken!))).toBe('UNAUTHENTICATED');
    expect(codeOf(await viewer(bearer(s)))).toBe('UNAUTHENTICATED');
    expect((await viewer(bearer(other))).data?.viewer.authenticated).toBe(true);
  });

  it('signOutEverywhere refuses every earlier token on the next request', async () => {
    const a = (await signIn('an@example.vn')).data!.signIn;
    const b = (await signIn('an@example.vn')).data!.signIn;
    expect((await t.api.execute(`mutation { signOutEverywhere }`, { as: bearer(a) })).data).toEqual({
      signOutEverywhere: true,
    });
    expect(codeOf(await viewer(bearer(a)))).toBe('UNAUTHENTICATED');
    expect(codeOf(await viewer(bearer(b)))).toBe('UNAUTHENTICATED');
    expect(codeOf(await refresh(b.refreshToken!))).toBe('UNAUTHENTICATED');
    expect((await signIn('an@example.vn')).data?.signIn.accessToken).toBeTruthy();
  });

  it('refuses a token whose grant was revoked, and switches between grants', async () => {
    const id = await account('chi@example.vn', { role: 'OFFICER', unitCode: 'T-C1' });
    const granted = await t.api.execute<{ grantRole: { id: string } }>(
      `mutation ($id: ID!) { grantRole(userId: $id, grant: { role: ASSOCIATION, unitCode: "T-C2" }) { id } }`,
      { variables: { id }, as: testPrincipals.admin },
    );
    const second = granted.data!.grantRole.id;
    const s = (await signIn('chi@example.vn')).data!.signIn;
    expect(s.user.grants.map((g) => g.unit?.code)).toEqual(['T-C1', 'T-C2']);
    const switched = await t.api.execute<{ switchGrant: Session }>(
      `mutation ($g: ID!) { switchGrant(grantId: $g) { ${SESSION} } }`,
      { variables: { g: second }, as: bearer(s) },
    );
    const under = switched.data!.switchGrant;
    expect((await viewer(bearer(under))).data?.viewer.role).toBe('ASSOCIATION');
    const revoked = await t.api.execute(`mutation ($g: ID!) { revokeRole(grantId: $g) }`, {
      variables: { g: second },
      as: testPrincipals.admin,
    });
    expect(revoked.data).toEqual({ revokeRole: true });
    expect(codeOf(await viewer(bearer(under)))).toBe('UNAUTHENTICATED');
    // The token under the other grant still works.
    expect((await viewer(bearer(s))).data?.viewer.role).toBe('OFFICER');
  });

  it('refuses a deactivated user’s tokens and sign-in; another server sees it within its poll', async () => {
    const id = await account('dung@example.vn', { role: 'OFFICER', unitCode: 'T-C2' });
    const s = (await signIn('dung@example.vn')).data!.signIn;
    const principal = await t.api.tokens.verify(s.accessToken);
    // A second server's cache, warmed before the change.
    const elsewhere = new AccountStateCheck({ pollMs: 0 });
    await elsewhere.assertCurrent(t.db.orm.em.fork(), principal);
    const off = await t.api.execute<{ deactivateUser: { active: boolean } }>(
      `mutation ($id: ID!) { deactivateUser(userId: $id) { active } }`,
      { variables: { id }, as: testPrincipals.admin },
    );
    expect(off.data?.deactivateUser.active).toBe(false);
    expect(codeOf(await viewer(bearer(s)))).toBe('UNAUTHENTICATED');
    await expect(elsewhere.assertCurrent(t.db.orm.em.fork(), principal)).rejects.toMatchObject({
      extensions: { code: 'UNAUTHENTICATED' },
    });
    expect((await signIn('dung@example.vn')).errors?.[0]?.message).toBe(WRONG);
  });
});

describe('user administration', () => {
  it('lets a commune officer create accounts in its subtree only and never above its role', async () => {
    await account('em@example.vn', { role: 'OFFICER', unitCode: 'T-C1' });
    const officer = bearer((await signIn('em@example.vn')).data!.signIn);
    const create = (login: string, grant: Record<string, unknown>) =>
      t.api.execute<{ createUser: { login: string } }>(
        `mutation ($input: CreateUserInput!) { createUser(input: $input) { login } }`,
        {
          variables: { input: { name: 'Người mới', email: login, grant } },
          as: officer,
        },
      );
    expect((await create('v1@example.vn', { role: 'ASSOCIATION', unitCode: 'T-V1' })).data?.createUser.login).toBe(
      'v1@example.vn',
    );
    expect(codeOf(await create('c2@example.vn', { role: 'OFFICER', unitCode: 'T-C2' }))).toBe('FORBIDDEN');
    expect(codeOf(await create('p@example.vn', { role: 'OFFICER', unitCode: '82' }))).toBe('FORBIDDEN');
    expect(codeOf(await create('root@example.vn', { role: 'ADMIN' }))).toBe('FORBIDDEN');
    // The same login twice is a conflict; anonymous callers are refused before anything is read.
    expect(
      codeOf(
        await t.api.execute(`mutation ($input: CreateUserInput!) { createUser(input: $input) { login } }`, {
          variables: { input: { name: 'X', email: 'v1@example.vn', grant: { role: 'ASSOCIATION', unitCode: 'T-V1' } } },
          as: testPrincipals.admin,
        }),
      ),
    ).toBe('CONFLICT');
    expect(
      codeOf(
        await t.api.execute(
          `mutation { createUser(input: { name: "X", email: "x@example.vn", grant: { role: ADMIN } }) { login } }`,
        ),
      ),
    ).toBe('UNAUTHENTICATED');
    // It lists the accounts of its subtree only.
    const list = await t.api.execute<{ users: { totalCount: number; nodes: { login: string }[] } }>(
      `{ users(first: 50) { totalCount nodes { login } } }`,
      { as: officer },
    );
    const logins = list.data!.users.nodes.map((u) => u.login);
    expect(logins).toContain('v1@example.vn');
    expect(logins).not.toContain('dung@example.vn');
    expect(list.data!.users.totalCount).toBe(logins.length);
  });

  it('pages through all accounts for an administrator', async () => {
    const first = await t.api.execute<{
      users: { nodes: { login: string }[]; pageInfo: { endCursor: string; hasNextPage: boolean } };
    }>(`{ users(first: 2) { nodes { login } pageInfo { endCursor hasNextPage } } }`, { as: testPrincipals.admin });
    expect(first.data!.users.nodes).toHaveLength(2);
    expect(first.data!.users.pageInfo.hasNextPage).toBe(true);
    const next = await t.api.execute<{ users: { nodes: { login: string }[] } }>(
      `query ($after: String) { users(first: 2, after: $after) { nodes { login } } }`,
      { variables: { after: first.data!.users.pageInfo.endCursor }, as: testPrincipals.admin },
    );
    expect(next.data!.users.nodes.map((u) => u.login)).not.toContain(first.data!.users.nodes[0]!.login);
  });

  it('consumes a reset token once', async () => {
    const id = await account('giang@example.vn', { role: 'ANALYST' });
    const reset = await t.api.execute<{ resetPassword: { token: string } }>(
      `mutation ($id: ID!) { resetPassword(userId: $id) { token } }`,
      { variables: { id }, as: testPrincipals.admin },
    );
    const use = () =>
      t.api.execute(`mutation ($t: String!) { setPassword(resetToken: $t, newPassword: "another long password") }`, {
        variables: { t: reset.data!.resetPassword.token },
      });
    expect((await use()).data).toEqual({ setPassword: true });
    expect(codeOf(await use())).toBe('UNAUTHENTICATED');
    expect((await signIn('giang@example.vn', 'another long password')).data?.signIn.grant.role).toBe('ANALYST');
  });
});
