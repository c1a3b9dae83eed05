// The first screen's texts without i18next: Dutch is built into the entry (virtual:vw-first-screen, generated
// from locales/nl.json), another language's are read from the first part of its locale file (about 1.2-1.5 kB
// gzip, widget/i18n/text-parts.ts). That part is the one the entry preloads for i18next anyway, so one download
// serves both. Plain {{name}} placeholders.
import { nl } from 'virtual:vw-first-screen';
import { loadLocale } from '../i18n/locale-loaders.ts';
import { FIRST_SCREEN_KEYS, type FirstScreenTexts, pickKeys } from './text-keys.ts';

/** Dutch at once; another language when its locale's first part is in (Dutch for any text it lacks). */
export async function firstScreenTexts(lang: string): Promise<FirstScreenTexts> {
  if (lang === 'nl') return nl;
  const file = loadLocale(lang);
  if (!file) return nl;
  // pickKeys makes a new object, so filling in Dutch never changes the loaded module.
  const picked = pickKeys(await file, FIRST_SCREEN_KEYS);
  for (const group of Object.keys(picked) as (keyof FirstScreenTexts)[]) {
    const own = picked[group] as Record<string, string>;
    for (const [key, value] of Object.entries(nl[group] as Record<string, string>)) own[key] ||= value;
  }
  return picked;
}
