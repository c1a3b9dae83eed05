// The resident flow: intro, one question at a time, review, results, step by step with the browser's Back and
// Forward (useStepHistory), and a #vw= link opened at once (useLinkFragment). Picks the screen; each screen is
// its own module in screens/. The frame around it (header, language, status region) is widget/app.tsx.
import type { JSX } from 'preact';
import { useCallback, useEffect, useRef, useState } from 'preact/hooks';
import type { EvaluationResult } from '../engine/types.ts';
import type { LinkRefusal } from '../links/handoff-link.ts';
import { LinkRefused } from '../links/link-refused.tsx';
import { useLinkFragment } from '../links/use-link-fragment.ts';
import { afterNextPaint } from '../shared/after-next-paint.ts';
import { useWidget } from '../shared/context.ts';
import { Failure } from '../shared/failure.tsx';
import type { StagedRules } from '../staged-rules.ts';
import { pickTexts } from '../text/pick-text.ts';
import { LazyResultsScreen, LazyReviewScreen, prefetchAfterQuestions, screensIfReady } from './lazy-screens.tsx';
import { IntroScreen } from './screens/intro-screen.tsx';
import { QuestionScreen } from './screens/question-screen.tsx';
import { useFlow } from './use-flow.ts';
import { useLeaveWarning } from './use-leave-warning.ts';
import { useStepHistory } from './use-step-history.ts';

type AfterQuestions = typeof import('./after-questions.ts');

export interface ResidentFlowProps {
  rules: StagedRules;
  /** The peildatum, already checked against the rules; undefined = today. */
  date: string | undefined;
  /** Ask before the page is left while answers are in memory (`confirm-leave`). */
  confirmLeave: boolean;
  /** "Beginnen" was already pressed on the entry's first screen: start at once. */
  begun: boolean;
  onStarted: () => void;
  onCompleted: (result: EvaluationResult) => void;
  /** The live region's summary of the results, once its code and texts are in (with the results screen). */
  onSummary: (text: string) => void;
  /** "Opnieuw beginnen", before the flow restarts. */
  onRestart: () => void;
}

export function ResidentFlow(props: ResidentFlowProps) {
  const { rules, date, begun } = props;
  const { t, lang, file, headingLevel, laterTexts } = useWidget();
  const onError = (error: unknown) =>
    console.error('[voorzieningen-wijzer] De uitkomst kon niet worden berekend:', error instanceof Error ? error.message : error);
  // The summary comes with the results screen's chunk and the later texts (lazy-screens.tsx): usually both are in
  // by the last answer, and then it is set in the same render as the results. A restart in between makes a late
  // one moot.
  const completions = useRef(0);
  const onCompleted = (result: EvaluationResult) => {
    props.onCompleted(result);
    const completion = ++completions.current;
    const summarise = (screens: AfterQuestions) =>
      completion === completions.current && props.onSummary(screens.announcement(result, t));
    const ready = screensIfReady(laterTexts);
    if (ready) summarise(ready);
    // The results screen shows the calm message when they fail, and logs why.
    else prefetchAfterQuestions(laterTexts).then(summarise, () => undefined);
  };
  const flow = useFlow(rules, date, onError, onCompleted, true);
  const { state } = flow;
  useStepHistory(flow, true);
  const [refusal, setRefusal] = useState<LinkRefusal | null>(null);
  const wholeFile = useCallback(() => rules.complete().then((r) => r.file), [rules]);
  useLinkFragment(wholeFile, true, (link, pasted) => {
    if (link.ok) flow.openAnswers(link.answers, link.date, pasted ? 'adopt' : 'replace');
    setRefusal(link.ok ? null : link.reason);
  });
  useLeaveWarning(props.confirmLeave && Object.keys(state.memory).length > 0);
  useEffect(() => {
    if (begun && state.step === 0) flow.start();
  }, [begun]);
  // What the next steps need, once the first question has painted (not before: shared/after-next-paint.ts): the
  // review and results chunk, the later interface texts, and the rules' regelingen with the engine (staged-rules.ts).
  useEffect(() => {
    if (state.screen !== 'question') return;
    let live = true;
    void afterNextPaint().then(() => {
      if (!live) return;
      prefetchAfterQuestions(laterTexts).catch(() => undefined);
      rules.complete().catch(() => undefined);
    });
    return () => {
      live = false;
    };
  }, [state.screen === 'question']);
  const focus = state.step > 0;
  // Complete before any result exists: a result is only ever evaluated on the compiled rules.
  const compiled = rules.now();

  let screen: JSX.Element;
  if (state.screen === 'intro') screen = <IntroScreen flow={flow} focus={focus} begun={begun} onStarted={props.onStarted} />;
  else if (state.screen === 'question')
    screen = <QuestionScreen key={`${state.path[state.pos]}-${state.step}`} flow={flow} focus={focus} />;
  else if (state.screen === 'review') screen = <LazyReviewScreen flow={flow} focus={focus} />;
  else if (state.screen === 'results' && state.result && compiled)
    screen = (
      <LazyResultsScreen
        flow={flow}
        rules={compiled}
        result={state.result}
        focus={focus}
        onRestart={() => {
          completions.current++;
          props.onRestart();
          setRefusal(null);
          flow.restart();
        }}
      />
    );
  else
    screen = (
      <Failure
        t={t}
        headingLevel={headingLevel}
        rank={1}
        gemeente={pickTexts({ nl: file.gemeente.name }, lang).value ?? ''}
        phone={file.gemeente.contact.phone}
      />
    );
  return (
    <>
      {refusal && <LinkRefused reason={refusal} onClose={() => setRefusal(null)} />}
      {screen}
    </>
  );
}
