// Vite plugin behind `virtual:vw-bundled-rules`: the default rules (rules/ommen.json) as a Dutch core without
// example households (they serve `wijzer check` and the tests only) and one text chunk per other language.
import { readFileSync } from 'node:fs';
import type { Plugin } from 'vite';
import { splitTexts } from '../text/localized-parts.ts';

const VIRTUAL = 'virtual:vw-bundled-rules';
const PART = '?vw-part=';

export function bundledRules(file: string): Plugin {
  const read = () => {
    const rules = JSON.parse(readFileSync(file, 'utf8')) as { languages: string[]; examples?: unknown[] };
    return { ...rules, examples: [] };
  };
  return {
    name: 'vw-bundled-rules',
    resolveId(id) {
      if (id === VIRTUAL) return `\0${VIRTUAL}`;
      if (id.startsWith(`${VIRTUAL}${PART}`)) return `\0${id}`;
      return null;
    },
    load(id) {
      if (id === `\0${VIRTUAL}`) {
        this.addWatchFile(file);
        const languages = read().languages.filter((l) => l !== 'nl');
        const texts = languages.map((l) => `${JSON.stringify(l)}: () => import(${JSON.stringify(`${VIRTUAL}${PART}${l}`)})`);
        return `export const core = () => import(${JSON.stringify(`${VIRTUAL}${PART}nl`)});\nexport const texts = { ${texts.join(', ')} };\n`;
      }
      if (!id.startsWith(`\0${VIRTUAL}${PART}`)) return null;
      const lang = id.slice(`\0${VIRTUAL}${PART}`.length);
      const { core, patch } = splitTexts(read(), 'nl', lang);
      return `export default ${JSON.stringify(lang === 'nl' ? core : patch)};\n`;
    },
  };
}
