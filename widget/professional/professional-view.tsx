// Wijkteam mode (mode="professional"): every question on one screen in groups, the results beside them
// recomputed on every change, an editable peildatum, the overdrachtsblad, the hand-off link and the wipes.
// Everything lives in this component's memory: nothing is stored, so a reload forgets it all.
import { useCallback, useEffect, useLayoutEffect, useMemo, useRef, useState } from 'preact/hooks';
import { todayInAmsterdam } from '../engine/index.ts';
import type { Answers, Question } from '../engine/types.ts';
import { clearPayloadFromAddress } from '../links/fragment.ts';
import type { DecodeResult } from '../links/handoff-link.ts';
import { LinkRefused } from '../links/link-refused.tsx';
import { useLinkFragment } from '../links/use-link-fragment.ts';
import { useWidget } from '../shared/context.ts';
import { questionKinds } from '../shared/questions/registry.ts';
import type { Draft } from '../shared/questions/types.ts';
import { useIdleWipe } from './idle-wipe.ts';
import { LiveResults } from './live-results.tsx';
import { computeLive, type LiveState, readDrafts } from './live-state.ts';
import { Overdrachtsblad } from './overdrachtsblad.tsx';
import { PeildatumField } from './peildatum-field.tsx';
import { QuestionGroups } from './question-groups.tsx';

export interface ProfessionalViewProps {
  /** The configured peildatum; omitted = today in Europe/Amsterdam. */
  date?: string;
  /** Idle minutes before the wipe; 0 = off. */
  idleMinutes: number;
}

/** About one frame at 60 Hz: a longer evaluation makes the next one wait for a paint first. */
const FRAME_MS = 16;

type Wipe = 'manual' | 'idle';

/** A wipe throws the whole session away and mounts a fresh one: new state, new DOM nodes, new closures. Only
 *  resetting the state left the typed income in the heap (a detached radio kept the old onChange closure and
 *  its drafts alive), which a forced GC then still found (tests/browser/wipe-heap.test.ts). */
export function ProfessionalView(props: ProfessionalViewProps) {
  const { t } = useWidget();
  const [wipes, setWipes] = useState<{ count: number; why: Wipe | null }>({ count: 0, why: null });
  const onWipe = useCallback((why: Wipe) => {
    clearPayloadFromAddress();
    setWipes((w) => ({ count: w.count + 1, why }));
  }, []);
  return (
    <>
      <ProfessionalSession key={wipes.count} {...props} wiped={wipes.why !== null} onWipe={onWipe} />
      <div class="vw-visually-hidden" role="status">
        {wipes.why && t(wipes.why === 'idle' ? 'professional.wipe.idleDone' : 'professional.wipe.done')}
      </div>
    </>
  );
}

interface SessionProps extends ProfessionalViewProps {
  /** Mounted after a wipe: the focus goes to the start. */
  wiped: boolean;
  onWipe: (why: Wipe) => void;
}

