// json-rules-engine's four dependencies are a third of the bundle and break on AMD host pages; these shims
// keep its API (docs/stack.md §2.2). tests/properties/shims-equivalence.test.ts proves equal results (vitest
// itself loads the real dependencies; that test builds the shimmed engine with this plugin).
// Its debug module is replaced too: it reads the host page's localStorage.debug and, when that names
// json-rules-engine, logs every fact value (the resident's answers) to the console.
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Plugin } from 'vite';

// A path join, not `new URL(…, import.meta.url)`: vite rewrites that pattern as an asset when vitest loads this file.
const shims = join(dirname(fileURLToPath(import.meta.url)), '../engine/shims');
const shim = (file: string) => join(shims, file);

const DEPENDENCIES: Record<string, string> = {
  eventemitter2: shim('eventemitter2.js'),
  clone: shim('clone.js'),
  'hash-it': shim('hash-it.js'),
  'jsonpath-plus': shim('jsonpath-plus.js'),
};

export function engineShims(): Plugin {
  return {
    name: 'vw-engine-shims',
    enforce: 'pre',
    resolveId(source, importer) {
      if (Object.hasOwn(DEPENDENCIES, source)) return DEPENDENCIES[source];
      if (source === './debug' && importer && /[\\/]json-rules-engine[\\/]/.test(importer)) return shim('debug.js');
      return null;
    },
  };
}
