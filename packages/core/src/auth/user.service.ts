import { grantAgencyProblemFor } from '../programme/agencies/agency.service.js';
import type { EntityManager } from '@mikro-orm/postgresql';
import type { RequestContext } from '../common/context.js';
import { toLazyConnection } from '../common/connection.js';
import { badInput, conflict, forbidden, unauthenticated, type FieldProblem } from '../common/errors.js';
import { mutate } from '../common/mutate.js';
import { AdminUnit } from '../geography/admin-unit.entity.js';
import { findUnitByCode, lineages } from '../geography/geography.service.js';
import { SUBTREE_SQL } from '../subjects/subject.service.js';
import { assertMayWrite, missingRecord } from './access.js';
import { PasswordReset, User, UserGrant } from './account.entity.js';
import { decideGrant, decideManageUser, type GrantHolder, type GrantTarget } from './grant.rules.js';
import { hashPassword, randomToken, tokenHash } from './password.js';
import { passwordProblems } from './password.rules.js';
import { isScoped } from './principal.js';
import { Role, SCOPED_ROLES } from './roles.js';
import { normaliseLogin, revokeAllSessions } from './session.service.js';

/** Password-reset tokens are good for 24 hours, once. */
export const RESET_TOKEN_MS = 24 * 3600_000;

export interface GrantInput {
  role: Role;
  unitCode?: string | null;
  agency?: string | null;
}

export interface CreateUserInput {
  name: string;
  /** Defaults to the e-mail address. */
  login?: string | null;
  email?: string | null;
  phone?: string | null;
  grant: GrantInput;
}

const LOGIN = /^[\p{L}\p{N}._@+-]{3,200}$/u;
const EMAIL = /^[^\s@]{1,100}@[^\s@]{1,100}\.[^\s@]{1,50}$/;

/** The caller as a grant holder: the first check of every account change (anonymous, analysts and associations stop here). */
function holderOf(ctx: RequestContext): GrantHolder {
  assertMayWrite(ctx);
  const p = ctx.principal;
  if (p.kind === 'anonymous') throw unauthenticated('Đăng nhập / Sign in.');
  if (p.role !== Role.ADMIN && p.role !== Role.OFFICER)
    throw forbidden(`Vai trò ${p.role} không quản lý tài khoản / ${p.role} manages no accounts.`);
  return { role: p.role, unitId: isScoped(p) ? p.unitId : null };
}

async function targetsOf(ctx: RequestContext, grants: readonly UserGrant[]): Promise<GrantTarget[]> {
  const ids = grants.flatMap((g) => (g.unit ? [g.unit.id] : []));
  const lines = ids.length ? await lineages(ctx.em, ids, ctx.today) : new Map<string, string[]>();
  return grants.map((g) => ({ role: g.role, lineage: g.unit ? (lines.get(g.unit.id) ?? [g.unit.id]) : null }));
}

/** The user, once the caller is known to manage it (FORBIDDEN or the same refusal as a missing id otherwise). */
async function managedUser(ctx: RequestContext, holder: GrantHolder, userId: string) {
  const user = await ctx.em.findOne(User, { id: userId });
  if (!user) throw missingRecord(ctx, `userId: no user has id ${userId}.`);
  const grants = await ctx.em.find(UserGrant, { user: user.id }, { populate: ['unit'] });
  const decision = decideManageUser(holder, await targetsOf(ctx, grants));
  if (!decision.allowed) throw forbidden(decision.reason);
  return { user, grants };
}

