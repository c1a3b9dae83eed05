// The calm message when the rules cannot be used: a phone number, no technical words.
// The exact problem went to the console for the webmaster (load-rules.ts).
import { failureSentence } from '../first-screen/text-keys.ts';
import type { Translate } from '../text/reason-sentence.ts';
import { telHref } from '../text/safe-href.ts';
import { Alert } from './alert.tsx';
import { Heading } from './heading.tsx';

export interface FailureProps {
  /** The widget's translate function in its language (outside <App>'s context: i18n.getFixedT(lang)). */
  t: Translate;
  headingLevel: number;
  /** 0 in place of the whole widget, 1 in place of a screen under the widget's title. */
  rank?: number;
  gemeente?: string;
  phone?: string;
}

export function Failure({ t, headingLevel, rank = 0, gemeente, phone }: FailureProps) {
  const href = telHref(phone);
  return (
    <Alert type="info" role="status">
      <Heading level={headingLevel + rank} rank={rank}>
        {t('failure.heading')}
      </Heading>
      <p class="utrecht-paragraph">
        {failureSentence((key, values) => t(`failure.${key}`, values), gemeente || undefined, phone)}
      </p>
      {href && (
        <p class="utrecht-paragraph">
          <a class="utrecht-link utrecht-link--html-a" href={href}>
            {t('contact.phone', { phone })}
          </a>
        </p>
      )}
    </Alert>
  );
}
