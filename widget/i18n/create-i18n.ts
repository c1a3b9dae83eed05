// One i18next instance per mounted widget (two widgets in two languages must not share state).
// Locale files are discovered, and each is loaded only when that language is first used.
import i18next, { type i18n } from 'i18next';
import { interfaceLanguages, loadLocale } from './locale-loaders.ts';

export { interfaceLanguages };

async function ensureLoaded(instance: i18n, lang: string): Promise<void> {
  if (instance.hasResourceBundle(lang, 'translation')) return;
  const file = loadLocale(lang);
  if (!file) return;
  instance.addResourceBundle(lang, 'translation', await file, true, true);
}

/** Review status of a translation (meta.review in its locale file): the Dutch source, reviewed, or a concept. */
export type ReviewStatus = 'source' | 'reviewed' | 'concept';

export interface LocaleMeta {
  nativeName: string;
  dir: 'ltr' | 'rtl';
  review: ReviewStatus;
}

/**
 * The meta block of every locale file, for staff views (professional mode, beheer page). Loads every locale
 * chunk, so residents' widgets never call it.
 */
export async function loadLocaleMeta(): Promise<Record<string, LocaleMeta>> {
  const entries = await Promise.all(
    interfaceLanguages.map(async (lang) => {
      const file = (await loadLocale(lang)) as { meta?: LocaleMeta } | undefined;
      return [lang, file?.meta] as const;
    }),
  );
  return Object.fromEntries(entries.filter((e): e is [string, LocaleMeta] => e[1] !== undefined));
}

/** A fresh, initialised instance with `lang` (and the Dutch fallback) loaded. */
export async function createI18n(lang: string): Promise<i18n> {
  // The locale chunks start downloading now, not after i18next's init (which waits a task); a module is
  // fetched once, so ensureLoaded below gets the same download.
  for (const code of new Set(['nl', lang])) void loadLocale(code)?.catch(() => undefined);
  const instance = i18next.createInstance();
  await instance.init({
    lng: lang,
    fallbackLng: 'nl',
    resources: {},
    partialBundledLanguages: true,
    // Preact escapes text itself; escaping here would show "&amp;" in names like "Sam& Overijssel".
    interpolation: { escapeValue: false },
    returnNull: false,
  });
  await ensureLoaded(instance, 'nl');
  await switchLanguage(instance, lang);
  return instance;
}

/** Load `lang` if needed, then switch this instance (only this widget) to it. */
export async function switchLanguage(instance: i18n, lang: string): Promise<void> {
  await ensureLoaded(instance, lang);
  await instance.changeLanguage(interfaceLanguages.includes(lang) ? lang : 'nl');
}
