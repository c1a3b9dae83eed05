// What the wijkteam view shows for a #vw= link: why it cannot be opened, or the question whether to open it
// (opening replaces what is filled in).
import type { DecodeResult } from '../links/handoff-link.ts';
import { LinkRefused } from '../links/link-refused.tsx';
import { useWidget } from '../shared/context.ts';

export interface LinkOfferProps {
  offer: DecodeResult;
  onOpen: () => void;
  onDecline: () => void;
}

export function LinkOfferAlert({ offer, onOpen, onDecline }: LinkOfferProps) {
  const { t } = useWidget();
  if (!offer.ok) return <LinkRefused reason={offer.reason} onClose={onDecline} />;
  return (
    <div class="utrecht-alert utrecht-alert--info vw-professional-offer" role="alert">
      <p class="utrecht-paragraph">{t('professional.handoff.offer', { date: offer.date })}</p>
      <div class="vw-actions">
        <button type="button" class="utrecht-button utrecht-button--primary-action" onClick={onOpen}>
          {t('professional.handoff.open')}
        </button>
        <button type="button" class="utrecht-button utrecht-button--secondary-action" onClick={onDecline}>
          {t('professional.handoff.decline')}
        </button>
      </div>
    </div>
  );
}
