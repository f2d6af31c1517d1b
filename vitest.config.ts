import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

const require = createRequire(import.meta.url);
const packages = fileURLToPath(new URL('./packages/', import.meta.url));
const plugins = fileURLToPath(new URL('./plugins/', import.meta.url));

export default defineConfig({
  resolve: {
    alias: [
      // Tests run against the packages' TypeScript sources, so they need no build (and never see a stale one).
      { find: '@hoctap/plugin-sdk/testing', replacement: `${packages}plugin-sdk/src/testing/index.ts` },
      { find: '@hoctap/core/public', replacement: `${packages}core/src/public/index.ts` },
      { find: /^@hoctap\/plugin-(?!sdk$)([a-z-]+)$/, replacement: `${plugins}$1/src/index.ts` },
      {
        find: /^@hoctap\/(core|db|server|plugin-sdk|client|cli|bench-data)$/,
        replacement: `${packages}$1/src/index.ts`,
      },
      // type-graphql loads graphql's CommonJS build; without this alias Vitest would load the ESM
      // build as well and the schema fails with "Duplicate graphql modules".
      {
        find: /^graphql$/,
        replacement: require.resolve('graphql', {
          paths: [require.resolve('type-graphql', { paths: ['packages/core'] })],
        }),
      },
    ],
  },
  test: {
    include: [
      'packages/*/src/**/*.test.ts',
      'packages/console/src/**/*.test.tsx',
      'plugins/*/src/**/*.test.ts',
      'test/e2e/**/*.test.ts',
    ],
    globalSetup: ['test/setup/global-setup.ts'],
    // The default output, plus every skipped test with its reason.
    reporters: ['default', './test/setup/skipped-reporter.ts'],
    // Decorated classes need the metadata polyfill before they load, as the packages' entry points do.
    setupFiles: ['reflect-metadata'],
    // Database-backed tests clone a template and may start a server; 2-core CI machines are slow.
    testTimeout: 30_000,
    hookTimeout: 60_000,
  },
});
