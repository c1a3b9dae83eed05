// The calm message when the rules cannot be used: a phone number, no technical words.
// The exact problem went to the console for the webmaster (load-rules.ts).
import type { i18n } from 'i18next';
import { telHref } from '../text/safe-href.ts';

export interface FailureProps {
  i18n: i18n;
  lang: string;
  headingLevel: number;
  gemeente?: string;
  phone?: string;
}

export function Failure({ i18n, lang, headingLevel, gemeente, phone }: FailureProps) {
  const t = i18n.getFixedT(lang);
  const Tag = `h${Math.min(6, Math.max(1, headingLevel))}` as 'h2';
  const href = telHref(phone);
  return (
    <div class="vw-alert vw-alert--info" role="status">
      <Tag class="vw-alert__heading">{t('failure.heading')}</Tag>
      <p class="vw-paragraph">{phone ? t('failure.text', { gemeente: gemeente ?? '', phone }) : t('failure.textNoPhone')}</p>
      {href && (
        <p class="vw-paragraph">
          <a class="vw-link" href={href}>
            {t('contact.phone', { phone })}
          </a>
        </p>
      )}
    </div>
  );
}
