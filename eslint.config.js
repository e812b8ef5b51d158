import js from '@eslint/js';
import lit from 'eslint-plugin-lit';
import wc from 'eslint-plugin-wc';
import tseslint from 'typescript-eslint';

const NODE_GLOBALS = ['process', 'console', 'URL', 'Buffer', 'setTimeout', 'clearTimeout', 'TextDecoder', 'TextEncoder', 'fetch'];
const BROWSER_GLOBALS = ['window', 'document', 'performance', 'requestAnimationFrame', 'PerformanceObserver', 'MessageChannel', 'customElements', 'InputEvent'];

export default tseslint.config(
  { ignores: ['dist/', 'storybook-static/', 'node_modules/', 'custom-elements.json', 'bench/results/', 'test-results/', 'scratch/', '.scratch/'] },
  js.configs.recommended,
  ...tseslint.configs.strict,
  {
    files: ['**/*.ts'],
    rules: {
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/consistent-type-imports': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_', destructuredArrayIgnorePattern: '^_' }],
      'no-restricted-syntax': ['error', { selector: 'TSEnumDeclaration', message: 'Use an `as const` object instead of an enum.' }],
    },
  },
  {
    files: ['src/components/**/*.ts', 'stories/**/*.ts', 'src/studio/**/*.ts'],
    ...lit.configs['flat/recommended'],
  },
  {
    files: ['src/components/**/*.ts', 'src/studio/**/*.ts'],
    ...wc.configs['flat/recommended'],
    rules: { ...wc.configs['flat/recommended'].rules, 'wc/guard-super-call': 'off' },
  },
  {
    // Only components/ may use Lit or the DOM, and only cli/ Node: the rest is plain TypeScript,
    // usable in a page and in Node alike (check/ is shared by the CLI and the browser workbench,
    // whose studio/model/ is plain TypeScript too).
    files: ['src/data/**/*.ts', 'src/engine/**/*.ts', 'src/search/**/*.ts', 'src/flows/**/*.ts', 'src/i18n/**/*.ts', 'src/check/**/*.ts', 'src/studio/model/**/*.ts'],
    rules: {
      'no-restricted-imports': ['error', { patterns: ['lit', 'lit/*', '@lit/*', '**/components/**', '**/cli/**', 'node:*'] }],
      'no-restricted-globals': ['error', 'document', 'window', 'customElements', 'localStorage', 'sessionStorage'],
    },
  },
  {
    files: ['**/*.{js,mjs}'],
    languageOptions: { globals: Object.fromEntries(NODE_GLOBALS.map((name) => [name, 'readonly'])) },
  },
  {
    // The smoke in WebKit and Firefox: its page functions run in the page, with the helpers that
    // test/smoke/engine-page.mjs puts before them.
    files: ['test/smoke/**/*.mjs'],
    languageOptions: {
      globals: Object.fromEntries(
        [...NODE_GLOBALS, ...BROWSER_GLOBALS, 'location', 'getComputedStyle', 'DataTransfer', 'DragEvent', 'File', 'deepAll', 'deepChain', 'deepActive', 'pick', 'textOf', 'visible'].map((name) => [name, 'readonly']),
      ),
    },
  },
  {
    // Scripts that run inside the page, and bench callbacks passed to page.evaluate().
    files: ['bench/pages/**/*.js', 'bench/**/*.bench.mjs'],
    languageOptions: { globals: Object.fromEntries([...NODE_GLOBALS, ...BROWSER_GLOBALS].map((name) => [name, 'readonly'])) },
  },
);
