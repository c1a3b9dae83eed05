// The first screen's locale keys and their tiny formatter: plain data and functions, no imports, so the build
// plugin (Node) and the entry (browser) share them.
/** The locale keys the first screen uses (entry and build plugin agree on them). */
export const FIRST_SCREEN_KEYS = {
  app: ['title', 'titleNoName', 'loading', 'busy'],
  intro: ['heading', 'text', 'privacy', 'time', 'timeFew', 'unknownOk', 'start', 'example'],
  nav: ['language'],
  language: ['notice'],
  failure: ['heading', 'text', 'textNoName', 'textNoPhone'],
  contact: ['phone'],
} as const;

type Keys = typeof FIRST_SCREEN_KEYS;
export type FirstScreenTexts = { [G in keyof Keys]: Record<Keys[G][number], string> };

/** The listed keys of a locale file; a missing text is an empty string (the Dutch one is used instead). */
export function pickKeys(file: Record<string, unknown>, keys: Record<string, readonly string[]>): FirstScreenTexts {
  const out: Record<string, Record<string, string>> = {};
  for (const group of Object.keys(keys)) {
    const source = (file[group] ?? {}) as Record<string, unknown>;
    out[group] = {};
    for (const key of keys[group] ?? []) {
      const value = source[key];
      (out[group] as Record<string, string>)[key] = typeof value === 'string' ? value : '';
    }
  }
  return out as FirstScreenTexts;
}

/** A text with its {{placeholders}} filled in. */
export function format(text: string, values: Record<string, string | number> = {}): string {
  return text.replace(/\{\{\s*(\w+)\s*\}\}/g, (whole, name: string) => (name in values ? String(values[name]) : whole));
}

/** The intro's "about N minutes": some 20 seconds per question, rounded up, at least 2 (honest without a stopwatch). */
export function introMinutes(questions: number): number {
  return Math.max(2, Math.ceil((questions * 20) / 60));
}

/** The calm message's sentence: with the gemeente's name and phone when known, the phone alone, or neither.
 *  `t` reads a failure.* key (i18next's t, or the entry's texts). */
export function failureSentence(
  t: (key: 'text' | 'textNoName' | 'textNoPhone', values?: Record<string, string>) => string,
  gemeente: string | undefined,
  phone: string | undefined,
): string {
  if (!phone) return t('textNoPhone');
  return gemeente ? t('text', { gemeente, phone }) : t('textNoName', { phone });
}
