// <App>: loads the rules, provides the instance context and switches screens. No rules logic here.
import type { i18n } from 'i18next';
import type { JSX } from 'preact';
import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import type { CompiledRules } from './engine/index.ts';
import { questionReaders } from './engine/index.ts';
import { peildatumFor } from './engine/peildatum.ts';
import type { EvaluationResult } from './engine/types.ts';
import type { LinkRefusal } from './links/handoff-link.ts';
import { LazyShareResult } from './links/lazy-share-result.tsx';
import { LinkRefused } from './links/link-refused.tsx';
import { useLinkFragment } from './links/use-link-fragment.ts';
import { hasBundledTexts, loadBundledTexts, loadRules, type RulesLoad } from './load-rules.ts';
import { type CompletedDetail, DEFAULT_IDLE_MINUTES, type WidgetOptions } from './options.ts';
import { LazyProfessionalView } from './professional/lazy-professional-view.tsx';
import { Intro } from './resident/intro.tsx';
import { LazyResults, LazyReview, prefetchAfterQuestions } from './resident/lazy-screens.tsx';
import { QuestionStep } from './resident/question-step.tsx';
import { announcement as announcementText } from './resident/results/announcement.ts';
import { effectiveAnswers, useFlow } from './resident/use-flow.ts';
import { useStepHistory } from './resident/use-step-history.ts';
import { WidgetContext, type WidgetContextValue } from './shared/context.ts';
import { Failure } from './shared/failure.tsx';
import { Heading } from './shared/heading.tsx';
import { LanguageSwitch } from './shared/language-switch.tsx';
import { TranslationNotice } from './shared/translation-notice.tsx';
import { useAsync } from './shared/use-async.ts';
import { pickTexts } from './text/pick-text.ts';

export type EmitEvent = (name: 'vw-started' | 'vw-completed', detail: CompletedDetail | Record<string, never>) => void;

export interface AppProps {
  options: WidgetOptions;
  i18n: i18n;
  onLanguage: (lang: string) => void;
  emit: EmitEvent;
  /** Already loaded rules (tests, beheer previews); otherwise options.rules or the bundled file. */
  rules?: CompiledRules;
  /** The rules load mount() started alongside the interface texts, so the two downloads overlap. */
  pendingRules?: Promise<RulesLoad>;
  /** The resident already pressed "Beginnen" on the entry's first screen (widget/first-screen/contract.ts):
   *  start the flow at once, so the app opens on the first question. */
  begun?: boolean;
}

/** Ids and outcomes only: the answers never leave the widget. */
export function completedDetail(result: EvaluationResult): CompletedDetail {
  const pick = (offers: EvaluationResult['regelingen']) =>
    Object.fromEntries(Object.entries(offers).map(([id, r]) => [id, r.outcome]));
  return { regelingen: pick(result.regelingen), hulppunten: pick(result.hulppunten) };
}

export function App(props: AppProps) {
  const { options, i18n } = props;
  const given = useMemo<RulesLoad | null>(() => (props.rules ? { ok: true, rules: props.rules } : null), [props.rules]);
  const loaded = useAsync(
    () => (props.rules ? null : (props.pendingRules ?? loadRules(options.rules, options.lang))),
    // The language only matters for the first load; later switches fetch their texts below.
    [options.rules, props.rules, props.pendingRules],
  );
  const load = given ?? loaded.value ?? null;
  // A language whose rules texts are still on their way keeps the previous language on screen, so no
  // half-translated screen flashes by; the texts chunk is small and the switch follows at once.
  const shownLang = useRef(options.lang);
  const textsReady = !load?.ok || !load.bundled || hasBundledTexts(load.rules.file, options.lang);
  // Only for the re-render when the texts are in: hasBundledTexts() then says so.
  useAsync(
    () => (textsReady || !load?.ok ? null : loadBundledTexts(load.rules.file, options.lang)),
    [load, options.lang, textsReady],
  );
  if (textsReady) shownLang.current = options.lang;
  const shown = shownLang.current === options.lang ? options : { ...options, lang: shownLang.current };
  const t = i18n.getFixedT(shown.lang);
  const dir = i18n.dir(shown.lang);
  let body: JSX.Element;
  if (load === null) body = <p class="utrecht-paragraph">{t('app.loading')}</p>;
  else if (!load.ok)
    body = (
      <Failure
        t={i18n.getFixedT(options.lang)}
        headingLevel={options.headingLevel}
        gemeente={load.gemeente}
        phone={load.phone ?? options.phone}
      />
    );
  else body = <Ready {...props} options={shown} rules={load.rules} />;
  return (
    <div class="vw-root utrecht-document utrecht-document--surface" lang={shown.lang} dir={dir}>
      {body}
    </div>
  );
}

