// The bundled rules, split by widget/build/bundled-rules-plugin.ts.
declare module 'virtual:vw-bundled-rules' {
  import type { Opening } from './engine/opening.ts';
  import type { TextPatch } from './text/localized-parts.ts';
  /** The rules file with Dutch texts only, no example households, and no regelingen or hulppunten yet (empty
   *  lists); `opening` is the empty household's first step, or null when the build found none. */
  export const core: () => Promise<{ default: unknown; opening: Opening | null }>;
  /** The regelingen and hulppunten of the core, with Dutch texts. */
  export const offers: () => Promise<{ default: { regelingen: unknown[]; hulppunten: unknown[] } }>;
  /** Per other language of the file, its texts as a patch for applyTexts. */
  export const texts: Record<string, () => Promise<{ default: TextPatch }>>;
}

// The entry's built-in first-screen data, from widget/build/first-screen-plugin.ts.
declare module 'virtual:vw-first-screen' {
  import type { FirstScreenTexts } from './first-screen/text-keys.ts';
  /** The first screen's Dutch texts (a few keys of locales/nl.json). */
  export const nl: FirstScreenTexts;
  /** The bundled rules file, summed up for the first screen. */
  export const bundled: { gemeente: string; phone?: string; languages: string[]; questions: number; example: boolean };
}

// The Utrecht button CSS split for the first screen (widget/build/first-screen-plugin.ts).
declare module 'virtual:vw-button-css' {
  /** Base, primary action, subtle, busy, pressed and their states: the first screen's buttons. */
  const css: string;
  export default css;
}
declare module 'virtual:vw-button-css-later' {
  /** Secondary action and submit, adopted with the rest of the widget. */
  const css: string;
  export default css;
}

// The interface locale files in two parts each (widget/build/locale-parts-plugin.ts, widget/i18n/text-parts.ts).
declare module 'virtual:vw-locales' {
  /** The later part of one language: every group the first part does not have. */
  export type LaterPart = { default: Record<string, unknown> };
  /** The first part of one language (the groups the app needs up to a question screen), and its later part's loader. */
  export type FirstPart = { default: Record<string, unknown>; later: () => Promise<LaterPart> };
  /** Per interface language, the loader of its first part. */
  const parts: Record<string, () => Promise<FirstPart>>;
  export default parts;
}
