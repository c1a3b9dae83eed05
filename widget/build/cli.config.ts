// `npm run build:cli`: the wijzer command as one plain-JS file, dist/cli/wijzer.js, so it starts with `node`
// (no tsx, no TypeScript at run time) and `npm pack` ships it with rules/schema.json. Everything it imports,
// json-rules-engine and jsonc-parser included, is bundled in: the installed command needs no other package.
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';

export default defineConfig({
  // No public/ copy and no widget plugins: this build is the command line only.
  publicDir: false,
  build: {
    ssr: fileURLToPath(new URL('../cli/wijzer.ts', import.meta.url)),
    outDir: fileURLToPath(new URL('../../dist/cli', import.meta.url)),
    emptyOutDir: true,
    target: 'node20',
    minify: false,
    sourcemap: false,
    rolldownOptions: { output: { entryFileNames: 'wijzer.js', format: 'es' } },
  },
  ssr: { noExternal: true, target: 'node' },
});
