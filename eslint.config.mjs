// Lint: eslint's and typescript-eslint's recommended rules over the sources, tests, benches and
// scripts. Formatting is prettier's job (npm run format), so no style rules here.
import js from '@eslint/js';
import { defineConfig } from 'eslint/config';
import tseslint from 'typescript-eslint';

/** What Node gives a plain .mjs script (the TypeScript files get theirs from tsc). */
const NODE = Object.fromEntries(
  'process console Buffer URL URLSearchParams TextEncoder TextDecoder fetch performance setTimeout clearTimeout setInterval clearInterval setImmediate queueMicrotask structuredClone AbortController globalThis'
    .split(' ')
    .map((n) => [n, 'readonly']),
);

export default defineConfig(
  { ignores: ['node_modules/', 'dist/', 'render/', 'tmp/'] },
  js.configs.recommended,
  tseslint.configs.recommended,
  {
    files: ['**/*.mjs', '**/*.js'],
    languageOptions: { globals: NODE },
  },
  {
    rules: {
      // a leading underscore marks a value left out on purpose (rest siblings, unused parameters)
      '@typescript-eslint/no-unused-vars': [
        'error',
        {
          argsIgnorePattern: '^_',
          varsIgnorePattern: '^_',
          caughtErrorsIgnorePattern: '^_',
          destructuredArrayIgnorePattern: '^_',
          ignoreRestSiblings: true,
        },
      ],
    },
  },
  {
    // Excel's custom-functions metadata reads the parameter types: `any[][]` is how a function
    // takes a range of cells of any type
    files: ['addin/functions.ts'],
    rules: { '@typescript-eslint/no-explicit-any': 'off' },
  },
);
