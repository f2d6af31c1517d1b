/** The PostgreSQL schema holding a plugin's tables. */
export const pluginSchemaOf = (id: string) => `plugin_${id.replaceAll('-', '_')}`;

/** The camelCase form of a prefix, which root fields start with: DongThap → dongThap. */
export const fieldPrefixOf = (prefix: string) => prefix.charAt(0).toLowerCase() + prefix.slice(1);
