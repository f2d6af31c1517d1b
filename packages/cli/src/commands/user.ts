import { addUserLocally, grantLocally, listUsersLocally, todayInVietnam } from '@hoctap/core';
import { loadConfig, openPlatformDatabase } from '@hoctap/server';

export interface UserAddOptions {
  name: string;
  email?: string;
  login?: string;
  role: string;
  unit?: string;
  agency?: string;
  /** Read the password from standard input instead of printing a one-time reset token. */
  passwordStdin?: boolean;
}

export interface UserGrantOptions {
  role: string;
  unit?: string;
  agency?: string;
}

async function withDatabase<T>(work: (em: Parameters<typeof addUserLocally>[0]) => Promise<T>): Promise<T> {
  const db = await openPlatformDatabase(loadConfig(), (line) => console.error(line));
  try {
    return await work(db.orm.em.fork());
  } finally {
    await db.close();
  }
}

async function readStdin(): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks)
    .toString('utf8')
    .replace(/\r?\n$/, '');
}

/** `hoctap user add`: an account with its first grant (the first administrator on a fresh install). */
export async function userAddCommand(options: UserAddOptions): Promise<void> {
  const login = options.login ?? options.email;
  if (!login) throw new Error('Give --email <address> or --login <name>.');
  const password = options.passwordStdin ? await readStdin() : undefined;
  const { user, reset } = await withDatabase((em) =>
    addUserLocally(
      em,
      {
        name: options.name,
        login,
        email: options.email,
        password,
        grant: { role: options.role, unitCode: options.unit, agency: options.agency },
      },
      todayInVietnam(),
    ),
  );
  console.error(
    `Created user ${user.login} (${options.role.toUpperCase()}${options.unit ? ` of ${options.unit}` : ''}).`,
  );
  if (reset) {
    console.error(
      `One-time password-reset token (valid until ${reset.expiresAt.toISOString()}); give it to the user, who sets a password with:\n` +
        `  mutation { setPassword(resetToken: "${reset.token}", newPassword: "…at least 12 characters…") }`,
    );
    console.log(reset.token);
  }
}

/** `hoctap user grant <login>`: one more grant for a user. */
export async function userGrantCommand(login: string, options: UserGrantOptions): Promise<void> {
  const grant = await withDatabase((em) =>
    grantLocally(em, login, { role: options.role, unitCode: options.unit, agency: options.agency }, todayInVietnam()),
  );
  console.error(`Granted ${grant.role}${options.unit ? ` of ${options.unit}` : ''} to ${login}.`);
}

/** `hoctap user list`: every account, its state and grants. */
export async function userListCommand(): Promise<void> {
  const users = await withDatabase((em) => listUsersLocally(em));
  if (users.length === 0) console.error('No users yet: create the first administrator with `pnpm hoctap user add`.');
  for (const u of users)
    console.log(
      `${u.login}\t${u.active ? 'active' : 'deactivated'}\t${u.grants.join(', ') || '(no grant)'}\t${u.name}`,
    );
}
