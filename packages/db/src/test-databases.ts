import pg from 'pg';
import { quoteIdent, withDatabase } from './database-url.js';

async function withMaintenanceClient<T>(serverUrl: string, work: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: withDatabase(serverUrl, 'postgres') });
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}

export async function dropDatabase(serverUrl: string, name: string): Promise<void> {
  await withMaintenanceClient(serverUrl, async (client) => {
    await client.query(`drop database if exists ${quoteIdent(name)} with (force)`);
  });
}

/** Drops every database whose name starts with the prefix: leftovers of an interrupted run. */
export async function dropDatabasesByPrefix(serverUrl: string, prefix: string): Promise<void> {
  await withMaintenanceClient(serverUrl, async (client) => {
    const { rows } = await client.query<{ datname: string }>(
      'select datname from pg_database where starts_with(datname, $1) and not datistemplate',
      [prefix],
    );
    for (const { datname } of rows) await client.query(`drop database if exists ${quoteIdent(datname)} with (force)`);
  });
}

/**
 * Builds a template database once (`prepare` migrates it and loads reference data); each test file
 * then gets its own copy in milliseconds, so files run in parallel and never see each other's rows.
 */
export async function createTemplateDatabase(
  serverUrl: string,
  name: string,
  prepare: (url: string) => Promise<void>,
): Promise<string> {
  await dropDatabase(serverUrl, name);
  await withMaintenanceClient(serverUrl, (client) => client.query(`create database ${quoteIdent(name)}`));
  await prepare(withDatabase(serverUrl, name));
  return name;
}

export async function cloneDatabase(serverUrl: string, template: string, name: string): Promise<string> {
  await withMaintenanceClient(serverUrl, async (client) => {
    await client.query(`drop database if exists ${quoteIdent(name)} with (force)`);
    await client.query(`create database ${quoteIdent(name)} template ${quoteIdent(template)}`);
  });
  return withDatabase(serverUrl, name);
}
