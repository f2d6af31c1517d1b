import { join } from 'node:path';
import { createTemplateDatabase, dropDatabasesByPrefix, openDatabaseServer } from '@hoctap/db';
import { openPlatformDatabase } from '@hoctap/server';
import type {} from '@hoctap/server/testing';
import type { TestProject } from 'vitest/node';

const TEMPLATE = 'hoctap_test_template';

/**
 * One PostgreSQL server for the whole run: DATABASE_URL's when set (CI runs once that way), else
 * an embedded one under .data/test-postgres. The template is rebuilt every run so it always
 * matches the migrations in the working tree.
 */
export default async function setup(project: TestProject) {
  const started = Date.now();
  const server = await openDatabaseServer({
    databaseUrl: process.env.DATABASE_URL,
    dataDir: process.env.HOCTAP_TEST_DATA_DIR ?? join(import.meta.dirname, '../../.data/test-postgres'),
  });
  await dropDatabasesByPrefix(server.url, 'hoctap_test_');
  await createTemplateDatabase(server.url, TEMPLATE, async (url) => {
    const db = await openPlatformDatabase({ databaseUrl: url, dataDir: '' });
    await db.close();
  });
  project.provide('testServerUrl', server.url);
  project.provide('testTemplate', TEMPLATE);
  console.error(
    `Test database server ready in ${Date.now() - started} ms (${server.embedded ? 'embedded PostgreSQL' : 'DATABASE_URL'}).`,
  );
  return async () => {
    await dropDatabasesByPrefix(server.url, 'hoctap_test_');
    await server.stop();
  };
}
