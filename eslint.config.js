// ESLint (flat config): JavaScript's and typescript-eslint's recommended rules, and the few the
// project's style adds. Layout is Prettier's job (.prettierrc.json), so no rule here is about it.
import js from '@eslint/js';
import globals from 'globals';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  { ignores: ['dist/', 'coverage/', 'bench/out/', 'test/fixtures/', '.ropa-cache/'] },
  js.configs.recommended,
  tseslint.configs.recommended,
  {
    languageOptions: { ecmaVersion: 2023, sourceType: 'module', globals: globals.node },
    linterOptions: { reportUnusedDisableDirectives: 'warn' },
    rules: {
      // Unused code is dead code; a leading underscore marks a parameter kept for its position.
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_', caughtErrors: 'none' }],
      // Types are imported as types (`import type`), so that a lazily imported module stays lazy.
      '@typescript-eslint/consistent-type-imports': ['error', { fixStyle: 'inline-type-imports', disallowTypeAnnotations: false }],
      eqeqeq: ['error', 'always'],
      'prefer-const': 'error',
      'no-var': 'error',
    },
  },
  {
    // Tests match terminal output (escape sequences and runs of spaces are what they look for) and
    // read JSON and YAML documents field by field.
    files: ['test/**'],
    rules: { 'no-control-regex': 'off', 'no-regex-spaces': 'off', '@typescript-eslint/no-explicit-any': 'off' },
  },
  {
    files: ['**/*.js', '**/*.mjs', '**/*.cjs'],
    rules: { '@typescript-eslint/no-require-imports': 'off' },
  },
);
