// The style sheets the first screen uses, adopted by the entry before the rest of the widget has loaded: the
// Utrecht components of the intro and the language menu, the first screen's part of the fallback theme, our tokens
// and first-screen.css. sheets.ts adds the rest in the same order, reusing these sheet objects. The alert and link
// components come with the rest: the entry's own calm message (app chunk unreachable, browser too old) is then
// plain text in the widget's frame, which is enough for a heading, a sentence and a phone number.

import buttonCss from 'virtual:vw-button-css';
import documentCss from '@utrecht/document-css/dist/index.min.css?inline';
import heading2Css from '@utrecht/heading-2-css/dist/index.min.css?inline';
import heading3Css from '@utrecht/heading-3-css/dist/index.min.css?inline';
import paragraphCss from '@utrecht/paragraph-css/dist/index.min.css?inline';
import fallbackThemeCss from './fallback-theme.css?inline';
import firstScreenCss from './first-screen.css?inline';
import tokensCss from './tokens.css?inline';

/** Each part of the cascade by name; sheets.ts orders them with the rest. */
export const FIRST_SCREEN_CSS = {
  document: documentCss,
  heading2: heading2Css,
  heading3: heading3Css,
  paragraph: paragraphCss,
  button: buttonCss,
  fallbackTheme: fallbackThemeCss,
  tokens: tokensCss,
  firstScreen: firstScreenCss,
};

const built = new Map<string, CSSStyleSheet>();

/** One constructed sheet per CSS text, shared by every widget on the page (sheets are immutable here). */
export function sheetFor(css: string): CSSStyleSheet {
  let sheet = built.get(css);
  if (!sheet) {
    sheet = new CSSStyleSheet();
    sheet.replaceSync(css);
    built.set(css, sheet);
  }
  return sheet;
}

/** Adopt `cssTexts` in this order into `root`, keeping sheets a host put there; without support, unstyled. */
export function adopt(root: ShadowRoot, cssTexts: readonly string[]): void {
  try {
    const own = cssTexts.map(sheetFor);
    const all = [...built.values()];
    root.adoptedStyleSheets = [...(root.adoptedStyleSheets ?? []).filter((s) => !all.includes(s)), ...own];
  } catch (error) {
    console.warn('[voorzieningen-wijzer] Deze browser kan de opmaak niet laden (adoptedStyleSheets).', error);
  }
}

const c = FIRST_SCREEN_CSS;
/** The first screen's cascade: Utrecht components, then the fallback theme, then our layout. */
export const FIRST_SCREEN_ORDER = [
  c.document,
  c.heading2,
  c.heading3,
  c.paragraph,
  c.button,
  c.fallbackTheme,
  c.tokens,
  c.firstScreen,
];
