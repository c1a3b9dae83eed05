// The hand-off link on the sheet: only after the client agrees (the checkbox), then the link as a QR code for
// the paper and as text to copy on screen. Without consent no link is made at all (useResultLink).
import { useState } from 'preact/hooks';
import type { CompiledRules } from '../../engine/index.ts';
import type { Answers, EvaluationResult } from '../../engine/types.ts';
import { useResultLink } from '../../links/use-result-link.ts';
import { useWidget } from '../../shared/context.ts';
import { Heading } from '../../shared/heading.tsx';
import { QrCode } from '../qr-code.tsx';

export interface HandoffSectionProps {
  rules: CompiledRules;
  result: EvaluationResult;
  answers: Answers;
  date: string;
  level: number;
}

export function HandoffSection({ rules, result, answers, date, level }: HandoffSectionProps) {
  const { t } = useWidget();
  const [consent, setConsent] = useState(false);
  const [copied, setCopied] = useState(false);
  const link = useResultLink(rules, result, answers, date, consent);
  return (
    <div class="vw-sheet__handoff">
      <div class="utrecht-form-field utrecht-form-field--checkbox vw-no-print">
        <input
          class="utrecht-form-field__input utrecht-checkbox utrecht-checkbox--html-input"
          type="checkbox"
          id="vw-professional-consent"
          checked={consent}
          onChange={(e) => setConsent((e.currentTarget as HTMLInputElement).checked)}
        />
        <label class="utrecht-form-field__label utrecht-form-label utrecht-form-label--checkbox" for="vw-professional-consent">
          {t('professional.handoff.consent')}
        </label>
      </div>
      {link && (
        <>
          <Heading level={level}>{t('professional.handoff.heading')}</Heading>
          <p class="utrecht-paragraph">{t('professional.handoff.explain')}</p>
          <QrCode text={link} label={t('professional.handoff.qrLabel')} />
          <div class="utrecht-form-field utrecht-form-field--text vw-no-print">
            <div class="utrecht-form-field__label">
              <label class="utrecht-form-label" for="vw-professional-link">
                {t('professional.handoff.linkLabel')}
              </label>
            </div>
            <div class="utrecht-form-field__input">
              <input
                class="utrecht-textbox utrecht-textbox--html-input utrecht-textbox--url vw-professional-link"
                id="vw-professional-link"
                type="text"
                readOnly
                value={link}
              />
            </div>
          </div>
          <div class="vw-actions vw-no-print">
            <button
              type="button"
              class="utrecht-button utrecht-button--secondary-action"
              onClick={() =>
                navigator.clipboard
                  ?.writeText(link)
                  .then(() => setCopied(true))
                  .catch(() => setCopied(false))
              }
            >
              {t('professional.handoff.copy')}
            </button>
            <span role="status">{copied ? t('professional.handoff.copied') : ''}</span>
          </div>
        </>
      )}
    </div>
  );
}
