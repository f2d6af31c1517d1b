import type { MigrationObject } from '@hoctap/plugin-sdk';
import { Migration20261128090000_reported_results } from './Migration20261128090000_reported_results.js';

/** The plugin's migrations in the order they run; the platform keeps their history in plugin_ha_nam.migrations. */
export const HA_NAM_MIGRATIONS: MigrationObject[] = [
  { name: 'Migration20261128090000_reported_results', class: Migration20261128090000_reported_results },
];
