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
import { safeExportHelper } from './widget/build/safe-export-helper.ts';

const BUNDLED_RULES = fileURLToPath(new URL('./rules/ommen.json', import.meta.url));
const ROOT = fileURLToPath(new URL('.', import.meta.url));
// A git worktree may share node_modules through a symlink: allow its real folder too (the Utrecht ?inline CSS).
const MODULES = fileURLToPath(new URL('./node_modules', import.meta.url));

export default defineConfig({
  plugins: [
    preact(),
    engineShims(),
    bundledRules(BUNDLED_RULES),
    firstScreen(fileURLToPath(new URL('./locales', import.meta.url)), BUNDLED_RULES),
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
        chunkFileNames: (chunk) =>
          `${chunk.name.replace(/^_virtual_vw-bundled-rules_vw-part_/, 'rules-').replace(/^_virtual_vw-first-screen-texts_lang_/, 'first-screen-')}-[hash].js`,
      },
    },
  },
  test: {
    environment: 'happy-dom',
    include: ['tests/**/*.test.{ts,tsx}'],
    exclude: ['tests/browser/**'],
    // Some suites spawn the wijzer CLI (a tsx process each): on a busy 2-core CI machine 5 s is too tight.
    // A bound, not a timing assertion: timings belong in `npm run bench`.
    testTimeout: 30_000,
    // codemirror-json-schema (beheer page only) ships ESM with extensionless imports, which Node cannot load:
    // let Vite transform it, as it does for the browser.
    server: { deps: { inline: ['codemirror-json-schema'] } },
  },
});
