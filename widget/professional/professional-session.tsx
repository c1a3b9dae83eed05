// One wijkteam session: every question on one screen in groups, the results beside them recomputed on every
// change (useLiveResult), an editable peildatum, the overdrachtsblad and an offered #vw= link. A wipe throws
// the session away (widget/professional/professional-view.tsx); nothing is stored, so a reload forgets it all.
import { useCallback, useMemo, useRef, useState } from 'preact/hooks';
import { todayInAmsterdam } from '../engine/index.ts';
import type { Question } from '../engine/types.ts';
import { useCompiledRules, useWidget } from '../shared/context.ts';
import { useIdleWipe } from './idle-wipe.ts';
import { LinkOfferAlert } from './link-offer.tsx';
import { LiveResults } from './live-results.tsx';
import { Overdrachtsblad } from './overdrachtsblad.tsx';
import { QuestionGroups } from './question-groups.tsx';
import { SessionToolbar } from './session-toolbar.tsx';
import { useAfterPaint } from './use-after-paint.ts';
import { useDrafts } from './use-drafts.ts';
import { useFreshStart } from './use-fresh-start.ts';
import { useLinkOffer } from './use-link-offer.ts';
import { useLiveResult } from './use-live-result.ts';

/** Why a session ended: the worker's button or the idle clock. */
export type Wipe = 'manual' | 'idle';

export interface SessionProps {
  /** The configured peildatum; omitted = today in Europe/Amsterdam. */
  date?: string;
  /** Idle minutes before the wipe; 0 = off. */
  idleMinutes: number;
  /** Mounted after a wipe: the focus goes to the start. */
  wiped: boolean;
  onWipe: (why: Wipe) => void;
}

export function ProfessionalSession({ date: configured, idleMinutes, wiped, onWipe }: SessionProps) {
  const { t, file, headingLevel } = useWidget();
  const rules = useCompiledRules();
  const { drafts, onDraft, replace } = useDrafts();
  const [date, setDate] = useState(configured ?? todayInAmsterdam());
  const [message, setMessage] = useState('');
  const root = useRef<HTMLElement>(null);
  const links = useLinkOffer(file);
  const fresh = useFreshStart(wiped);
  const { live, evaluation } = useLiveResult(drafts, date);
  useIdleWipe(root, idleMinutes, () => onWipe('idle'));
  const QuestionsHeading = `h${Math.min(6, headingLevel + 1)}` as 'h3';

  const openOffer = () => {
    const link = links.take();
    if (link?.ok) {
      replace(file.questions, link.answers);
      setDate(link.date);
      setMessage(t('professional.handoff.opened'));
    }
    fresh.restart();
  };

  const visible = useCallback((q: Question) => (live ? live.result.askWhen[q.id] === 'ja' : q.askWhen === undefined), [live]);
  // The same vnode again makes preact skip the subtree: a keystroke does not re-render results and sheet, only
  // a new result does (preact/compat's memo would also change event handling for the whole widget).
  const results = useMemo(() => live && <LiveResults result={live.result} evaluation={evaluation} />, [live, evaluation]);
  // The sheet (for printing, below the fold) follows a paint later, so the results are on screen first.
  const sheetLive = useAfterPaint(live);
  const sheet = useMemo(
    () =>
      sheetLive && (
        <Overdrachtsblad key={fresh.round} rules={rules} result={sheetLive.result} answers={sheetLive.answers} date={date} />
      ),
    [sheetLive, fresh.round, rules, date],
  );

  return (
    <section class="vw-professional" ref={root}>
      {links.offer && <LinkOfferAlert offer={links.offer} onOpen={openOffer} onDecline={links.decline} />}
      <SessionToolbar date={date} onDate={setDate} idleMinutes={idleMinutes} onWipe={() => onWipe('manual')} />
      <div class="vw-professional-columns">
        <section class="vw-professional-questions" aria-labelledby="vw-professional-questions-heading" key={fresh.round}>
          <QuestionsHeading ref={fresh.heading} id="vw-professional-questions-heading" class="utrecht-heading-3" tabIndex={-1}>
            {t('professional.questions.heading')}
          </QuestionsHeading>
          <QuestionGroups drafts={drafts} visible={visible} onDraft={onDraft} />
        </section>
        {results}
      </div>
      {sheet}
      <div class="vw-visually-hidden" role="status">
        {message}
      </div>
    </section>
  );
}
