// ESLint for the hub: typescript-eslint's recommended rules plus the type-checked ones, which
// catch what matters most in a hub that must record every look before it answers — promises
// nobody awaits (an audit append that silently fails) and `any` leaking past the schema.
// Formatting is Prettier's job (eslint-config-prettier turns off the rules that overlap).
import eslint from '@eslint/js';
import tseslint from 'typescript-eslint';
import prettier from 'eslint-config-prettier';

export default tseslint.config(
  {
    ignores: [
      'dist/**',
      'node_modules/**',
      'console/**',
      'docs/**',
      'coverage/**',
      'tests/architecture/fixtures/**',
      '*.cjs',
      '*.mjs',
    ],
  },
  eslint.configs.recommended,
  ...tseslint.configs.recommendedTypeChecked,
  {
    languageOptions: { parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname } },
    rules: {
      // Apollo's plugin hooks and the stores behind one interface are async by contract, whether
      // or not a given implementation awaits: an async function without await is not a bug.
      '@typescript-eslint/require-await': 'off',
      // The hub's enums are string enums whose values are their names, compared on purpose with
      // the same strings as they come from SQL rows and the demo scenario.
      '@typescript-eslint/no-unsafe-enum-comparison': 'off',
      // A leading underscore marks a value left out on purpose (`const { secret: _secret, ...shown } = x`).
      '@typescript-eslint/no-unused-vars': [
        'error',
        {
          argsIgnorePattern: '^_',
          varsIgnorePattern: '^_',
          destructuredArrayIgnorePattern: '^_',
          ignoreRestSiblings: true,
        },
      ],
    },
  },
  {
    // Tests read GraphQL responses as untyped JSON on purpose: they assert on the shape the hub
    // sends, not on a type the compiler was told to trust. Promise and `this` rules stay on.
    files: ['tests/**/*.ts'],
    rules: {
      '@typescript-eslint/no-unsafe-member-access': 'off',
      '@typescript-eslint/no-unsafe-assignment': 'off',
      '@typescript-eslint/no-unsafe-argument': 'off',
      '@typescript-eslint/no-unsafe-return': 'off',
      '@typescript-eslint/no-unsafe-call': 'off',
      '@typescript-eslint/no-explicit-any': 'off',
      // …and print what they got in failure messages, whatever its type.
      '@typescript-eslint/no-base-to-string': 'off',
      '@typescript-eslint/restrict-template-expressions': 'off',
      'preserve-caught-error': 'off',
      // `'hub' | string` documents the one name every test uses beside the bodies' codes.
      '@typescript-eslint/no-redundant-type-constituents': 'off',
    },
  },
  prettier,
);
