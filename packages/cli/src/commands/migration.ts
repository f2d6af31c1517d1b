import { coreModule } from '@hoctap/core';
import { coreMigrations, createMigration, openDatabaseServer } from '@hoctap/db';
import { loadConfig } from '@hoctap/server';

/** `hoctap migration create <name>` (for developers): writes a migration for what the entities changed. */
export async function migrationCreateCommand(name: string): Promise<void> {
  if (!/^[a-z][a-z0-9-]*$/.test(name))
    throw new Error('The migration name must be kebab-case, e.g. "add-evaluations".');
  const config = loadConfig();
  const server = await openDatabaseServer({ databaseUrl: config.databaseUrl, dataDir: config.dataDir });
  try {
    const result = await createMigration({
      serverUrl: server.url,
      entities: coreModule.entities,
      migrations: coreMigrations,
      name: name.replaceAll('-', '_'),
    });
    console.error(
      result.file
        ? `Wrote ${result.file} (${result.statements} statements) and updated the index.`
        : 'No changes: the entities match the migrations.',
    );
  } finally {
    await server.stop();
  }
}