/** Checks a grant against the caller's ceiling and resolves its unit. */
async function checkedGrant(ctx: RequestContext, holder: GrantHolder, input: GrantInput, field: string) {
  const problems: FieldProblem[] = [];
  let unit: AdminUnit | null = null;
  if (input.unitCode) {
    unit = await findUnitByCode(ctx.em, input.unitCode, ctx.today);
    if (!unit)
      problems.push({
        field: `${field}.unitCode`,
        rule: 'EXISTS',
        message: `Không có đơn vị mã ${input.unitCode} / names no unit today`,
      });
  }
  if (input.agency !== undefined && input.agency !== null && !/^[\w.-]{1,50}$/.test(input.agency))
    problems.push({
      field: `${field}.agency`,
      rule: 'FORMAT',
      message: 'Mã cơ quan 1–50 ký tự / an agency code of 1 to 50 letters, digits, ".", "_" or "-"',
    });
  else if (input.agency) {
    const problem = await grantAgencyProblemFor(ctx.em, `${field}.agency`, input.agency, unit?.id ?? null);
    if (problem && !(input.unitCode && !unit)) problems.push(problem);
  }
  if (problems.length) throw badInput(problems);
  const lineage = unit ? ((await lineages(ctx.em, [unit.id], ctx.today)).get(unit.id) ?? [unit.id]) : null;
  if (SCOPED_ROLES.has(input.role) && !unit)
    throw badInput([
      {
        field: `${field}.unitCode`,
        rule: 'REQUIRED',
        message: `Vai trò ${input.role} cần đơn vị / ${input.role} needs a unit`,
      },
    ]);
  const decision = decideGrant(holder, { role: input.role, lineage });
  if (!decision.allowed) {
    if (decision.rule === 'UNIT')
      throw badInput([{ field: `${field}.unitCode`, rule: 'UNIT', message: decision.reason }]);
    throw forbidden(decision.reason);
  }
  return { role: input.role, unit, agency: input.agency ?? null };
}

function userProblems(input: CreateUserInput, login: string): FieldProblem[] {
  const problems: FieldProblem[] = [];
  if (!input.name.trim() || input.name.length > 200)
    problems.push({ field: 'name', rule: 'LENGTH', message: 'Họ tên 1–200 ký tự / must have 1 to 200 characters' });
  if (!LOGIN.test(login))
    problems.push({
      field: 'login',
      rule: 'FORMAT',
      message:
        'Tên đăng nhập 3–200 ký tự, không có khoảng trắng / 3 to 200 characters without spaces (or give an email)',
    });
  if (input.email && !EMAIL.test(input.email.trim()))
    problems.push({ field: 'email', rule: 'FORMAT', message: 'Địa chỉ email không hợp lệ / is not an e-mail address' });
  if (input.phone && !/^\+?[0-9 .-]{6,20}$/.test(input.phone.trim()))
    problems.push({ field: 'phone', rule: 'FORMAT', message: 'Số điện thoại không hợp lệ / is not a phone number' });
  return problems;
}

/** Creates an account with its first grant (no password yet: `resetPassword` gives a one-time link). */
export async function createUser(ctx: RequestContext, input: CreateUserInput): Promise<User> {
  const holder = holderOf(ctx);
  const grant = await checkedGrant(ctx, holder, input.grant, 'grant');
  const login = normaliseLogin(input.login ?? input.email ?? '');
  const problems = userProblems(input, login);
  if (problems.length) throw badInput(problems);
  const user = await mutate(
    ctx,
    'user',
    async (tx, log) => {
      const user = tx.create(User, {
        name: input.name.trim(),
        login,
        email: input.email?.trim() || null,
        phone: input.phone?.trim() || null,
      });
      const g = tx.create(UserGrant, {
        user,
        role: grant.role,
        unit: grant.unit ? tx.getReference(AdminUnit, grant.unit.id) : null,
        agency: grant.agency,
      });
      log.audit({
        action: 'auth.createUser',
        entityType: 'User',
        entityId: user.id,
        changes: { login, grant: grantSummary(g, grant.unit) },
      });
      return user;
    },
    {
      onUnique: () =>
        conflict('Tên đăng nhập đã có người dùng / This login is taken.', { field: 'login', rule: 'UNIQUE' }),
    },
  );
  return user;
}

function grantSummary(g: UserGrant, unit: AdminUnit | null | undefined) {
  return { id: g.id, role: g.role, unit: unit?.code ?? null, agency: g.agency ?? null };
}

/** Gives an existing user one more grant, within the caller's ceiling. */
export async function grantRole(ctx: RequestContext, userId: string, input: GrantInput): Promise<UserGrant> {
  const holder = holderOf(ctx);
  const user = await ctx.em.findOne(User, { id: userId });
  if (!user) throw missingRecord(ctx, `userId: no user has id ${userId}.`);
  const existing = await ctx.em.find(UserGrant, { user: user.id }, { populate: ['unit'] });
  if (existing.length > 0) {
    const decision = decideManageUser(holder, await targetsOf(ctx, existing));
    if (!decision.allowed) throw forbidden(decision.reason);
  }
  const grant = await checkedGrant(ctx, holder, input, 'grant');
  if (
    existing.some(
      (g) =>
        g.role === grant.role &&
        (g.unit?.id ?? null) === (grant.unit?.id ?? null) &&
        (g.agency ?? null) === grant.agency,
    )
  )
    throw conflict('Người dùng đã có vai trò này / The user already holds this grant.', { rule: 'UNIQUE' });
  const created = await mutate(ctx, 'user', async (tx, log) => {
    const g = tx.create(UserGrant, {
      user: tx.getReference(User, user.id),
      role: grant.role,
      unit: grant.unit ? tx.getReference(AdminUnit, grant.unit.id) : null,
      agency: grant.agency,
    });
    log.audit({
      action: 'auth.grantRole',
      entityType: 'User',
      entityId: user.id,
      changes: { grant: grantSummary(g, grant.unit) },
    });
    return g;
  });
  ctx.accounts?.invalidate(user.id);
  return created;
}

