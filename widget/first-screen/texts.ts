// The first screen's texts without i18next: Dutch is built into the entry (virtual:vw-first-screen, generated
// from locales/nl.json), another language is read from its locale chunk. Plain {{name}} placeholders.
import { nl } from 'virtual:vw-first-screen';
import { loadLocale } from '../i18n/locale-loaders.ts';
import { FIRST_SCREEN_KEYS, type FirstScreenTexts, pickKeys } from './text-keys.ts';

/** Dutch at once; another language when its locale chunk is in (Dutch for any text it lacks). */
export async function firstScreenTexts(lang: string): Promise<FirstScreenTexts> {
  if (lang === 'nl') return nl;
  const file = await loadLocale(lang);
  if (!file) return nl;
  const picked = pickKeys(file, FIRST_SCREEN_KEYS);
  for (const group of Object.keys(picked) as (keyof FirstScreenTexts)[]) {
    const own = picked[group] as Record<string, string>;
    for (const [key, value] of Object.entries(nl[group] as Record<string, string>)) own[key] ||= value;
  }
  return picked;
}
