// Switches this widget's language only (its own i18next instance); the choice is never stored. The same compact
// menu the entry paints on the first screen (first-screen/language-menu.ts), so it is written once: languages that
// both the rules file and the interface locales have (plus the current one), each in its own name and lang.
import { useLayoutEffect, useRef } from 'preact/hooks';
import { languageMenu, offeredLanguages } from '../first-screen/language-menu.ts';
import { interfaceLanguages } from '../i18n/locale-loaders.ts';
import { useWidget } from './context.ts';

export function LanguageSwitch({ onChange }: { onChange: (lang: string) => void }) {
  const { t, lang, file } = useWidget();
  const slot = useRef<HTMLDivElement>(null);
  const latest = useRef(onChange);
  latest.current = onChange;
  const languages = offeredLanguages(lang, interfaceLanguages, file.languages);
  const key = languages.join(' ');
  const label = t('nav.language');
  useLayoutEffect(() => {
    const menu = languageMenu({ lang, languages, label, onChange: (l) => latest.current(l) });
    if (menu) slot.current?.append(menu);
    return () => menu?.remove();
  }, [lang, key, label]);
  if (languages.length < 2) return null;
  return <div ref={slot} class="vw-lang-slot" />;
}
