import { Entity, Index, ManyToOne, PrimaryKey, Property } from '@mikro-orm/decorators/legacy';
import { OptionalProps } from '@mikro-orm/core';
import { timeOrderedId } from '../common/ids.js';
import { AdminUnit } from '../geography/admin-unit.entity.js';
import type { Role } from './roles.js';

/**
 * A person who signs in. Personal data is kept to what sign-in and contact need: a name, a login
 * (the e-mail address by default), an optional e-mail and phone. The password is kept only as an
 * Argon2id hash. `authRevision` is written into every access token: bumping it (sign out
 * everywhere, deactivation, password change) makes all earlier tokens fail on the next request.
 */
@Entity({ tableName: 'app_user' })
export class User {
  [OptionalProps]?: 'id' | 'active' | 'authRevision' | 'failedAttempts' | 'version' | 'createdAt' | 'updatedAt';

  @PrimaryKey({ type: 'uuid' })
  id: string = timeOrderedId();

  @Property({ type: 'text' })
  name!: string;

  /** What the person types to sign in, kept in lower case; unique. */
  @Property({ type: 'text', unique: true })
  login!: string;

  @Property({ type: 'text', nullable: true })
  email?: string | null;

  @Property({ type: 'text', nullable: true })
  phone?: string | null;

  @Property({ type: 'boolean' })
  active: boolean = true;

  @Property({ type: 'int' })
  authRevision: number = 0;

  /** Argon2id PHC string; null until a password is set. Never logged, never returned. */
  @Property({ type: 'text', nullable: true, hidden: true, lazy: true })
  passwordHash?: string | null;

  @Property({ type: 'int' })
  failedAttempts: number = 0;

  @Property({ type: 'timestamptz', nullable: true })
  lockedUntil?: Date | null;

  @Property({ version: true })
  version!: number;

  @Property({ type: 'timestamptz' })
  createdAt: Date = new Date();

  @Property({ type: 'timestamptz', onUpdate: () => new Date() })
  updatedAt: Date = new Date();
}

/** One role a user holds in one unit (national roles: no unit), optionally for an agency. */
@Entity({ tableName: 'user_grant' })
export class UserGrant {
  [OptionalProps]?: 'id' | 'createdAt' | 'unit' | 'agency';

  @PrimaryKey({ type: 'uuid' })
  id: string = timeOrderedId();

  @ManyToOne(() => User, { deleteRule: 'cascade' })
  @Index()
  user!: User;

  @Property({ type: 'text' })
  role!: Role;

  @ManyToOne(() => AdminUnit, { nullable: true })
  @Index()
  unit?: AdminUnit | null;

  /** The agency's code (e.g. a department), free text until agencies are reference data. */
  @Property({ type: 'text', nullable: true })
  agency?: string | null;

  @Property({ type: 'timestamptz' })
  createdAt: Date = new Date();
}

/** A sign-in on one device: the family its refresh tokens belong to, revoked as a whole. */
@Entity({ tableName: 'auth_session' })
export class AuthSession {
  [OptionalProps]?: 'id' | 'createdAt' | 'lastUsedAt' | 'revokedAt';

  @PrimaryKey({ type: 'uuid' })
  id: string = timeOrderedId();

  @ManyToOne(() => User, { deleteRule: 'cascade' })
  @Index()
  user!: User;

  /** The grant the session acts under (switchGrant changes it). */
  @ManyToOne(() => UserGrant, { nullable: true, deleteRule: 'set null' })
  grant?: UserGrant | null;

  @Property({ type: 'timestamptz' })
  createdAt: Date = new Date();

  @Property({ type: 'timestamptz' })
  lastUsedAt: Date = new Date();

  @Property({ type: 'timestamptz', nullable: true })
  revokedAt?: Date | null;
}

/** One refresh token of a session, by its SHA-256 hash; used once, then replaced. */
@Entity({ tableName: 'refresh_token' })
export class RefreshToken {
  [OptionalProps]?: 'id' | 'createdAt' | 'usedAt';

  @PrimaryKey({ type: 'uuid' })
  id: string = timeOrderedId();

  @ManyToOne(() => AuthSession, { deleteRule: 'cascade' })
  @Index()
  session!: AuthSession;

  @Property({ type: 'text', unique: true })
  tokenHash!: string;

  @Property({ type: 'timestamptz' })
  createdAt: Date = new Date();

  @Property({ type: 'timestamptz' })
  expiresAt!: Date;

  /** When it was exchanged for a new one; presenting it again is a reuse. */
  @Property({ type: 'timestamptz', nullable: true })
  usedAt?: Date | null;
}

/** A one-time password-reset token an administrator issued, by its SHA-256 hash. */
@Entity({ tableName: 'password_reset' })
export class PasswordReset {
  [OptionalProps]?: 'id' | 'createdAt' | 'usedAt';

  @PrimaryKey({ type: 'uuid' })
  id: string = timeOrderedId();

  @ManyToOne(() => User, { deleteRule: 'cascade' })
  user!: User;

  @Property({ type: 'text', unique: true })
  tokenHash!: string;

  @Property({ type: 'timestamptz' })
  createdAt: Date = new Date();

  @Property({ type: 'timestamptz' })
  expiresAt!: Date;

  @Property({ type: 'timestamptz', nullable: true })
  usedAt?: Date | null;
}

/**
 * One row: a counter database triggers bump whenever a user's `active` or `auth_revision`, or any
 * grant, changes. Servers read it to know when their account cache is stale (account-state.ts).
 */
@Entity({ tableName: 'account_state' })
export class AccountStateVersion {
  @PrimaryKey({ type: 'int', autoincrement: false })
  id!: number;

  @Property({ type: 'bigint' })
  version!: string;
}

export const accountEntities = [User, UserGrant, AuthSession, RefreshToken, PasswordReset, AccountStateVersion];
