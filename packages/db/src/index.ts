export { databaseOf, quoteIdent, withDatabase } from './database-url.js';
export { freePort, startEmbeddedPostgres, type EmbeddedOptions, type EmbeddedServer } from './embedded.js';
export { coreMigrations } from './migrations/index.js';
export {
  DEFAULT_LIMITS,
  migrate,
  migrationStatus,
  openOrm,
  ormConfig,
  type ConnectionLimits,
  type MigrationStatus,
  type OrmOptions,
} from './orm.js';
export {
  ensureDatabase,
  openDatabaseServer,
  terminateBackends,
  type DatabaseServer,
  type DatabaseServerOptions,
} from './server.js';
export { cloneDatabase, createTemplateDatabase, dropDatabase, dropDatabasesByPrefix } from './test-databases.js';
export { createMigration, CORE_MIGRATIONS_DIR, writeMigrationIndex } from './migration-create.js';
export { migratePlugin, pendingPluginMigrations, PluginMigrationError } from './plugin-migrations.js';
export { STARTUP_LOCK_KEY, withStartupLock } from './startup-lock.js';
export {
  backupDatabase,
  findPgTool,
  isEmptyDatabase,
  libpqEnv,
  PgToolMissingError,
  restoreDatabase,
  serverMajor,
  type PgTool,
} from './backup.js';
export { ReplicaRouting, type ReplicaRoutingOptions, type ReplicaStatus } from './replica-routing.js';
