import type { CodegenConfig } from '@graphql-codegen/cli';

// Types for the console's operations from the hub's committed schema, and the trusted-documents
// manifest (src/gql/persisted-documents.json) a hub can run with TRUSTED_DOCUMENTS=only.
const config: CodegenConfig = {
  schema: '../schema/schema.graphql',
  documents: ['src/**/*.{ts,tsx}', '!src/gql/**/*'],
  ignoreNoDocuments: false,
  generates: {
    './src/gql/': {
      preset: 'client',
      presetConfig: {
        fragmentMasking: false,
        persistedDocuments: { mode: 'embedHashInDocument', hashPropertyName: 'hash', hashAlgorithm: 'sha256' },
      },
      config: {
        enumsAsTypes: true,
        scalars: { DateTimeISO: 'string' },
        useTypeImports: true,
      },
    },
  },
};

export default config;
