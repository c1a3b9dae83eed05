// The review status of every interface language (meta.review in locales/<code>.json), for staff views.
import { useAsync } from '../shared/use-async.ts';
import { type LocaleMeta, loadLocaleMeta } from './create-i18n.ts';
import { LANGUAGE_CODES } from './languages.ts';

/** Languages with their meta, in switch order; null until loaded (or when loading failed). */
export function useLocaleMeta(): { code: string; meta: LocaleMeta }[] | null {
  const meta = useAsync(loadLocaleMeta, []).value;
  if (!meta) return null;
  return LANGUAGE_CODES.flatMap((code) => (meta[code] ? [{ code, meta: meta[code] }] : []));
}
