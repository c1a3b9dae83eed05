// Switches this widget's language only (its own i18next instance). Offers the languages that both the
// rules file and the interface locales have.
import { interfaceLanguages } from '../i18n/create-i18n.ts';
import { useWidget } from './context.ts';

const NAMES: Record<string, string> = { nl: 'Nederlands', en: 'English' };

export function LanguageSwitch({ onChange }: { onChange: (lang: string) => void }) {
  const { t, lang, file } = useWidget();
  const languages = file.languages.filter((l) => interfaceLanguages.includes(l));
  if (languages.length < 2) return null;
  return (
    <nav class="vw-lang" aria-label={t('nav.language')}>
      <ul class="vw-lang__list">
        {languages.map((l) => (
          <li key={l}>
            <button
              type="button"
              class="vw-button vw-button--subtle vw-lang__button"
              lang={l}
              aria-pressed={l === lang ? 'true' : 'false'}
              onClick={() => l !== lang && onChange(l)}
            >
              {NAMES[l] ?? l}
            </button>
          </li>
        ))}
      </ul>
    </nav>
  );
}
