import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';

const featureFolders = ['map', 'country-panel', 'reader', 'layers', 'share', 'search', 'legend', 'actors', 'table', 'summary', 'filters'];

export default tseslint.config(
  { ignores: ['dist', 'node_modules', 'public', 'test-results', 'playwright-report', 'docs', '.scratch'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
    },
  },
  {
    // src/ is the framework-free core: it runs in Node, the page and a worker alike.
    files: ['src/**/*.ts'],
    rules: {
      'no-restricted-imports': ['error', {
        patterns: [
          { group: ['react', 'react-dom', 'react/*', 'react-dom/*'], message: 'src/ holds no React: put UI in app/.' },
          { group: ['maplibre-gl', 'maplibre-gl/*'], message: 'src/ holds no maplibre: the map adapter lives in app/map.' },
          { group: ['**/app/**', '../app', '../../app'], message: 'Imports go app → src, never back.' },
          { group: ['zustand/react', 'zustand/react/*'], message: 'src/ uses the vanilla store only.' },
        ],
      }],
    },
  },
  ...featureFolders.map((feature) => ({
    // Features talk through the store, not through each other's files.
    files: [`app/${feature}/**/*.{ts,tsx}`],
    rules: {
      'no-restricted-imports': ['error', {
        patterns: featureFolders.filter((f) => f !== feature).map((other) => ({
          group: [`../${other}/*`, `../../${other}/*`, `**/app/${other}/*`],
          message: `app/${feature} must not import from app/${other}: go through the store or app/shared.`,
        })),
      }],
    },
  })),
  {
    // app/review's controls are mounted by other features (fact cards, reader, table), so they may
    // import it; app/review itself, like any feature, reaches the others only through the store.
    files: ['app/review/**/*.{ts,tsx}'],
    rules: {
      'no-restricted-imports': ['error', {
        patterns: featureFolders.map((other) => ({
          group: [`../${other}/*`, `../../${other}/*`, `**/app/${other}/*`],
          message: `app/review must not import from app/${other}: go through the store or app/shared.`,
        })),
      }],
    },
  },
  {
    files: ['app/**/*.{ts,tsx}'],
    plugins: { 'react-hooks': reactHooks },
    rules: { ...reactHooks.configs.recommended.rules },
  },
);