function Ready(props: AppProps & { rules: CompiledRules }) {
  const { options, i18n, rules, emit } = props;
  const lang = options.lang;
  const context = useMemo<WidgetContextValue>(
    () => ({
      t: i18n.getFixedT(lang),
      lang,
      rules,
      file: rules.file,
      readers: questionReaders(rules),
      headingLevel: options.headingLevel,
      mode: options.mode,
    }),
    [rules, lang, options.headingLevel, options.mode, i18n],
  );
  const { t, file } = context;
  const [announcement, setAnnouncement] = useState('');
  const onError = (error: unknown) =>
    console.error('[voorzieningen-wijzer] De uitkomst kon niet worden berekend:', error instanceof Error ? error.message : error);
  const onCompleted = (result: EvaluationResult) => {
    setAnnouncement(announcementText(result, t));
    emit('vw-completed', completedDetail(result));
  };
  // A `date` before the rules' first norm period falls back to today, like any other unusable value (README).
  const date = useMemo(() => {
    if (options.date === undefined) return undefined;
    const day = peildatumFor(rules.periods, options.date);
    if (day !== options.date)
      console.warn(`[voorzieningen-wijzer] date="${options.date}" ligt voor de normen; de wijzer rekent met vandaag.`);
    return day;
  }, [rules, options.date]);
  // Wijkteam mode has no step-by-step flow to prepare: its view evaluates on its own, is one screen (no history
  // entries) and reads its links itself (it asks before opening one).
  const resident = options.mode !== 'professional';
  const flow = useFlow(rules, date, onError, onCompleted, resident);
  const { state } = flow;
  useStepHistory(flow, resident);
  const [refusal, setRefusal] = useState<LinkRefusal | null>(null);
  useLinkFragment(file, resident, (link, pasted) => {
    if (link.ok) flow.openAnswers(link.answers, link.date, pasted ? 'adopt' : 'replace');
    setRefusal(link.ok ? null : link.reason);
  });
  useLeaveWarning(options.confirmLeave === true && resident && Object.keys(state.memory).length > 0);
  const focus = state.step > 0;
  useEffect(() => {
    if (props.begun && state.step === 0) flow.start();
  }, [props.begun]);
  // The review and results chunk, once the first question is on screen (an effect runs after the paint).
  useEffect(() => {
    if (state.screen === 'question') prefetchAfterQuestions().catch(() => undefined);
  }, [state.screen === 'question']);
  const gemeente = pickTexts({ nl: file.gemeente.name }, lang).value ?? '';

  let screen: JSX.Element;
  if (options.mode === 'professional') {
    // Wijkteam mode: one screen instead of the resident flow (widget/professional/, README "Wijkteam mode").
    screen = <LazyProfessionalView date={date} idleMinutes={options.idleMinutes ?? DEFAULT_IDLE_MINUTES} />;
  } else if (state.screen === 'intro') {
    screen = (
      <Intro
        focus={focus}
        busy={flow.busy || (props.begun === true && state.step === 0)}
        onStart={() => {
          emit('vw-started', {});
          flow.start();
        }}
      />
    );
  } else if (state.screen === 'question') {
    const id = state.path[state.pos] as string;
    screen = (
      <QuestionStep
        key={`${id}-${state.step}`}
        questionId={id}
        initial={state.memory[id]}
        current={state.pos + 1}
        total={state.total}
        focus={focus}
        busy={flow.busy}
        nextLabel={state.fromReview ? t('nav.next') : undefined}
        onSubmit={flow.answer}
        onBack={flow.back}
      />
    );
  } else if (state.screen === 'review') {
    const answers = effectiveAnswers(state.path, state.memory);
    screen = (
      <LazyReview
        path={state.path}
        answers={answers}
        focus={focus}
        onEdit={flow.edit}
        onBack={flow.back}
        onShowResults={flow.showResults}
      />
    );
  } else if (state.screen === 'results' && state.result) {
    screen = (
      <LazyResults
        result={state.result}
        focus={focus}
        onRestart={() => {
          setAnnouncement('');
          setRefusal(null);
          flow.restart();
        }}
        onChangeAnswers={flow.toReview}
        keep={
          <LazyShareResult
            key={state.step}
            rules={rules}
            result={state.result}
            answers={effectiveAnswers(state.path, state.memory)}
            date={flow.date}
          />
        }
      />
    );
  } else {
    screen = (
      <Failure t={t} headingLevel={options.headingLevel} rank={1} gemeente={gemeente} phone={file.gemeente.contact.phone} />
    );
  }

  return (
    <WidgetContext.Provider value={context}>
      <header class="vw-header">
        <Title level={options.headingLevel} text={t('app.title', { gemeente })} />
        <LanguageSwitch onChange={props.onLanguage} />
      </header>
      <TranslationNotice />
      {refusal && <LinkRefused reason={refusal} onClose={() => setRefusal(null)} />}
      {screen}
      <div class="vw-visually-hidden" role="status">
        {announcement}
      </div>
    </WidgetContext.Provider>
  );
}

/** The browser's own "leave this page?" question while answers are in memory, only with `confirm-leave`
 *  (README "Resident flow": why not by default). */
function useLeaveWarning(active: boolean): void {
  useEffect(() => {
    if (!active) return;
    const onBeforeUnload = (event: BeforeUnloadEvent) => {
      event.preventDefault();
      // Older browsers show the prompt only when returnValue is set; its text is ignored everywhere.
      event.returnValue = '';
    };
    window.addEventListener('beforeunload', onBeforeUnload);
    return () => window.removeEventListener('beforeunload', onBeforeUnload);
  }, [active]);
}

function Title({ level, text }: { level: number; text: string }) {
  return (
    <Heading level={level} rank={0} class="vw-title">
      {text}
    </Heading>
  );
}