/** Takes a grant back; tokens acting under it fail on their next request. */
export async function revokeRole(ctx: RequestContext, grantId: string): Promise<boolean> {
  const holder = holderOf(ctx);
  const grant = await ctx.em.findOne(UserGrant, { id: grantId }, { populate: ['unit'] });
  if (!grant) throw missingRecord(ctx, `grantId: no grant has id ${grantId}.`);
  const [target] = await targetsOf(ctx, [grant]);
  const decision = decideGrant(holder, target!);
  if (!decision.allowed) throw forbidden(decision.reason);
  const userId = grant.user.id;
  await mutate(ctx, 'grant', async (tx, log) => {
    await tx.nativeDelete(UserGrant, { id: grant.id });
    log.audit({
      action: 'auth.revokeRole',
      entityType: 'User',
      entityId: userId,
      changes: { grant: grantSummary(grant, grant.unit) },
    });
  });
  ctx.accounts?.invalidate(userId);
  return true;
}

async function setActive(ctx: RequestContext, userId: string, active: boolean): Promise<User> {
  const holder = holderOf(ctx);
  const p = ctx.principal;
  if (!active && p.kind === 'user' && p.account?.userId === userId)
    throw badInput([
      {
        field: 'userId',
        rule: 'NOT_SELF',
        message: 'Không tự khóa tài khoản của mình / you may not deactivate yourself',
      },
    ]);
  const { user } = await managedUser(ctx, holder, userId);
  const saved = await mutate(ctx, 'user', async (tx, log) => {
    const row = await tx.findOneOrFail(User, user.id);
    if (row.active === active) return row;
    row.active = active;
    if (!active) await revokeAllSessions(tx, row.id);
    log.audit({
      action: active ? 'auth.reactivateUser' : 'auth.deactivateUser',
      entityType: 'User',
      entityId: row.id,
      changes: { active: [!active, active] },
    });
    return row;
  });
  ctx.accounts?.invalidate(user.id);
  return saved;
}

/** Deactivates an account: it cannot sign in, and its tokens fail on their next request. */
export const deactivateUser = (ctx: RequestContext, userId: string) => setActive(ctx, userId, false);
export const reactivateUser = (ctx: RequestContext, userId: string) => setActive(ctx, userId, true);

/**
 * A one-time password-reset token for a user the caller manages, to hand over (printed or sent
 * as a link): `setPassword(resetToken, newPassword)` consumes it within 24 hours. Earlier
 * unused tokens of the user stop working.
 */
export async function resetPassword(ctx: RequestContext, userId: string): Promise<{ token: string; expiresAt: Date }> {
  const holder = holderOf(ctx);
  const { user } = await managedUser(ctx, holder, userId);
  return mutate(ctx, 'user', async (tx, log) => issueReset(tx, user.id, log.audit));
}

/** Issues a reset token inside a transaction (also the CLI's way to a first password). */
export async function issueReset(
  tx: EntityManager,
  userId: string,
  record: (entry: { action: string; entityType: string; entityId: string }) => void,
): Promise<{ token: string; expiresAt: Date }> {
  const now = new Date();
  await tx.nativeUpdate(PasswordReset, { user: userId, usedAt: null }, { usedAt: now });
  const token = randomToken();
  const expiresAt = new Date(now.getTime() + RESET_TOKEN_MS);
  tx.create(PasswordReset, { user: tx.getReference(User, userId), tokenHash: tokenHash(token), expiresAt });
  record({ action: 'auth.resetPassword', entityType: 'User', entityId: userId });
  return { token, expiresAt };
}

/**
 * Sets a password with a one-time reset token. Every session of the account ends; the lockout
 * count is cleared. A used, expired or unknown token gets one answer.
 */
