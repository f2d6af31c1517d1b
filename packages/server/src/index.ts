export { createApp, type AppOptions } from './app.js';
export { loadConfig, resolveJwtSecret, resolveSigningKeys, type ServerConfig } from './config.js';
export { costLimitPlugin, limitRules, type QueryLimits } from './limits.js';
export { openPlatformDatabase, type PlatformDatabase } from './database.js';
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
