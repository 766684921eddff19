import type { CodegenConfig } from '@graphql-codegen/cli';

/**
 * Operation types from the committed client-facing schema (the same approach as clients/sdk):
 * every `src/**\/*.graphql` document becomes a typed document node in src/generated/.
 */
export const codegenConfig: CodegenConfig = {
  schema: '../../schema/api.graphql',
  documents: ['src/**/*.graphql'],
  ignoreNoDocuments: false,
  generates: {
    [process.env.CODEGEN_OUT ?? 'src/generated/']: {
      preset: 'client',
      presetConfig: { fragmentMasking: false },
      config: {
        enumsAsTypes: true,
        useTypeImports: true,
        scalars: { ID: 'string', DateTimeISO: 'string', SafeInt: 'number' },
      },
    },
  },
};

export default codegenConfig;
