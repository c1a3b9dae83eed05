// On paper only: which gemeente's rules, which version, and the day it was printed (Europe/Amsterdam), so a
// printed summary can be dated and checked later.

import { useWidget } from '../../shared/context.ts';
import { intlLocale } from '../../text/format.ts';

export function PrintHeader() {
  const { t, lang, file } = useWidget();
  const date = new Intl.DateTimeFormat(intlLocale(lang), { dateStyle: 'long', timeZone: 'Europe/Amsterdam' }).format(new Date());
  return (
    <p class="utrecht-paragraph vw-print-only vw-print-header">
      {t('results.printHeader', { date, gemeente: file.gemeente.name, version: file.version })}
    </p>
  );
}
