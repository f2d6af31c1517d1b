// Lint rules, each with the reason it is on. Type-aware rules need the TypeScript project service.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  {
    ignores: [
      '**/dist/**',
      '**/node_modules/**',
      'packages/client/src/gql/**',
      '.data/**',
      'packages/db/src/migrations/Migration*.ts',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ['**/*.ts'],
    languageOptions: {
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
    },
    rules: {
      // A promise nobody awaits loses its error and can outlive the transaction it belongs to.
      '@typescript-eslint/no-floating-promises': 'error',
      // Passing an async function where a void callback is expected swallows its rejection.
      '@typescript-eslint/no-misused-promises': ['error', { checksVoidReturn: { arguments: false } }],
      // A new enum value (a role, a level, a state) must be handled wherever the enum is switched on.
      '@typescript-eslint/switch-exhaustiveness-check': 'error',
      // Type-only imports disappear at runtime; marking them keeps decorator metadata imports honest.
      '@typescript-eslint/consistent-type-imports': [
        'error',
        { fixStyle: 'inline-type-imports', disallowTypeAnnotations: false },
      ],
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      // Functions with many positional parameters are easy to call wrongly; pass an object instead.
      'max-params': ['error', 4],
      // A change runs through mutate() (common/mutate.ts): its transaction refuses a second pool
      // connection, maps database errors, audits with the request id and stops at shutdown.
      'no-restricted-syntax': [
        'error',
        {
          selector: "CallExpression[callee.property.name='transactional']",
          message: 'Use mutate() from common/mutate.ts (plugins: from @hoctap/plugin-sdk) to change data.',
        },
      ],
    },
  },
  {
    // Jobs outside any request (start-up reference data, imports, the standards refresh, the
    // benchmark generator) run their own transactions, on their own EntityManager.
    files: [
      'packages/core/src/common/mutate.ts',
      'packages/core/src/common/reference-data.ts',
      'packages/core/src/geography/geo-import.service.ts',
      'packages/core/src/auth/account-admin.service.ts',
      'packages/core/src/education-standards/standard-results.service.ts',
      'packages/bench-data/src/bench-data.service.ts',
      'packages/core/src/evaluations/evaluation-import.service.ts',
      'packages/db/src/plugin-migrations.ts',
      '**/*.test.ts',
    ],
    rules: { 'no-restricted-syntax': 'off' },
  },
  {
    // Resolver arguments are decorated parameters (one per GraphQL argument plus the context).
    files: ['**/*.resolver.ts'],
    rules: { 'max-params': 'off', '@typescript-eslint/consistent-type-imports': 'off' },
  },
  {
    // Table-driven tests destructure one row per case into parameters.
    files: ['**/*.test.ts'],
    rules: { 'max-params': 'off' },
  },
  {
    // Decorated classes need their property types as values at runtime (emitDecoratorMetadata).
    files: ['**/*.entity.ts', '**/*.types.ts'],
    rules: { '@typescript-eslint/consistent-type-imports': 'off' },
  },
  {
    // The plugin boundary is a contract: province plugins may use only the SDK.
    files: ['plugins/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['@hoctap/*', '!@hoctap/plugin-sdk', '!@hoctap/plugin-sdk/*'],
              message: 'Plugins import only @hoctap/plugin-sdk.',
            },
            {
              // The SDK re-exports the decorators and helpers a plugin needs, at versions the core agrees with.
              group: ['type-graphql', 'type-graphql/*', '@mikro-orm/*', 'graphql'],
              message: 'Plugins import only @hoctap/plugin-sdk, which re-exports what they need.',
            },
          ],
        },
      ],
    },
  },
);
