// The first screen's texts without i18next: Dutch is built into the entry (virtual:vw-first-screen, generated
// from locales/nl.json), another language comes from a tiny chunk with only those keys of its locale file (about
// 0.7 kB gzip instead of the locale's first part, about 1.2 kB, which i18next loads later). Plain {{name}} placeholders.
import { nl, others } from 'virtual:vw-first-screen';
import type { FirstScreenTexts } from './text-keys.ts';

/** Dutch at once; another language when its locale chunk is in (Dutch for any text it lacks). */
export async function firstScreenTexts(lang: string): Promise<FirstScreenTexts> {
  if (lang === 'nl') return nl;
  const load = Object.hasOwn(others, lang) ? others[lang] : undefined;
  if (!load) return nl;
  const picked = structuredClone((await load()).default);
  for (const group of Object.keys(picked) as (keyof FirstScreenTexts)[]) {
    const own = picked[group] as Record<string, string>;
    for (const [key, value] of Object.entries(nl[group] as Record<string, string>)) own[key] ||= value;
  }
  return picked;
}
