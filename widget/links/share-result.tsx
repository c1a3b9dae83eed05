// "Bewaar uw uitkomst": under the resident's results, a link that holds the answers in its fragment, made
// only after the resident has read what that means and agreed. Nothing is sent or stored: the link is shown
// for the resident to copy, and the hand-off link's format is used (widget/links/handoff-link.ts, one format).
import { useEffect, useRef, useState } from 'preact/hooks';
import type { CompiledRules } from '../engine/index.ts';
import type { Answers, EvaluationResult } from '../engine/types.ts';
import { useWidget } from '../shared/context.ts';
import { Heading } from '../shared/heading.tsx';
import { copyText } from './copy-text.ts';
import { useResultLink } from './use-result-link.ts';

export interface ShareResultProps {
  rules: CompiledRules;
  result: EvaluationResult;
  answers: Answers;
  date: string;
}

type Stage = 'closed' | 'asking' | 'shown';

export function ShareResult({ rules, result, answers, date }: ShareResultProps) {
  const { t, headingLevel } = useWidget();
  const [stage, setStage] = useState<Stage>('closed');
  // Only the answers needed for the same outcomes go in the link, and only once the resident agreed.
  const link = useResultLink(rules, result, answers, date, stage === 'shown');
  const [copied, setCopied] = useState<'' | 'yes' | 'select'>('');
  const question = useRef<HTMLParagraphElement>(null);
  const box = useRef<HTMLInputElement>(null);

  useEffect(() => {
    if (stage === 'asking') question.current?.focus();
    if (stage === 'shown' && link) box.current?.focus();
  }, [stage, link]);

  const copy = async () => {
    if (!link) return;
    if (await copyText(link)) setCopied('yes');
    else {
      box.current?.select();
      setCopied('select');
    }
  };

  return (
    <section class="vw-group vw-share vw-no-print" aria-labelledby="vw-share-heading">
      <Heading level={headingLevel + 2} id="vw-share-heading">
        {t('share.heading')}
      </Heading>
      <p class="utrecht-paragraph">{t('share.intro')}</p>
      {stage === 'closed' && (
        <div class="vw-actions">
          <button type="button" class="utrecht-button utrecht-button--secondary-action" onClick={() => setStage('asking')}>
            {t('share.button')}
          </button>
        </div>
      )}
      {stage === 'asking' && (
        <div class="vw-share__consent">
          <p class="utrecht-paragraph" ref={question} tabIndex={-1}>
            {t('share.consent')}
          </p>
          <details class="vw-share__details">
            <summary>{t('share.detailsSummary')}</summary>
            <p class="utrecht-paragraph">{t('share.details')}</p>
          </details>
          <div class="vw-actions">
            <button type="button" class="utrecht-button utrecht-button--primary-action" onClick={() => setStage('shown')}>
              {t('share.agree')}
            </button>
            <button type="button" class="utrecht-button utrecht-button--secondary-action" onClick={() => setStage('closed')}>
              {t('share.cancel')}
            </button>
          </div>
        </div>
      )}
      {stage === 'shown' && link && (
        <div class="vw-share__link">
          <div class="utrecht-form-field utrecht-form-field--text">
            <div class="utrecht-form-field__label">
              <label class="utrecht-form-label" for="vw-share-link">
                {t('share.linkLabel')}
              </label>
            </div>
            <div class="utrecht-form-field__input">
              <input
                ref={box}
                class="utrecht-textbox utrecht-textbox--html-input utrecht-textbox--url"
                id="vw-share-link"
                type="text"
                readOnly
                value={link}
                aria-describedby="vw-share-link-hint"
              />
            </div>
            <p class="vw-hint" id="vw-share-link-hint">
              {t('share.linkHint')}
            </p>
          </div>
          <div class="vw-actions">
            <button type="button" class="utrecht-button utrecht-button--secondary-action" onClick={copy}>
              {t('share.copy')}
            </button>
            <button
              type="button"
              class="utrecht-button utrecht-button--subtle"
              onClick={() => {
                setStage('closed');
                setCopied('');
              }}
            >
              {t('share.hide')}
            </button>
          </div>
          <p class="vw-hint" role="status">
            {copied === 'yes' ? t('share.copied') : copied === 'select' ? t('share.selectToCopy') : ''}
          </p>
        </div>
      )}
    </section>
  );
}
