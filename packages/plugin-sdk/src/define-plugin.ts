import { CORE_VERSION, type PluginDefinition } from '@hoctap/core';

/**
 * Declares a province plugin. It only returns the declaration, typed: the platform checks it at
 * start-up (and `createTestPlatform` in tests), refusing to start with a message naming the
 * plugin and the problem, so a mistake is found before any request is served.
 */
export function definePlugin<const T extends PluginDefinition>(definition: T): T {
  return definition;
}

/** The core version this SDK was built with; a plugin's `core` range must include it. */
export const SDK_CORE_VERSION = CORE_VERSION;