function ProfessionalSession({ date: configured, idleMinutes, wiped, onWipe }: SessionProps) {
  const { t, lang, rules, file, headingLevel } = useWidget();
  const start = configured ?? todayInAmsterdam();
  const [drafts, setDrafts] = useState<Record<string, Draft>>({});
  const [date, setDate] = useState(start);
  const [session, setSession] = useState(0);
  const [live, setLive] = useState<LiveState | null>(null);
  const [evaluation, setEvaluation] = useState(0);
  // A link (at the start, or pasted into the open tab) is taken out of the address bar at once and kept here
  // until the worker opens or declines it.
  const [offer, setOffer] = useState<DecodeResult | null>(null);
  useLinkFragment(file, true, setOffer);
  const [message, setMessage] = useState('');
  const root = useRef<HTMLElement>(null);
  const startHeading = useRef<HTMLHeadingElement>(null);
  const generation = useRef(0);
  const pendingFocus = useRef(wiped);
  const QuestionsHeading = `h${Math.min(6, headingLevel + 1)}` as 'h3';

  const raw = useMemo(() => readDrafts(file.questions, drafts, t, lang), [file, drafts, t, lang]);
  // One evaluation at a time; a change during a run waits, and only the newest waiting input runs next
  // (intermediate keystrokes are skipped). A layout effect, not an effect: an effect would wait until the typed
  // character is painted, so the new result would land a frame later. A run longer than a frame (a big rules
  // file) blocks typing, so after one the next run first lets the browser paint and handle waiting keystrokes.
  const queue = useRef<{
    running: boolean;
    slow: boolean;
    next: { raw: Answers; date: string; generation: number } | null;
  }>({ running: false, slow: false, next: null });
  useLayoutEffect(() => {
    const q = queue.current;
    q.next = { raw, date, generation: ++generation.current };
    if (q.running) return;
    const pump = async () => {
      q.running = true;
      while (q.next) {
        if (q.slow) await new Promise((resume) => setTimeout(resume, 0));
        const job = q.next;
        q.next = null;
        const started = performance.now();
        try {
          const state = await computeLive(rules, job.raw, job.date);
          if (job.generation === generation.current) {
            setLive(state);
            setEvaluation((n) => n + 1);
          }
        } catch {
          // An unusable peildatum: the date field says so; the last result stays until the date is fixed.
        }
        q.slow = performance.now() - started > FRAME_MS;
      }
      q.running = false;
    };
    void pump();
  }, [rules, raw, date]);

  useIdleWipe(root, idleMinutes, () => onWipe('idle'));
  // Focus goes back to the start after a wipe or an opened link, once the fresh questions are rendered.
  useEffect(() => {
    if (pendingFocus.current) startHeading.current?.focus();
    pendingFocus.current = false;
  }, [session]);

  const openOffer = () => {
    if (offer?.ok) {
      const next: Record<string, Draft> = {};
      for (const q of file.questions) {
        const value = offer.answers[q.id];
        if (value !== undefined) next[q.id] = questionKinds[q.type].toDraft(value);
      }
      setDrafts(next);
      setDate(offer.date);
      setMessage(t('professional.handoff.opened'));
    }
    setOffer(null);
    pendingFocus.current = true;
    setSession((s) => s + 1);
  };
  const declineOffer = () => setOffer(null);

  const visible = useCallback((q: Question) => (live ? live.result.askWhen[q.id] === 'ja' : q.askWhen === undefined), [live]);
  const onDraft = useCallback((id: string, d: Draft) => setDrafts((all) => ({ ...all, [id]: d })), []);
  // The same vnode again makes preact skip the subtree: a keystroke does not re-render results and sheet, only
  // a new result does (preact/compat's memo would also change event handling for the whole widget).
  const results = useMemo(() => live && <LiveResults result={live.result} evaluation={evaluation} />, [live, evaluation]);
  // The sheet (for printing, below the fold) follows a frame later: an effect runs after the paint, so the
  // results are on screen first. A wipe clears it at once (see wipe).
  const [sheetLive, setSheetLive] = useState<LiveState | null>(null);
  useEffect(() => setSheetLive(live), [live]);
  const sheet = useMemo(
    () =>
      sheetLive && (
        <Overdrachtsblad key={session} rules={rules} result={sheetLive.result} answers={sheetLive.answers} date={date} />
      ),
    [sheetLive, session, rules, date],
  );

  return (
    <section class="vw-professional" ref={root}>
      {offer && !offer.ok && <LinkRefused reason={offer.reason} onClose={declineOffer} />}
      {offer?.ok && (
        <div class="utrecht-alert utrecht-alert--info vw-professional-offer" role="alert">
          <p class="utrecht-paragraph">{t('professional.handoff.offer', { date: offer.date })}</p>
          <div class="vw-actions">
            <button type="button" class="utrecht-button utrecht-button--primary-action" onClick={openOffer}>
              {t('professional.handoff.open')}
            </button>
            <button type="button" class="utrecht-button utrecht-button--secondary-action" onClick={declineOffer}>
              {t('professional.handoff.decline')}
            </button>
          </div>
        </div>
      )}
      <div class="vw-professional-toolbar">
        <PeildatumField rules={rules} value={date} onChange={setDate} />
        <div class="vw-professional-toolbar__wipe">
          <button
            type="button"
            class="utrecht-button utrecht-button--secondary-action vw-professional-new"
            onClick={() => onWipe('manual')}
          >
            {t('professional.wipe.button')}
          </button>
          <p class="vw-hint">
            {idleMinutes > 0 ? t('professional.wipe.idleHint', { minutes: idleMinutes }) : t('professional.wipe.hint')}
          </p>
        </div>
      </div>
      <div class="vw-professional-columns">
        <section class="vw-professional-questions" aria-labelledby="vw-professional-questions-heading" key={session}>
          <QuestionsHeading ref={startHeading} id="vw-professional-questions-heading" class="utrecht-heading-3" tabIndex={-1}>
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
