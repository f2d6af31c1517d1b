import { grantAgencyProblemFor } from '../programme/agencies/agency.service.js';
import type { EntityManager } from '@mikro-orm/postgresql';
import { audit } from '../audit/audit.service.js';
import { badInput, conflict, notFound } from '../common/errors.js';
import { AdminUnit } from '../geography/admin-unit.entity.js';
import { findUnitByCode } from '../geography/geography.service.js';
import { User, UserGrant } from './account.entity.js';
import { hashPassword } from './password.js';
import { passwordProblems } from './password.rules.js';
import type { AccountRef, Principal } from './principal.js';
import { isRole, Role, SCOPED_ROLES } from './roles.js';
import { normaliseLogin, principalOfGrant } from './session.service.js';
import { issueReset } from './user.service.js';

/**
 * Account operations of the local operator (the `hoctap user` CLI, run with access to the
 * database, e.g. to create the first administrator on a fresh install). They are audited as
 * `system`; the API's own operations (user.service.ts) check the caller's ceiling instead.
 */
export interface LocalGrant {
  role: string;
  unitCode?: string | undefined;
  agency?: string | undefined;
}

async function resolveGrant(em: EntityManager, grant: LocalGrant, today: string) {
  const role = grant.role.toUpperCase();
  if (!isRole(role))
    throw badInput([{ field: 'role', rule: 'ROLE', message: `must be one of ${Object.values(Role).join(', ')}` }]);
  const scoped = SCOPED_ROLES.has(role);
  if (scoped !== Boolean(grant.unitCode))
    throw badInput([
      {
        field: 'unit',
        rule: 'UNIT',
        message: scoped ? `role ${role} needs --unit <code>` : `role ${role} takes no --unit`,
      },
    ]);
  const unit = grant.unitCode ? await findUnitByCode(em, grant.unitCode, today) : null;
  if (grant.unitCode && !unit)
    throw notFound(`--unit ${grant.unitCode}: no administrative unit has this code today (${today}).`);
  if (grant.agency) {
    const problem = await grantAgencyProblemFor(em, 'agency', grant.agency, unit?.id ?? null);
    if (problem) throw badInput([problem]);
  }
  return { role, unit, agency: grant.agency ?? null };
}

/** Adds a user with a first grant, and a password if given (else a one-time reset token is returned). */
export async function addUserLocally(
  em: EntityManager,
  input: { name: string; login: string; email?: string | undefined; grant: LocalGrant; password?: string | undefined },
  today: string,
): Promise<{ user: User; reset: { token: string; expiresAt: Date } | null }> {
  const login = normaliseLogin(input.login);
  if (!input.name.trim()) throw badInput([{ field: 'name', rule: 'REQUIRED', message: 'give --name' }]);
  if (!/^[\p{L}\p{N}._@+-]{3,200}$/u.test(login))
    throw badInput([{ field: 'login', rule: 'FORMAT', message: '3 to 200 characters without spaces' }]);
  if (input.password !== undefined) {
    const problems = passwordProblems(input.password, login);
    if (problems.length) throw badInput(problems);
  }
  const grant = await resolveGrant(em, input.grant, today);
  if (await em.findOne(User, { login })) throw conflict(`A user with login ${login} exists already.`);
  const hash = input.password !== undefined ? await hashPassword(input.password) : null;
  return em.transactional(async (tx) => {
    const user = tx.create(User, { name: input.name.trim(), login, email: input.email ?? null, passwordHash: hash });
    const g = tx.create(UserGrant, {
      user,
      role: grant.role,
      unit: grant.unit ? tx.getReference(AdminUnit, grant.unit.id) : null,
      agency: grant.agency,
    });
    audit(tx, 'system', {
      action: 'auth.createUser',
      entityType: 'User',
      entityId: user.id,
      changes: { login, grant: { id: g.id, role: g.role, unit: grant.unit?.code ?? null } },
    });
    const reset = hash === null ? await issueReset(tx, user.id, (r) => audit(tx, 'system', r)) : null;
    return { user, reset };
  });
}

/** Gives a user (by login) one more grant. */
export async function grantLocally(
  em: EntityManager,
  login: string,
  grant: LocalGrant,
  today: string,
): Promise<UserGrant> {
  const user = await em.findOne(User, { login: normaliseLogin(login) });
  if (!user) throw notFound(`No user has login ${login}.`);
  const resolved = await resolveGrant(em, grant, today);
  return em.transactional(async (tx) => {
    const g = tx.create(UserGrant, {
      user: tx.getReference(User, user.id),
      role: resolved.role,
      unit: resolved.unit ? tx.getReference(AdminUnit, resolved.unit.id) : null,
      agency: resolved.agency,
    });
    audit(tx, 'system', {
      action: 'auth.grantRole',
      entityType: 'User',
      entityId: user.id,
      changes: { grant: { id: g.id, role: g.role, unit: resolved.unit?.code ?? null } },
    });
    return g;
  });
}

export interface LocalUserRow {
  login: string;
  name: string;
  active: boolean;
  grants: string[];
}

/** Every user with its grants (role@unit), by login. */
export async function listUsersLocally(em: EntityManager): Promise<LocalUserRow[]> {
  const rows = await em.execute<
    { login: string; name: string; active: boolean; role: string | null; code: string | null }[]
  >(
    `select u.login, u.name, u.active, g.role, a.code from app_user u
     left join user_grant g on g.user_id = u.id left join admin_unit a on a.id = g.unit_id
     order by u.login, g.created_at`,
  );
  const users = new Map<string, LocalUserRow>();
  for (const r of rows) {
    const row = users.get(r.login) ?? { login: r.login, name: r.name, active: r.active, grants: [] };
    if (r.role) row.grants.push(r.code ? `${r.role}@${r.code}` : r.role);
    users.set(r.login, row);
  }
  return [...users.values()];
}

/** How many accounts exist (the start-up hint for the first administrator). */
export async function countUsers(em: EntityManager): Promise<number> {
  const [row] = await em.execute<{ n: string }[]>('select count(*) as n from app_user');
  return Number(row?.n ?? 0);
}

/**
 * The principal of an active account's grant (the first, or the one with `role` and `unitCode`),
 * for `hoctap token --login`.
 */
export async function accountPrincipal(
  em: EntityManager,
  login: string,
  pick: { role?: string | undefined; unitCode?: string | undefined } = {},
): Promise<Extract<Principal, { kind: 'user' }> & { account: AccountRef }> {
  const user = await em.findOne(User, { login: normaliseLogin(login) });
  if (!user) throw notFound(`No user has login ${login}.`);
  if (!user.active) throw badInput([{ field: 'login', rule: 'ACTIVE', message: `user ${login} is deactivated` }]);
  const grants = await em.find(
    UserGrant,
    { user: user.id },
    { populate: ['unit'], orderBy: { createdAt: 'asc', id: 'asc' } },
  );
  const grant = grants.find(
    (g) => (!pick.role || g.role === pick.role.toUpperCase()) && (!pick.unitCode || g.unit?.code === pick.unitCode),
  );
  if (!grant)
    throw notFound(
      `User ${login} holds no grant${pick.role ? ` ${pick.role}` : ''}${pick.unitCode ? ` in ${pick.unitCode}` : ''}.`,
    );
  return principalOfGrant(user, grant) as Extract<Principal, { kind: 'user' }> & { account: AccountRef };
}
