/// <reference types="vitest/config" />
import { fileURLToPath } from 'node:url';
import preact from '@preact/preset-vite';
import { defineConfig } from 'vite';
import { bundledRules } from './widget/build/bundled-rules-plugin.ts';
import { engineShims } from './widget/build/engine-shims.ts';

export default defineConfig({
  plugins: [preact(), engineShims(), bundledRules(fileURLToPath(new URL('./rules/ommen.json', import.meta.url)))],
  build: {
    lib: {
      entry: fileURLToPath(new URL('./widget/element.ts', import.meta.url)),
      name: 'VoorzieningenWijzer',
      formats: ['es', 'iife'],
      fileName: (format) => `voorzieningen-wijzer.${format}.js`,
    },
    target: 'es2020',
    sourcemap: true,
    minify: true,
    // Vite 8 lib mode leaves whitespace in ES output without this (stack-probe.md 2).
    // allow-extension: the entry may export what the lazy chunks share with it, so the shared code sits in
    // the entry itself instead of a chunk behind an 87-byte facade: one round trip less before the first question.
    rolldownOptions: { preserveEntrySignatures: 'allow-extension', output: { minify: true, comments: false } },
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
