// The language menu, in plain DOM so the entry can paint it; the app's LanguageSwitch wraps the same code. A
// disclosure: one compact button with the current language's own name, and a list of every language in its own
// name (each with its own lang and dir, so a screen reader pronounces "العربية" in Arabic) that exists in the
// DOM only while open. Closed, the first screen lays out no Arabic, Cyrillic or Ge'ez text (font fallback on a slow
// phone costs tens of milliseconds) and takes one line at 320 px. Escape or a click elsewhere closes it.
import { LANGUAGE_CODES, LANGUAGES } from '../i18n/languages.ts';
import { h, svg } from './dom.ts';

export interface LanguageMenuProps {
  /** The widget's language. */
  lang: string;
  /** Languages to offer, in switch order (the current one is always offered). */
  languages: readonly string[];
  /** nav.language in the widget language ("Taal"). */
  label: string;
  onChange: (lang: string) => void;
}

let menus = 0;

/** The languages to offer: those with an interface locale that the rules file has, plus the current one. */
export function offeredLanguages(lang: string, interfaceLanguages: readonly string[], fileLanguages: readonly string[]) {
  return LANGUAGE_CODES.filter((l) => interfaceLanguages.includes(l) && (l === lang || fileLanguages.includes(l)));
}

/** A globe, drawn with strokes in currentColor: recognisable without reading any language. */
function globe(): SVGElement {
  const path = (d: string) => svg('path', { d });
  return svg(
    'svg',
    {
      class: 'vw-lang__icon',
      viewBox: '0 0 24 24',
      fill: 'none',
      stroke: 'currentColor',
      'stroke-width': '2',
      'aria-hidden': 'true',
      focusable: 'false',
    },
    svg('circle', { cx: '12', cy: '12', r: '9' }),
    path('M3 12h18'),
    path('M12 3c2.5 2.7 3.8 5.7 3.8 9s-1.3 6.3-3.8 9c-2.5-2.7-3.8-5.7-3.8-9S9.5 5.7 12 3z'),
  );
}

/** The menu element; null when there is only one language to offer. */
export function languageMenu({ lang, languages, label, onChange }: LanguageMenuProps): HTMLElement | null {
  if (languages.length < 2) return null;
  const id = `vw-lang-${++menus}`;
  const info = LANGUAGES[lang];
  let list: HTMLUListElement | null = null;
  const toggle = h(
    'button',
    {
      type: 'button',
      class: 'utrecht-button utrecht-button--subtle vw-lang__toggle',
      'aria-expanded': 'false',
      'aria-controls': id,
      onclick: () => (list ? close(false) : open()),
    },
    globe(),
    h('span', { class: 'vw-visually-hidden' }, `${label}: `),
    h('span', { lang, dir: info?.dir }, info?.nativeName ?? lang),
  );
  const nav = h('nav', { class: 'vw-lang', 'aria-label': label }, toggle);
  // Also closes (and stops listening) once the menu is gone from the page, e.g. the widget was unmounted.
  const onOutside = (event: Event) => {
    if (!nav.isConnected || !event.composedPath().includes(nav)) close(false);
  };
  const onKey = (event: Event) => {
    if ((event as KeyboardEvent).key === 'Escape') close(true);
  };
  function open() {
    list = h(
      'ul',
      { class: 'vw-lang__list', id },
      ...languages.map((l) =>
        h(
          'li',
          {},
          h(
            'button',
            {
              type: 'button',
              class: 'utrecht-button utrecht-button--subtle vw-lang__option',
              lang: l,
              dir: LANGUAGES[l]?.dir,
              'aria-current': l === lang ? 'true' : undefined,
              onclick: () => {
                close(true);
                if (l !== lang) onChange(l);
              },
            },
            LANGUAGES[l]?.nativeName ?? l,
          ),
        ),
      ),
    );
    nav.append(list);
    toggle.setAttribute('aria-expanded', 'true');
    nav.addEventListener('keydown', onKey);
    nav.ownerDocument.addEventListener('click', onOutside, true);
  }
  function close(refocus: boolean) {
    if (!list) return;
    list.remove();
    list = null;
    toggle.setAttribute('aria-expanded', 'false');
    nav.removeEventListener('keydown', onKey);
    nav.ownerDocument.removeEventListener('click', onOutside, true);
    if (refocus) toggle.focus();
  }
  return nav;
}
