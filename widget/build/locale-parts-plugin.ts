// Vite plugin behind `virtual:vw-locales`: the interface locale files in two chunks each, split by the one list in
// widget/i18n/text-parts.ts: the first part (what the app needs up to and including a question screen) and the
// later part (everything else). The module is a map from language code to a loader of the first part; each first
// part carries the loader of its own later part (`later`), so neither the entry nor the app chunk holds a list of
// later parts, and the later part is only ever needed once the first is in. locales/<lang>.json stays the one
// source; the dev server and Vitest serve the same modules, so the split is the same everywhere.
import { readdirSync, readFileSync } from 'node:fs';
import type { Plugin } from 'vite';
import { localePart, type TextPart } from '../i18n/text-parts.ts';

const LOADERS = 'virtual:vw-locales';
/** `virtual:vw-locale-part?nl-first`: one language's part (vite.config.ts names its chunk `nl-first-<hash>.js`). */
const PART = 'virtual:vw-locale-part?';
const PARTS: readonly TextPart[] = ['first', 'later'];

export function localeParts(locales: string): Plugin {
  return {
    name: 'vw-locale-parts',
    resolveId: (id) => (id === LOADERS || id.startsWith(PART) ? `\0${id}` : null),
    load(id) {
      if (id === `\0${LOADERS}`) {
        const languages = readdirSync(locales)
          .filter((f) => /^[a-z]+\.json$/.test(f))
          .map((f) => f.replace(/\.json$/, ''))
          .sort();
        const loaders = languages.map((lang) => `${lang}: () => import(${JSON.stringify(`${PART}${lang}-first`)})`);
        return `export default {${loaders.join(',')}};\n`;
      }
      if (!id.startsWith(`\0${PART}`)) return null;
      const [lang, part] = id.slice(PART.length + 1).split('-') as [string, TextPart];
      if (!/^[a-z]+$/.test(lang) || !PARTS.includes(part)) return null;
      const file = `${locales}/${lang}.json`;
      this.addWatchFile(file);
      const texts = `export default ${JSON.stringify(localePart(JSON.parse(readFileSync(file, 'utf8')), part))};\n`;
      return part === 'first' ? `${texts}export const later = () => import(${JSON.stringify(`${PART}${lang}-later`)});\n` : texts;
    },
  };
}
