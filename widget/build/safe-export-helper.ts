// Rolldown's namespace helper (__exportAll) copies a module's exports with `for (var name in all)`. On a host page
// that added an enumerable property to Object.prototype, that loop also meets the page's property, and
// defineProperty with its value as a getter throws a TypeError while the chunk loads: the widget would be gone and
// the error in the host page's console. This makes the loop skip anything not the namespace's own.
import type { Plugin } from 'vite';

const LOOP = /for \(var (\w+) in (\w+)\) \{(\s*__defProp\()/g;

export function safeExportHelper(): Plugin {
  return {
    name: 'vw-safe-export-helper',
    renderChunk(code) {
      if (!code.includes('__exportAll')) return null;
      const patched = code.replace(LOOP, 'for (var $1 in $2) if (Object.prototype.hasOwnProperty.call($2, $1)) {$3');
      return patched === code ? null : { code: patched, map: null };
    },
  };
}
