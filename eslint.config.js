// Flat config: typed linting for every TypeScript file in the project.
import js from '@eslint/js';
import globals from 'globals';
import tseslint from 'typescript-eslint';

// Injected UI builds DOM through Preact only; raw HTML would bypass its escaping.
// The contract is zod/mini everywhere: full zod's methods cannot be tree-shaken, and one import
// of it would put ~16 KB gzipped back into the extension's bundle. (Here, not in
// no-restricted-imports, which the per-folder blocks below replace.)
const EVERYWHERE_RESTRICTED_SYNTAX = [
  { selector: "JSXAttribute[name.name='dangerouslySetInnerHTML']", message: 'Raw HTML is not allowed in the extension.' },
  { selector: "AssignmentExpression[left.property.name='innerHTML']", message: 'Assigning innerHTML is not allowed.' },
  { selector: "ImportDeclaration[source.value='zod']", message: "Import { z } from 'zod/mini', as the rest of the contract does: full zod makes the extension's bundle much larger." },
];

// Every word the extension shows comes from _locales (through t() in extension/ui/i18n.ts), so a
// word written into a view cannot come back: not as JSX text, nor as a string in a text attribute
// or a child expression. Names ("ESR") too: they go through the catalogue like the rest.
const WORD = String.raw`/\p{L}{2,}/u`;
const TEXT_ATTRIBUTE = 'JSXAttribute[name.name=/^(aria-label|aria-description|title|placeholder|alt|label|hint)$/]';
const WORDS_MESSAGE = 'Words in the extension come from _locales: use t() (extension/ui/i18n.ts).';
const WORDS_FROM_THE_CATALOGUE = [
  `JSXText[value=${WORD}]`,
  `${TEXT_ATTRIBUTE} > Literal[value=${WORD}]`,
  ...[TEXT_ATTRIBUTE, ':matches(JSXElement, JSXFragment)'].flatMap((place) =>
    [`${place} > JSXExpressionContainer >`, `${place} > JSXExpressionContainer > :matches(ConditionalExpression, LogicalExpression) >`].flatMap((within) => [
      `${within} Literal[value=${WORD}]`,
      `${within} TemplateLiteral > TemplateElement[value.raw=${WORD}]`,
    ])),
].map((selector) => ({ selector, message: WORDS_MESSAGE }));

