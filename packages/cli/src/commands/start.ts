import { countUsers } from '@hoctap/core';
import { loadConfig, startPlatform } from '@hoctap/server';
import { resolvePlugins } from '../plugins.js';
import { loadDemoWithProgress, printDemoGuide } from './demo.js';

export interface StartOptions {
  /** Load the demo dataset once the database is ready, and print its tokens and queries. */
  demo?: boolean;
  /** False with `--no-migrate`: the database must already be migrated with this plugin set. */
  migrate?: boolean;
}

/** `hoctap start`: database, migrations, reference data, then GraphQL until SIGINT/SIGTERM. */
export async function startCommand(options: StartOptions = {}): Promise<void> {
  const config = loadConfig();
  const plugins = await resolvePlugins(config.plugins);
  const platform = await startPlatform(config, (line) => console.error(line), plugins, {
    migrate: options.migrate ?? true,
  });
  if (options.demo) {
    try {
      await loadDemoWithProgress(platform.orm, platform.plugins);
      await printDemoGuide(platform.orm, config, '8h');
    } catch (error) {
      await platform.close();
      throw error;
    }
  }
  if ((await countUsers(platform.orm.em.fork())) === 0)
    console.error(
      'No user accounts yet. Create the first administrator (in another terminal):\n' +
        '  pnpm hoctap user add --name "Quản trị viên" --email admin@example.gov.vn --role ADMIN\n' +
        'It prints a one-time token to set the password with the setPassword mutation (or pass --password-stdin).',
    );
  console.error(
    `Hoc Tap GraphQL API ready at ${platform.url}/graphql (health: ${platform.url}/healthz, readiness: ${platform.url}/readyz)`,
  );
  let stopping = false;
  const stop = (signal: string) => {
    if (stopping) return;
    stopping = true;
    console.error(`${signal} received: finishing requests in flight, then stopping …`);
    platform.close().then(
      () => {
        console.error('Stopped cleanly.');
        process.exit(0);
      },
      (error: unknown) => {
        console.error('Shutdown failed:', error);
        process.exit(1);
      },
    );
  };
  process.on('SIGINT', () => stop('SIGINT'));
  process.on('SIGTERM', () => stop('SIGTERM'));
}
