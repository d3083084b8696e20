// Type-aware lint: the rules that catch real bugs (floating promises, unsafe any)
// plus the house rule that only the CLI and the Action talk to the console.
import js from '@eslint/js';
import globals from 'globals';
import tseslint from 'typescript-eslint';
import prettier from 'eslint-config-prettier';

export default tseslint.config(
  { ignores: ['build/**', 'dist/**', 'node_modules/**', 'out/**', 'coverage/**', '.cache/**', 'test/artifacts/**', 'src/contract/types.generated.ts'] },
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
  // Layout is Prettier's (npm run format): no lint rule may disagree with it.
  prettier,
  {
    files: ['**/*.js'],
    ...tseslint.configs.disableTypeChecked,
    languageOptions: { ...tseslint.configs.disableTypeChecked.languageOptions, globals: globals.node },
  },
);
