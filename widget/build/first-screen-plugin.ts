// Vite plugin behind `virtual:vw-first-screen`: what the entry needs to paint the first screen without waiting for
// any chunk. The Dutch interface texts of that screen (a few keys of locales/nl.json, so locales/ stays the one
// source) and a summary of the bundled rules file (gemeente name, phone, languages, question count).
// And `virtual:vw-button-css`: the Utrecht button CSS in two parts. The entry adopts the rules of the buttons the
// first screen has (primary action, subtle, busy, pressed, states); the app adds secondary-action and submit. The
// hint variants (danger, warning, ready: 17 of its 34 kB) are used nowhere in the widget and left out.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Plugin } from 'vite';
import { FIRST_SCREEN_KEYS, pickKeys } from '../first-screen/text-keys.ts';
import { rulesWhere } from './split-css.ts';

const VIRTUAL = 'virtual:vw-first-screen';
const BUTTON = 'virtual:vw-button-css';
const HINT = /--(danger|warning|ready)\b/;
const LATER = /--(secondary-action|submit)\b/;

function buttonCss(): string {
  const css = readFileSync(createRequire(import.meta.url).resolve('@utrecht/button-css/dist/index.min.css'), 'utf8');
  const firstScreen = rulesWhere(css, (s) => !HINT.test(s) && !LATER.test(s));
  const later = rulesWhere(css, (s) => !HINT.test(s) && LATER.test(s));
  return `export const firstScreen = ${JSON.stringify(firstScreen)};\nexport const later = ${JSON.stringify(later)};\n`;
}

export function firstScreen(locales: string, rules: string): Plugin {
  return {
    name: 'vw-first-screen',
    resolveId: (id) => (id === VIRTUAL || id === BUTTON ? `\0${id}` : null),
    load(id) {
      if (id === `\0${BUTTON}`) return buttonCss();
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