export async function setPassword(ctx: RequestContext, resetToken: string, newPassword: string): Promise<boolean> {
  const reset = await ctx.em.findOne(PasswordReset, { tokenHash: tokenHash(resetToken) }, { populate: ['user'] });
  if (!reset || reset.usedAt || reset.expiresAt.getTime() <= Date.now() || !reset.user.active)
    throw unauthenticated(
      'Liên kết đặt lại mật khẩu không hợp lệ hoặc đã hết hạn / The reset link is not valid or has expired.',
    );
  const problems = passwordProblems(newPassword, reset.user.login, 'newPassword');
  if (problems.length) throw badInput(problems);
  const hash = await hashPassword(newPassword);
  const userId = reset.user.id;
  await mutate(ctx, 'user', async (tx, log) => {
    const used = await tx.nativeUpdate(PasswordReset, { id: reset.id, usedAt: null }, { usedAt: new Date() });
    if (used === 0) throw unauthenticated('Liên kết đặt lại mật khẩu đã được dùng / The reset link was already used.');
    await revokeAllSessions(tx, userId);
    const row = await tx.findOneOrFail(User, userId);
    row.passwordHash = hash;
    row.failedAttempts = 0;
    row.lockedUntil = null;
    log.audit({ action: 'auth.setPassword', entityType: 'User', entityId: userId });
  });
  ctx.accounts?.invalidate(userId);
  return true;
}

export interface UserFilter {
  /** Users with a grant in this unit's subtree. */
  unitCode?: string | null;
  /** Part of the name or login. */
  search?: string | null;
  active?: boolean | null;
}

/**
 * Accounts the caller manages: all for ADMIN; for an OFFICER those with a grant in its subtree.
 */
export async function listUsers(ctx: RequestContext, filter: UserFilter, window: { limit: number; offset: number }) {
  const holder = holderOf(ctx);
  const where: string[] = [];
  const params: unknown[] = [];
  let prefix = '';
  const root = filter.unitCode ? await findUnitByCode(ctx.em, filter.unitCode, ctx.today) : null;
  if (filter.unitCode && !root) return toLazyConnection<User>([], window, async () => 0);
  const rootId = holder.unitId ?? root?.id ?? null;
  if (rootId) {
    prefix = SUBTREE_SQL;
    params.push(rootId, ctx.today, ctx.today);
    where.push('exists (select 1 from user_grant g join sub on sub.id = g.unit_id where g.user_id = u.id)');
  }
  if (root && holder.unitId && root.id !== holder.unitId) {
    const lineage = (await lineages(ctx.em, [root.id], ctx.today)).get(root.id) ?? [];
    if (!lineage.includes(holder.unitId))
      throw forbidden('Đơn vị nằm ngoài phạm vi quản lý / the unit is outside your subtree');
    params[0] = root.id;
  }
  if (filter.search?.trim()) {
    where.push(`(u.name ilike ? or u.login ilike ?)`);
    const like = `%${filter.search.trim().replace(/[%_\\]/g, (c) => `\\${c}`)}%`;
    params.push(like, like);
  }
  if (filter.active !== undefined && filter.active !== null) {
    where.push('u.active = ?');
    params.push(filter.active);
  }
  const body = `from app_user u ${where.length ? `where ${where.join(' and ')}` : ''}`;
  const rows = await ctx.em.execute<{ id: string }[]>(
    `${prefix} select u.id ${body} order by u.login, u.id limit ? offset ?`,
    [...params, window.limit + 1, window.offset],
  );
  const users = rows.length ? await ctx.em.find(User, { id: { $in: rows.map((r) => r.id) } }) : [];
  const byId = new Map(users.map((u) => [u.id, u]));
  return toLazyConnection(
    rows.map((r) => byId.get(r.id)!),
    window,
    async () => {
      const [count] = await ctx.em.execute<{ n: string }[]>(`${prefix} select count(*) as n ${body}`, params);
      return Number(count?.n ?? 0);
    },
  );
}

/** One account the caller manages. */
export async function findUser(ctx: RequestContext, userId: string): Promise<User> {
  const holder = holderOf(ctx);
  return (await managedUser(ctx, holder, userId)).user;
}

/** A user's grants (for the `grants` field). */
export function userGrants(em: EntityManager, userId: string): Promise<UserGrant[]> {
  return em.find(UserGrant, { user: userId }, { populate: ['unit'], orderBy: { createdAt: 'asc', id: 'asc' } });
}
