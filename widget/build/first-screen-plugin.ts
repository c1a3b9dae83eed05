// Vite plugin behind `virtual:vw-first-screen`: what the entry needs to paint the first screen without waiting for
// any chunk. The Dutch interface texts of that screen (a few keys of locales/nl.json, so locales/ stays the one
// source) and a summary of the bundled rules file (gemeente name, phone, languages, question count).
import { readFileSync } from 'node:fs';
import type { Plugin } from 'vite';
import { FIRST_SCREEN_KEYS, pickKeys } from '../first-screen/text-keys.ts';

const VIRTUAL = 'virtual:vw-first-screen';

export function firstScreen(locales: string, rules: string): Plugin {
  return {
    name: 'vw-first-screen',
    resolveId: (id) => (id === VIRTUAL ? `\0${VIRTUAL}` : null),
    load(id) {
      if (id !== `\0${VIRTUAL}`) return null;
      const nlFile = `${locales}/nl.json`;
      this.addWatchFile(nlFile);
      this.addWatchFile(rules);
      const nl = pickKeys(JSON.parse(readFileSync(nlFile, 'utf8')), FIRST_SCREEN_KEYS);
      const file = JSON.parse(readFileSync(rules, 'utf8'));
      const bundled = {
        gemeente: file.gemeente.name,
        phone: file.gemeente.contact?.phone,
        languages: file.languages,
        questions: file.questions.length,
        example: file.example === true,
      };
      return `export const nl = ${JSON.stringify(nl)};\nexport const bundled = ${JSON.stringify(bundled)};\n`;
    },
  };
}
