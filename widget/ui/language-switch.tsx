// Switches this widget's language only (its own i18next instance); the choice is never stored. Offers the
// languages that both the rules file and the interface locales have (plus the current one), each in its own
// name and marked with its own lang, so a screen reader reads "العربية" in Arabic.
import { interfaceLanguages } from '../i18n/create-i18n.ts';
import { LANGUAGE_CODES, LANGUAGES } from '../i18n/languages.ts';
import { useWidget } from './context.ts';

export function LanguageSwitch({ onChange }: { onChange: (lang: string) => void }) {
  const { t, lang, file } = useWidget();
  const languages = LANGUAGE_CODES.filter((l) => interfaceLanguages.includes(l) && (l === lang || file.languages.includes(l)));
  if (languages.length < 2) return null;
  return (
    <nav class="vw-lang" aria-label={t('nav.language')}>
      <ul class="vw-lang__list">
        {languages.map((l) => (
          <li key={l}>
            <button
              type="button"
              class={`utrecht-button utrecht-button--subtle${l === lang ? ' utrecht-button--pressed' : ''} vw-lang__button`}
              lang={l}
              dir={LANGUAGES[l]?.dir}
              aria-pressed={l === lang ? 'true' : 'false'}
              onClick={() => l !== lang && onChange(l)}
            >
              {LANGUAGES[l]?.nativeName ?? l}
            </button>
          </li>
        ))}
      </ul>
    </nav>
  );
}
