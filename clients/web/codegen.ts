import type { CodegenConfig } from '@graphql-codegen/cli';
import { addTypenameSelectionDocumentTransform } from '@graphql-codegen/client-preset';

/**
 * Operation types from the committed client-facing schema (the same approach as clients/sdk):
 * every `src/**\/*.graphql` document becomes a typed document node in src/generated/, carrying
 * its trusted-document id (`__meta__.hash`, sha256 of the normalised document), and
 * src/generated/persisted-documents.json is the manifest of those ids the gateway loads. The
 * registered documents select `__typename` everywhere, as urql's normalised cache needs it in
 * every answer (the client sends only the id, so the hub runs exactly the registered text).
 */
export const codegenConfig: CodegenConfig = {
  schema: '../../schema/api.graphql',
  documents: ['src/**/*.graphql'],
  ignoreNoDocuments: false,
  generates: {
    [process.env.CODEGEN_OUT ?? 'src/generated/']: {
      preset: 'client',
      documentTransforms: [addTypenameSelectionDocumentTransform],
      presetConfig: {
        fragmentMasking: false,
        persistedDocuments: { hashAlgorithm: 'sha256' },
      },
      config: {
        enumsAsTypes: true,
        useTypeImports: true,
        scalars: { ID: 'string', DateTimeISO: 'string', SafeInt: 'number' },
      },
    },
  },
};

export default codegenConfig;
