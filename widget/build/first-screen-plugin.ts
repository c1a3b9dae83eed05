// Vite plugin behind `virtual:vw-first-screen`: what the entry needs to paint the first screen without waiting for
// any chunk. The Dutch interface texts of that screen (a few keys of locales/nl.json, so locales/ stays the one
// source) and a summary of the bundled rules file (gemeente name, phone, languages, question count).
// And the Utrecht button CSS in two modules: `virtual:vw-button-css` (what the entry adopts: base, primary
// action, subtle, busy, pressed and the real :hover/:focus/:active states) and `virtual:vw-button-css-later` (what
// the app adds: secondary action and submit), so the later part is not in the entry. Left out: the hint variants
// (danger, warning, ready: 17 of its 34 kB) and the state classes (--hover, --focus, --active, --distanced,
// --disabled as classes), which only Utrecht's own documentation uses; the widget uses the pseudo-classes. The
// result is minified with lightningcss (Vite does that for `?inline` CSS, but not for a virtual module). A smaller
// sheet is not only fewer bytes: the browser resolves every declaration of .utrecht-button for every button.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { transform } from 'lightningcss';
import type { Plugin } from 'vite';
import { FIRST_SCREEN_KEYS, pickKeys } from '../first-screen/text-keys.ts';
import { rulesWhere, withoutSelectors } from './split-css.ts';

const VIRTUAL = 'virtual:vw-first-screen';
const BUTTON = 'virtual:vw-button-css';
const BUTTON_LATER = 'virtual:vw-button-css-later';
const HINT = /--(danger|warning|ready)\b/;
const LATER = /--(secondary-action|submit)\b/;
/** A state class outside any :not(…): Utrecht's documentation states, not used by the widget. */
const STATE_CLASS = /\.utrecht-button--(hover|focus|focus-visible|active|distanced|disabled)\b/;

const minify = (css: string) => transform({ filename: 'button.css', code: Buffer.from(css), minify: true }).code.toString();

function buttonCss(part: 'first' | 'later'): string {
  const source = readFileSync(createRequire(import.meta.url).resolve('@utrecht/button-css/dist/index.min.css'), 'utf8');
  const css = withoutSelectors(source, STATE_CLASS);
  const picked = rulesWhere(css, (s) => !HINT.test(s) && (part === 'later') === LATER.test(s));
  return `export default ${JSON.stringify(minify(picked))};\n`;
}

export function firstScreen(locales: string, rules: string): Plugin {
  return {
    name: 'vw-first-screen',
    resolveId: (id) => (id === VIRTUAL || id === BUTTON || id === BUTTON_LATER ? `\0${id}` : null),
    load(id) {
      if (id === `\0${BUTTON}`) return buttonCss('first');
      if (id === `\0${BUTTON_LATER}`) return buttonCss('later');
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
