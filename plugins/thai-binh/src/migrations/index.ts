import type { MigrationObject } from '@hoctap/plugin-sdk';
import { Migration20261128091000_annual_targets } from './Migration20261128091000_annual_targets.js';

/** The plugin's migrations in the order they run; the platform keeps their history in plugin_thai_binh.migrations. */
export const THAI_BINH_MIGRATIONS: MigrationObject[] = [
  { name: 'Migration20261128091000_annual_targets', class: Migration20261128091000_annual_targets },
];
