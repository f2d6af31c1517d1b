import type { ScaffoldFile, ScaffoldPlan } from './plugin-template.rules.js';

/** package.json and the two tsconfig files, shaped like the first-party plugins' (plugins/ha-nam). */
export function packageFiles(plan: ScaffoldPlan): ScaffoldFile[] {
  const pkg = {
    name: `@hoctap/plugin-${plan.id}`,
    version: '1.0.0',
    private: true,
    description: `Hoc Tap plugin: ${plan.name}`,
    type: 'module',
    exports: {
      '.': {
        '@hoctap/source': './src/index.ts',
        types: './dist/index.d.ts',
        default: './dist/index.js',
      },
    },
    scripts: {
      build: 'tsc -p tsconfig.build.json',
      typecheck: 'tsc -p tsconfig.json --noEmit',
      lint: 'eslint src',
      test: 'vitest run --config ../../vitest.config.ts --dir .',
    },
    dependencies: { '@hoctap/plugin-sdk': 'workspace:*' },
    devDependencies: { vitest: '5.1.1' },
  };
  return [
    { path: 'package.json', content: `${JSON.stringify(pkg, null, 2)}\n` },
    { path: 'tsconfig.json', content: TSCONFIG },
    { path: 'tsconfig.build.json', content: TSCONFIG_BUILD },
  ];
}

const TSCONFIG = `{
  "extends": "../../tsconfig.json",
  "compilerOptions": { "customConditions": ["@hoctap/source"] },
  "include": ["src"]
}
`;

const TSCONFIG_BUILD = `{
  "extends": "../../tsconfig.json",
  "compilerOptions": {
    "noEmit": false,
    "customConditions": [],
    "outDir": "dist",
    "rootDir": "src",
    "declaration": true,
    "sourceMap": true,
    "allowImportingTsExtensions": false
  },
  "include": ["src"],
  "exclude": ["src/**/*.test.ts", "src/**/*.test-helpers.ts"]
}
`;
