export { createApp, type AppOptions } from './app.js';
export { checkReadiness, type Readiness, type ReadinessOptions } from './health.js';
export { CONFIG_VARIABLES, loadConfig, resolveJwtSecret, resolveSigningKeys, type ServerConfig } from './config.js';
export { costLimitPlugin, limitRules, type QueryLimits } from './limits.js';
export { MigrationsPendingError, openPlatformDatabase, type PlatformDatabase } from './database.js';
export { PluginSetMismatchError, pluginSetOf, readPluginSet } from './plugin-set.js';
export type { PluginSetEntry } from './plugin-set.rules.js';
export { startPlatform, type Platform } from './platform.js';
export { buildHoctapSchema, printHoctapSchema, schemaFileDrift, type SchemaContribution } from './schema.js';
export {
  installPlugins,
  preparePlugins,
  PluginLoadError,
  type InstalledPlugins,
  type PreparedPlugins,
} from './plugins.js';
export { composePluginSchemas, type PluginSchemaResult } from './plugin-schema.js';
export {
  buildOperationsManifest,
  loadOperationsManifest,
  sha256Hex,
  type OperationsManifest,
} from './persisted-operations.js';