export default tseslint.config(
  { ignores: ['dist/', 'node_modules/', 'test/e2e/screenshots/'] },
  js.configs.recommended,
  ...tseslint.configs.strictTypeChecked,
  {
    languageOptions: {
      globals: { ...globals.node, ...globals.browser },
      parserOptions: { projectService: { allowDefaultProject: ['eslint.config.js'] }, tsconfigRootDir: import.meta.dirname },
    },
    rules: {
      'no-eval': 'error',
      'no-implied-eval': 'off',
      '@typescript-eslint/no-implied-eval': 'error',
      'no-new-func': 'error',
      'no-restricted-syntax': ['error', ...EVERYWHERE_RESTRICTED_SYNTAX],
      '@typescript-eslint/restrict-template-expressions': ['error', { allowNumber: true }],
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
    },
  },
  {
    files: ['extension/**/*.ts', 'extension/**/*.tsx'],
    ignores: ['**/*.test.ts', '**/*.test.tsx', 'extension/**/*-fake.ts', 'extension/background/fake-background.ts'],
    rules: { 'no-restricted-syntax': ['error', ...EVERYWHERE_RESTRICTED_SYNTAX, ...WORDS_FROM_THE_CATALOGUE] },
  },
  {
    // Tests may assert presence with `!` and type a parsed response inline.
    files: ['**/*.test.ts', '**/*.test.tsx', 'test/**/*.ts'],
    rules: {
      '@typescript-eslint/no-non-null-assertion': 'off',
      '@typescript-eslint/no-unnecessary-type-parameters': 'off',
    },
  },
  // A face per layer. The core decides, with no HTTP and no SQLite of its
  // own; the HTTP layer translates, and sees neither the store nor a record of it (records carry
  // password hashes and sealed secrets); the extension talks to the helper only over its API.
  // Import paths are relative, so each rule names a folder as any relative path spells it.
  {
    files: ['helper/http/**'],
    rules: {
      'no-restricted-imports': ['error', {
        patterns: [{
          regex: '(^|/)store(/|\\.js$|$)',
          message: 'helper/http reaches storage only through the core\'s use cases and their view models (helper/core/views.ts): no helper/store module, and no store record from helper/core/store.ts or helper/core/store/.',
        }],
      }],
    },
  },
  {
    // The trainer console's server translates too: it reaches the training room through its face
    // (helper/core/training), never the store behind it.
    files: ['helper/console/**'],
    // The console's own page (built for the browser) is another matter, with its own state.
    ignores: ['helper/console/page/**'],
    rules: {
      'no-restricted-imports': ['error', {
        patterns: [{
          regex: '(^|/)store(/|\\.js$|$)',
          message: 'helper/console reaches storage only through the training room\'s use cases (helper/core/training): no helper/store module, and no store record.',
        }],
      }],
    },
  },
  {
    files: ['helper/core/**'],
    rules: {
      'no-restricted-imports': ['error', {
        paths: ['http', 'node:http', 'https', 'node:https', 'http2', 'node:http2', 'fastify'].map((name) => ({ name, message: 'The core does no HTTP: the HTTP layer (helper/http) calls its use cases.' })),
        patterns: [
          { group: ['@fastify/*', 'fastify/*'], message: 'The core does no HTTP: the HTTP layer (helper/http) calls its use cases.' },
          { regex: '(^|/)http(/|\\.js$|$)', message: 'The core does not know the HTTP layer: helper/http calls the core, never the other way.' },
          { regex: '^(\\.\\./)+store(/|$)', message: 'The core reaches storage only through its ports (helper/core/store.ts): helper/store is the adapter that app.ts plugs in.' },
        ],
      }],
    },
  },
  {
    files: ['extension/**'],
    rules: {
      'no-restricted-imports': ['error', {
        patterns: [{ regex: '(^|/)helper(/|$)', message: 'The extension talks to the helper only over its API, whose contract is in shared/.' }],
      }],
    },
  },
  {
    // The trainer console's page runs in the browser, on the console's own origin: it knows the
    // helper only through the console API's contract, and shared/, never the helper's insides.
    // Its files sit directly in helper/console/page/, so each rule counts the ../ from there.
    files: ['helper/console/page/**'],
    // Its catalogues, one folder down, count one ../ more (the block below).
    ignores: ['helper/console/page/*/**'],
    rules: {
      'no-restricted-imports': ['error', {
        paths: ['fastify', 'better-sqlite3'].map((name) => ({ name, message: 'The console page runs in the browser: it calls the console API (api.ts).' })),
        patterns: [
          { regex: '^node:', message: 'The console page runs in the browser: no Node modules.' },
          { regex: '^\\.\\./(?!contract\\.js$)[^./]', message: 'From helper/console/ the page uses only the API contract (../contract.js), not the console\'s server.' },
          { regex: '^\\.\\./\\.\\./[^./]', message: 'The console page does not import the helper (core, store, http): it calls the console API, whose contract is helper/console/contract.ts.' },
          { regex: '^\\.\\./\\.\\./\\.\\./(?!shared/)[^./]', message: 'Outside the helper, the console page may use shared/ only.' },
        ],
      }],
    },
  },
  {
    // The console page's folders (words/): the same rules as the block above, one ../ further up.
    files: ['helper/console/page/*/**'],
    rules: {
      'no-restricted-imports': ['error', {
        paths: ['fastify', 'better-sqlite3'].map((name) => ({ name, message: 'The console page runs in the browser: it calls the console API (api.ts).' })),
        patterns: [
          { regex: '^node:', message: 'The console page runs in the browser: no Node modules.' },
          { regex: '^\\.\\./\\.\\./(?!contract\\.js$)[^./]', message: 'From helper/console/ the page uses only the API contract (contract.js), not the console\'s server.' },
          { regex: '^\\.\\./\\.\\./\\.\\./[^./]', message: 'The console page does not import the helper (core, store, http): it calls the console API, whose contract is helper/console/contract.ts.' },
          { regex: '^\\.\\./\\.\\./\\.\\./\\.\\./(?!shared/|test/kit/)[^./]', message: 'Outside the helper, the console page may use shared/ only (and its tests the test kit).' },
        ],
      }],
    },
  },
  {
    // The trainer console speaks English and Welsh: every word it shows comes from its catalogues
    // (helper/console/page/words/), so a word written into the markup would stay English on a
    // Welsh screen. Names that are the same in every language (NHS) are constants, not JSX text.
    // A block's no-restricted-syntax replaces the one above, so the base selectors are repeated.
    files: ['helper/console/page/**/*.tsx'],
    rules: {
      'no-restricted-syntax': ['error',
        { selector: "JSXAttribute[name.name='dangerouslySetInnerHTML']", message: 'Raw HTML is not allowed in the extension.' },
        { selector: "AssignmentExpression[left.property.name='innerHTML']", message: 'Assigning innerHTML is not allowed.' },
        { selector: "ImportDeclaration[source.value='zod']", message: "Import { z } from 'zod/mini', as the rest of the contract does: full zod makes the extension's bundle much larger." },
        { selector: 'JSXText[value=/\\p{L}{2,}/u]', message: 'Words on screen come from the console\'s catalogue (words/en.ts and words/cy.ts), so that Welsh has them too.' },
        {
          selector: "JSXAttribute[name.name=/^(aria-label|title|placeholder|alt|label)$/] > Literal[value=/\\p{L}{2,}/u]",
          message: 'Text attributes (aria-label, title, placeholder, alt, label) come from the console\'s catalogue (words/en.ts and words/cy.ts), so that Welsh has them too.',
        },
        {
          selector: "JSXAttribute[name.name=/^(aria-label|title|placeholder|alt|label)$/] > JSXExpressionContainer > Literal[value=/\\p{L}{2,}/u]",
          message: 'Text attributes (aria-label, title, placeholder, alt, label) come from the console\'s catalogue (words/en.ts and words/cy.ts), so that Welsh has them too.',
        },
        {
          selector: "JSXAttribute[name.name=/^(aria-label|title|placeholder|alt|label)$/] > JSXExpressionContainer > TemplateLiteral > TemplateElement[value.raw=/\\p{L}{2,}/u]",
          message: 'Text attributes (aria-label, title, placeholder, alt, label) come from the console\'s catalogue (words/en.ts and words/cy.ts), so that Welsh has them too.',
        },
      ],
    },
  },
  { files: ['eslint.config.js'], ...tseslint.configs.disableTypeChecked },
);
