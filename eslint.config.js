// Lint: typescript-eslint recommended, React hooks rules, and the house's import boundaries
// (api imports nothing of ours; web never imports proxy or emulator; features do not import each other).
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import importX from 'eslint-plugin-import-x';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import { readdirSync } from 'node:fs';
import { createTypeScriptImportResolver } from 'eslint-import-resolver-typescript';

const boundaryZones = [
  { target: './src/api', from: './src/web', message: 'src/api is isomorphic: it imports nothing from web.' },
  {
    target: './src/api',
    from: './src/proxy',
    message: 'src/api is isomorphic: it imports nothing from proxy.',
  },
  {
    target: './src/api',
    from: './src/emulator',
    message: 'src/api is isomorphic: it imports nothing from emulator.',
  },
  { target: './src/web', from: './src/proxy', message: 'The console never imports the proxy.' },
  { target: './src/web', from: './src/emulator', message: 'The console never imports the emulator.' },
  { target: './src/proxy', from: './src/web', message: 'The proxy does not import console code.' },
  {
    target: './src/proxy',
    from: './src/emulator',
    message: 'The proxy talks to the emulator over HTTP only.',
  },
  { target: './src/emulator', from: './src/web', message: 'The emulator does not import console code.' },
  { target: './src/emulator', from: './src/proxy', message: 'The emulator does not import the proxy.' },
  // One zone per feature, as bulletproof-react does: a feature may import only itself from features/.
  ...readdirSync('./src/web/features', { withFileTypes: true })
    .filter((d) => d.isDirectory())
    .map((d) => ({
      target: `./src/web/features/${d.name}`,
      from: './src/web/features',
      except: [`./${d.name}`],
      message: 'Features do not import each other: move shared pieces to components/ or lib/.',
    })),
];

export default tseslint.config(
  { ignores: ['dist', 'data', 'node_modules', 'coverage', 'test-results', 'playwright-report'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ['**/*.{ts,tsx,js}'],
    languageOptions: { globals: { ...globals.node, ...globals.browser } },
    plugins: { 'import-x': importX, 'react-hooks': reactHooks },
    settings: {
      'import-x/resolver-next': [createTypeScriptImportResolver({ project: './tsconfig.json' })],
    },
    rules: {
      'import-x/no-restricted-paths': ['error', { zones: boundaryZones }],
      'import-x/no-cycle': 'off',
      'react-hooks/rules-of-hooks': 'error',
      'react-hooks/exhaustive-deps': 'warn',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      'no-restricted-syntax': [
        'error',
        {
          selector: 'ImportDeclaration[source.value=/^node:/]',
          message: 'node: imports are not allowed here.',
        },
      ],
    },
  },
  {
    // node: built-ins are fine everywhere except the isomorphic contract and the browser app.
    files: [
      'src/proxy/**',
      'src/emulator/**',
      'scripts/**',
      'bench/**',
      'e2e/**',
      '*.config.ts',
      '*.config.js',
    ],
    rules: { 'no-restricted-syntax': 'off' },
  },
  {
    files: ['src/api/**/*.test.ts', 'src/web/**/*.test.{ts,tsx}'],
    rules: { 'no-restricted-syntax': 'off' },
  },
);
