// The message for a `#vw=` link that is not opened. It names only this widget's side (the gemeente, that the
// rules changed), never anything the link says: a link is text from anyone. It shows on the intro, before any
// question, but its texts (share.*) are in the later part of the interface texts: it waits for them, and shows
// nothing rather than a raw key when they do not load (the intro stays usable).

import { useWidget } from '../shared/context.ts';
import { useLaterTexts } from '../shared/use-later-texts.ts';
import type { LinkRefusal } from './handoff-link.ts';

export function LinkRefused({ reason, onClose }: { reason: LinkRefusal; onClose: () => void }) {
  const { t, file } = useWidget();
  const texts = useLaterTexts();
  if (texts !== 'ready') return null;
  return (
    <div class="utrecht-alert utrecht-alert--warning vw-link-refused">
      <div class="utrecht-alert__content">
        <div class="utrecht-alert__message" role="alert">
          <p class="utrecht-paragraph">{t(`share.refused.${reason}`, { gemeente: file.gemeente.name })}</p>
          <p class="utrecht-paragraph">{t('share.refused.again')}</p>
        </div>
        <button type="button" class="utrecht-button utrecht-button--secondary-action" onClick={onClose}>
          {t('share.refused.close')}
        </button>
      </div>
    </div>
  );
}
