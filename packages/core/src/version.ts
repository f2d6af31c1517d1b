/** The core's semantic version; a plugin's `core` range is checked against it at start-up. */
export const CORE_VERSION = '1.0.0';
