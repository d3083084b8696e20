// Type-aware lint: the rules that catch real bugs (floating promises, unsafe any),
// the house rule that only the CLI and the Action talk to the console, and the layering
// of src/ (scripts/lint/layers.js, ARCHITECTURE.md): a part imports only the parts below it.
import js from '@eslint/js';
import globals from 'globals';
import tseslint from 'typescript-eslint';
import prettier from 'eslint-config-prettier';
import boundaries from 'eslint-plugin-boundaries';
import { LAYERS } from './scripts/lint/layers.js';

export default tseslint.config(
  { ignores: ['build/**', 'dist/**', 'node_modules/**', 'out/**', 'coverage/**', '.cache/**', 'test/artifacts/**', 'src/contract/types.generated.ts', 'src/contract/validators.generated.ts'] },
  js.configs.recommended,
  ...tseslint.configs.recommendedTypeChecked,
  {
    languageOptions: {
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
    },
    rules: {
      '@typescript-eslint/no-floating-promises': 'error',
      '@typescript-eslint/consistent-type-imports': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      'no-console': 'error',
    },
  },
  {
    files: ['src/cli/**', 'src/github/**', 'scripts/**', 'bin/**'],
    rules: { 'no-console': 'off' },
  },
  {
    files: ['src/**/*.ts'],
    plugins: { boundaries },
    settings: {
      'boundaries/elements': LAYERS.map(({ part }) => ({ type: part, pattern: `src/${part}` })),
      // Imports name the compiled './x.js'; the source is './x.ts'.
      'import/resolver': { './scripts/lint/resolve-ts.cjs': {} },
    },
    rules: {
      // Every file of src/ belongs to a part; every import between parts follows an allowed arrow.
      'boundaries/no-unknown-files': 'error',
      'boundaries/dependencies': [
        'error',
        {
          default: 'disallow',
          message: '{{from.type}}/ may not import {{to.type}}/ (allowed: see ARCHITECTURE.md and scripts/lint/layers.js)',
          policies: LAYERS.map(({ part, may }) => ({ from: { element: { type: part } }, allow: { to: { element: { types: { anyOf: [part, ...may] } } } } })),
        },
      ],
    },
  },
  // Layout is Prettier's (npm run format): no lint rule may disagree with it.
  prettier,
  {
    files: ['**/*.js'],
    ...tseslint.configs.disableTypeChecked,
    languageOptions: { ...tseslint.configs.disableTypeChecked.languageOptions, globals: globals.node },
  },
  {
    files: ['**/*.cjs'],
    ...tseslint.configs.disableTypeChecked,
    languageOptions: { ...tseslint.configs.disableTypeChecked.languageOptions, sourceType: 'commonjs', globals: globals.node },
    rules: { ...tseslint.configs.disableTypeChecked.rules, '@typescript-eslint/no-require-imports': 'off' },
  },
);
