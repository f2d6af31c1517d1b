import { accountPrincipal, findUnitByCode, Role, todayInVietnam, TokenService } from '@hoctap/core';
import { loadConfig, openPlatformDatabase, resolveSigningKeys } from '@hoctap/server';

export interface TokenOptions {
  /** Mint a token for this account (its first grant, or the one --role/--unit pick). */
  login?: string;
  role?: string;
  unit?: string;
  asOf?: string;
  subject?: string;
  expires: string;
}

/** `hoctap token`: prints a bearer token the local server accepts (same secret, same data dir). */
export async function tokenCommand(options: TokenOptions): Promise<void> {
  if (options.login) return accountTokenCommand(options.login, options);
  if (!options.role)
    throw new Error('Give --role <role> (a development token) or --login <email> (a token for an account).');
  const role = options.role.toUpperCase();
  if (!(Object.values(Role) as string[]).includes(role)) {
    throw new Error(`--role must be one of ${Object.values(Role).join(', ')}; got "${options.role}".`);
  }
  const scoped = role === Role.OFFICER || role === Role.ASSOCIATION;
  if (scoped && !options.unit) throw new Error(`--unit <code> is required for role ${role}.`);
  if (!scoped && options.unit)
    throw new Error(`--unit applies only to OFFICER and ASSOCIATION; ${role} is not scoped.`);
  const config = loadConfig();
  let unit: { id: string; code: string } | undefined;
  if (options.unit) {
    const asOf = options.asOf ?? todayInVietnam();
    const db = await openPlatformDatabase(config);
    try {
      const found = await findUnitByCode(db.orm.em.fork(), options.unit, asOf);
      if (!found)
        throw new Error(
          `--unit ${options.unit}: no administrative unit has this code on ${asOf}${options.asOf ? ' (--as-of)' : ' (today)'}. Give --as-of YYYY-MM-DD for a unit that no longer exists.`,
        );
      unit = { id: found.id, code: found.code };
      console.error(`Scope: ${found.name} (${found.code}).`);
    } finally {
      await db.close();
    }
  }
  const tokens = new TokenService(await resolveSigningKeys(config));
  const subject = options.subject ?? `local-${role.toLowerCase()}${unit ? `-${unit.code}` : ''}`;
  console.log(
    await tokens.sign({ subject, role: role as Role, ...(unit ? { unit } : {}), expiresIn: options.expires }),
  );
}

/** A token for an account's grant, checked by the server like a signed-in user's. */
async function accountTokenCommand(login: string, options: TokenOptions): Promise<void> {
  const config = loadConfig();
  const tokens = new TokenService(await resolveSigningKeys(config));
  const db = await openPlatformDatabase(config);
  let principal;
  try {
    principal = await accountPrincipal(db.orm.em.fork(), login, { role: options.role, unitCode: options.unit });
  } finally {
    await db.close();
  }
  console.error(
    `Account ${login}, acting as ${principal.role}${'unitCode' in principal ? ` of ${principal.unitCode}` : ''}.`,
  );
  console.log(await tokens.signPrincipal(principal, options.expires));
}
