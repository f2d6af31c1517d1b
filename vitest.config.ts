import { createRequire } from 'node:module';
import { defineConfig } from 'vitest/config';

const require = createRequire(import.meta.url);

export default defineConfig({
  resolve: {
    // Tests run against the packages' TypeScript sources, so they need no build.
    conditions: ['@hoctap/source'],
    alias: {
      // type-graphql loads graphql's CommonJS build; without this alias Vitest would load the ESM
      // build as well and the schema fails with "Duplicate graphql modules".
      graphql: require.resolve('graphql', { paths: [require.resolve('type-graphql', { paths: ['packages/core'] })] }),
    },
  },
  ssr: { resolve: { conditions: ['@hoctap/source'] } },
  test: {
    include: ['packages/*/src/**/*.test.ts', 'plugins/*/src/**/*.test.ts', 'test/e2e/**/*.test.ts'],
    globalSetup: ['test/setup/global-setup.ts'],
    // Decorated classes need the metadata polyfill before they load, as the packages' entry points do.
    setupFiles: ['reflect-metadata'],
    // Database-backed tests clone a template and may start a server; 2-core CI machines are slow.
    testTimeout: 30_000,
    hookTimeout: 60_000,
  },
});
