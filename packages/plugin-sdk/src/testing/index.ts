/**
 * One test harness for the core's tests and the plugins' alike: databases cloned from a
 * migrated template (the provinces only, or the whole national map), the API in-process, and
 * a platform with plugins loaded as the server loads them.
 */
export * from './database.js';
export * from './api.js';
export * from './platform.js';
