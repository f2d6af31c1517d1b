import { findUnitByCode, Role, todayInVietnam, TokenService } from '@hoctap/core';
import { loadConfig, openPlatformDatabase, resolveJwtSecret } from '@hoctap/server';

export interface TokenOptions {
  role: string;
  unit?: string;
  asOf?: string;
  subject?: string;
  expires: string;
}

/** `hoctap token`: prints a bearer token the local server accepts (same secret, same data dir). */
export async function tokenCommand(options: TokenOptions): Promise<void> {
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
  const tokens = new TokenService(await resolveJwtSecret(config));
  const subject = options.subject ?? `local-${role.toLowerCase()}${unit ? `-${unit.code}` : ''}`;
  console.log(
    await tokens.sign({ subject, role: role as Role, ...(unit ? { unit } : {}), expiresIn: options.expires }),
  );
}
