import { join } from 'node:path';
import {
  cloneDatabase,
  createTemplateDatabase,
  dropDatabase,
  dropDatabasesByPrefix,
  openDatabaseServer,
} from '@hoctap/db';
import { openPlatformDatabase } from '@hoctap/server';
import type {} from '@hoctap/plugin-sdk/testing';
import type { TestProject } from 'vitest/node';
import { spawnSync } from 'node:child_process';

/**
 * Fault tests run the real `hoctap` command in child processes (a server to SIGTERM, an import to
 * kill -9), which needs the built packages: built once here, not by each test file at once. The
 * command's own freshness check makes this instant when nothing changed.
 */
function buildCli(): string | null {
  const root = join(import.meta.dirname, '../..');
  const run = spawnSync(process.execPath, [join(root, 'scripts/hoctap.mjs'), '--version'], {
    cwd: root,
    encoding: 'utf8',
  });
  // Only the tests that run the CLI need it: they fail with this message; the others run on.
  return run.status === 0 ? null : `Building the CLI failed:\n${run.stderr}${run.stdout}`;
}

const TEMPLATE = 'hoctap_test_template';
const NATIONAL_TEMPLATE = 'hoctap_test_template_national';

/**
 * One PostgreSQL server for the whole run: DATABASE_URL's when set (CI runs once that way), else
 * an embedded one under .data/test-postgres. The template is rebuilt every run so it always
 * matches the migrations in the working tree.
 */
export default async function setup(project: TestProject) {
  const started = Date.now();
  project.provide('cliBuildError', buildCli());
  const server = await openDatabaseServer({
    databaseUrl: process.env.DATABASE_URL,
    dataDir: process.env.HOCTAP_TEST_DATA_DIR ?? join(import.meta.dirname, '../../.data/test-postgres'),
  });
  await dropDatabasesByPrefix(server.url, 'hoctap_test_');
  // Most test files add the few units they need to a template with the provinces only; those that
  // need the whole country clone a second template with the shipped national map loaded.
  await createTemplateDatabase(server.url, TEMPLATE, async (url) => {
    const db = await openPlatformDatabase({ databaseUrl: url, dataDir: '' }, undefined, null, { nationalMap: false });
    await db.close();
  });
  const mapStarted = Date.now();
  await dropDatabase(server.url, NATIONAL_TEMPLATE);
  const nationalUrl = await cloneDatabase(server.url, TEMPLATE, NATIONAL_TEMPLATE);
  const national = await openPlatformDatabase({ databaseUrl: nationalUrl, dataDir: '' });
  await national.close();
  project.provide('testServerUrl', server.url);
  project.provide('testTemplate', TEMPLATE);
  project.provide('testNationalTemplate', NATIONAL_TEMPLATE);
  console.error(
    `Test database server ready in ${Date.now() - started} ms, of which the national map template ${Date.now() - mapStarted} ms (${server.embedded ? 'embedded PostgreSQL' : 'DATABASE_URL'}).`,
  );
  return async () => {
    await dropDatabasesByPrefix(server.url, 'hoctap_test_');
    await dropDatabase(server.url, NATIONAL_TEMPLATE);
    await server.stop();
  };
}
