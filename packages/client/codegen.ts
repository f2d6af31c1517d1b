import type { CodegenConfig } from '@graphql-codegen/cli';

/** Typed documents for client apps, from the committed schema and the example operations. */
export const codegenConfig: CodegenConfig = {
  schema: '../../schema/schema.graphql',
  documents: ['../../schema/operations/*.graphql'],
  ignoreNoDocuments: false,
  generates: {
    'src/gql/': {
      preset: 'client',
      presetConfig: { fragmentMasking: false },
      config: {
        useTypeImports: true,
        enumsAsTypes: true,
        emitLegacyCommonJSImports: false,
        scalars: { Date: 'string' },
        documentMode: 'documentNode',
      },
    },
  },
};

export default codegenConfig;
