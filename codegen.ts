import type { CodegenConfig } from '@graphql-codegen/cli';

/**
 * The web's GraphQL types and typed documents, generated from the committed SDL by `npm run codegen`
 * into web/graphql/ (committed; test/unit/web-codegen.test.ts fails when it is stale). Each component
 * declares the fragment it reads beside itself (`Component_prop`); an operation spreads it by name.
 * Nothing reads a fragment's constant at run time: declaring it is what puts it into web/graphql/.
 */
const config: CodegenConfig = {
  schema: 'schema/schema.graphql',
  documents: ['web/**/*.{ts,tsx}', '!web/graphql/**'],
  // The web is ESM resolved the Node way: relative imports need their .js.
  emitLegacyCommonJSImports: false,
  generates: {
    'web/graphql/': {
      preset: 'client',
      // Apollo hands every component the whole result, so a component's props are its fragment's type, unmasked.
      presetConfig: { fragmentMasking: false },
      // Documents stay parsed DocumentNodes (the preset's default), as Apollo Client needs: `documentMode:
      // 'string'` suits fetch-based clients only. The landing page stays under budget without the babel plugin.
      config: {
        useTypeImports: true,
        onlyOperationTypes: true,
        enumsAsTypes: true,
        // The cache adds __typename to every selection, and a null field is null, never missing.
        nonOptionalTypename: true,
        skipTypeNameForRoot: true,
        avoidOptionals: { field: true, inputValue: false, object: false, defaultValue: false },
      },
    },
  },
};

export default config;
