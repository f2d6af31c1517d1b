/**
 * The public surface a province plugin may use. Plugins import only this package (enforced by
 * lint); everything else in the platform is internal and may change between minor versions.
 * The plugin contract itself (definePlugin, extension points, the test harness) is issue #6.
 */
export { CORE_VERSION, Role, type Principal, type RequestContext } from '@hoctap/core';
