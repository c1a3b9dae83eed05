/// <reference types="vitest/config" />
import { existsSync, realpathSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import preact from '@preact/preset-vite';
import { defineConfig } from 'vite';
import { buildTargets, supportedBrowsers } from './widget/build/browser-targets.ts';
import { bundledRules } from './widget/build/bundled-rules-plugin.ts';
import { compressAssets } from './widget/build/compress-plugin.ts';
import { engineShims } from './widget/build/engine-shims.ts';
import { firstScreen } from './widget/build/first-screen-plugin.ts';
import { localeParts } from './widget/build/locale-parts-plugin.ts';
import { safeExportHelper } from './widget/build/safe-export-helper.ts';

const BUNDLED_RULES = fileURLToPath(new URL('./rules/ommen.json', import.meta.url));
const LOCALES = fileURLToPath(new URL('./locales', import.meta.url));
const ROOT = fileURLToPath(new URL('.', import.meta.url));
// A git worktree may share node_modules through a symlink: allow its real folder too (the Utrecht ?inline CSS).
const MODULES = fileURLToPath(new URL('./node_modules', import.meta.url));
/** Test files that replace a module with vi.mock: they run in a module graph of their own (see test.projects). */
const MOCKS = ['tests/ui/flow-evaluations.test.tsx', 'tests/ui/later-texts.test.tsx', 'tests/ui/lazy-screens.test.tsx'];
/** `.test.ts` files that use the DOM (place the element, read the address bar): they run in happy-dom too. */
const DOM_FILES = [
  'tests/embed/date-attribute.test.ts',
  'tests/embed/element.test.ts',
  'tests/embed/theme.test.ts',
  'tests/hostile/widget-load.test.ts',
  'tests/links/fragment.test.ts',
  'tests/locales/languages.test.ts',
  'tests/professional/pure.test.ts',
];

export default defineConfig({
  plugins: [
    preact(),
    engineShims(),
    bundledRules(BUNDLED_RULES),
    firstScreen(LOCALES, BUNDLED_RULES),
    localeParts(LOCALES),
    safeExportHelper(),
    compressAssets(),
  ],
  server: { fs: { allow: [ROOT, ...(existsSync(MODULES) ? [realpathSync(MODULES)] : [])] } },
  build: {
    lib: {
      entry: fileURLToPath(new URL('./widget/element.ts', import.meta.url)),
      name: 'VoorzieningenWijzer',
      formats: ['es', 'iife'],
      fileName: (format) => `voorzieningen-wijzer.${format}.js`,
    },
    // The supported browsers (package.json browserslist, README "Supported browsers"), checked by a test.
    target: buildTargets(supportedBrowsers(fileURLToPath(new URL('./package.json', import.meta.url)))),
    sourcemap: true,
    minify: true,
    // Vite 8 lib mode leaves whitespace in ES output without this (docs/stack.md §2.1).
    // allow-extension: the entry may export what the lazy chunks share with it, so the shared code sits in
    // the entry itself instead of a chunk behind an 87-byte facade: one round trip less before the first question.
    rolldownOptions: {
      preserveEntrySignatures: 'allow-extension',
      output: {
        minify: true,
        comments: false,
        // Short chunk names: the entry lists every rules part and locale chunk by name, and those bytes are paid
        // before the first screen ("rules-en-<hash>.js" instead of "_virtual_vw-bundled-rules_vw-part_en-<hash>.js").
        // The two parts of a locale file are "nl-first-<hash>.js" and "nl-later-<hash>.js" (report-size.mjs counts
        // the first Dutch part before the first question by that name).
        chunkFileNames: (chunk) =>
          `${chunk.name
            .replace(/^_virtual_vw-bundled-rules_vw-part_/, 'rules-')
            .replace(/^_virtual_vw-locale-part_/, '')}-[hash].js`,
      },
    },
  },
  test: {
    // Some suites spawn the wijzer CLI (a tsx process each): on a busy 2-core CI machine 5 s is too tight.
    // A bound, not a timing assertion: timings belong in `npm run bench`.
    testTimeout: 30_000,
    // One worker per core: Vitest's default (cores - 1) is a single worker on a 2-core machine, which left one core
    // idle while that worker waited on its own timers.
    maxWorkers: '100%',
    // After each file: what it stubbed, spied on or left on the page is put back (files share a worker, see below).
    setupFiles: ['tests/support/shared-worker.ts'],
    // codemirror-json-schema (beheer page only) ships ESM with extensionless imports, which Node cannot load:
    // let Vite transform it, as it does for the browser.
    server: { deps: { inline: ['codemirror-json-schema'] } },
    // Two environments: a `.test.ts` file runs in plain Node, a `.test.tsx` file (it renders) and the `.test.ts`
    // files in DOM_FILES in happy-dom. Building a happy-dom window costs a few hundred ms per file, which the
    // engine, property, hostile and CLI suites do not need; and one environment per project means no file ends
    // the happy-dom window while another widget still loads a chunk (a Node file in between would).
    // Files share their worker's modules (isolate: false): importing the engine, i18next, preact and the app again
    // for every file was a third of the run. tests/support/shared-worker.ts puts back what a file stubbed, spied on
    // or left on the page. A file that replaces a module (vi.mock) needs a module graph of its own: MOCKS.
    projects: [
      {
        extends: true,
        test: {
          name: 'node',
          environment: 'node',
          include: ['tests/**/*.test.ts'],
          exclude: ['tests/browser/**', ...DOM_FILES],
          isolate: false,
        },
      },
      {
        extends: true,
        test: {
          name: 'dom',
          environment: 'happy-dom',
          include: ['tests/**/*.test.tsx', ...DOM_FILES],
          exclude: ['tests/browser/**', ...MOCKS],
          isolate: false,
        },
      },
      { extends: true, test: { name: 'mocks', environment: 'happy-dom', include: MOCKS, isolate: true } },
    ],
  },
});
