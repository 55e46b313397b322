// ESLint flat config: recommended JS + typescript-eslint rules for all TypeScript in the repo.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import chorus from './scripts/lint/module-boundaries.js';

export default tseslint.config(
  { ignores: ['node_modules/**', 'data/**', 'bench/reference/**', 'coverage/**', 'test-results/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/no-explicit-any': 'error',
    },
  },
  {
    // modules reach each other only through api.ts (and testing/ from tests): see docs/architecture.md
    files: ['**/*.ts'],
    plugins: { chorus },
    rules: { 'chorus/module-boundaries': 'error' },
  },
  {
    files: ['**/*.mjs', '**/*.js'],
    languageOptions: { globals: { process: 'readonly', console: 'readonly' } },
  },
);
