import { useTestPlatform } from '@hoctap/plugin-sdk/testing';
import { expect, it } from 'vitest';
import dongThap from './index.js';

const platform = useTestPlatform({ plugins: [dongThap] });

const SCHEMA = 'plugin_dong_thap';

/**
 * What the diff may say that is not the plugin's business: the platform creates the schema and
 * keeps the migration history table in it (no entity declares either), and with `schema` set
 * MikroORM still lists the core's enum types in `public`, which the core's own test covers.
 */
const platformOwned = (statement: string) =>
  !statement.includes(`"${SCHEMA}".`) ||
  statement.startsWith(`drop table if exists "${SCHEMA}"."migrations"`) ||
  statement === `drop schema if exists "${SCHEMA}";`;

it(`leaves nothing between the plugin's migrations and its entities (schema ${SCHEMA})`, async () => {
  const sql = await platform.orm.schema.getUpdateSchemaSQL({ wrap: false, schema: SCHEMA });
  const statements = sql
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => line && !platformOwned(line));
  expect(statements).toEqual([]);
});
