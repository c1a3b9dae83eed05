// The first screen: what this is, the privacy promise, how long it takes. Nothing is asked yet. The entry paints
// the same markup in plain DOM before the app has loaded (first-screen/views.ts); this one is for "Vorige" from
// the first question and for "Opnieuw beginnen".
import { introMinutes } from '../first-screen/text-keys.ts';
import { Alert } from '../shared/alert.tsx';
import { useWidget } from '../shared/context.ts';
import { Heading } from '../shared/heading.tsx';

export function Intro({ focus, busy, onStart }: { focus: boolean; busy: boolean; onStart: () => void }) {
  const { t, file, headingLevel } = useWidget();
  const minutes = introMinutes(file.questions.length);
  return (
    <section class="vw-intro">
      <Heading level={headingLevel + 1} focus={focus}>
        {t('intro.heading')}
      </Heading>
      {file.example && (
        <Alert type="warning">
          <p class="utrecht-paragraph">{t('intro.example')}</p>
        </Alert>
      )}
      <p class="utrecht-paragraph">{t('intro.text')}</p>
      <ul class="vw-list vw-intro__promises">
        <li>{t('intro.privacy')}</li>
        <li>{t('intro.time', { minutes })}</li>
        <li>{t('intro.unknownOk')}</li>
      </ul>
      <div class="vw-actions">
        <button
          type="button"
          class={`utrecht-button utrecht-button--primary-action${busy ? ' utrecht-button--busy' : ''}`}
          aria-disabled={busy ? 'true' : undefined}
          onClick={onStart}
        >
          {t('intro.start')}
        </button>
      </div>
    </section>
  );
}
