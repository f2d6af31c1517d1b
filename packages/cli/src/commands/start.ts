import { loadConfig, startPlatform } from '@hoctap/server';
import { resolvePlugins } from '../plugins.js';

/** `hoctap start`: database, migrations, reference data, then GraphQL until SIGINT/SIGTERM. */
export async function startCommand(): Promise<void> {
  const config = loadConfig();
  const plugins = await resolvePlugins(config.plugins);
  const platform = await startPlatform(config, (line) => console.error(line), plugins);
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
