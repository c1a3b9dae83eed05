// <App>: loads the rules and their texts, provides the instance context, and frames the mode's screen (the
// resident flow, widget/resident/resident-flow.tsx, or the wijkteam view) with the header, the language switch
// and the status region. No rules logic here.
import type { i18n } from 'i18next';
import type { JSX } from 'preact';
import { useMemo, useRef, useState } from 'preact/hooks';
import type { CompiledRules } from './engine/compiled-rules.ts';
import { questionReaders } from './engine/flow.ts';
import { peildatumFor } from './engine/peildatum.ts';
import type { EvaluationResult } from './engine/types.ts';
import { laterTexts } from './i18n/create-i18n.ts';
import { hasBundledTexts, loadBundledTexts, loadRules, type RulesLoad } from './load-rules.ts';
import { type CompletedDetail, DEFAULT_IDLE_MINUTES, type WidgetOptions } from './options.ts';
import { LazyProfessionalView } from './professional/lazy-professional-view.tsx';
import { ResidentFlow } from './resident/resident-flow.tsx';
import { WidgetContext, type WidgetContextValue } from './shared/context.ts';
import { Failure } from './shared/failure.tsx';
import { Heading } from './shared/heading.tsx';
import { LanguageSwitch } from './shared/language-switch.tsx';
import { TranslationNotice } from './shared/translation-notice.tsx';
import { useAsync } from './shared/use-async.ts';
import { completeRules, type StagedRules } from './staged-rules.ts';
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
  const given = useMemo<RulesLoad | null>(
    () => (props.rules ? { ok: true, rules: completeRules(props.rules) } : null),
    [props.rules],
  );
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

function Ready(props: Omit<AppProps, 'rules'> & { rules: StagedRules }) {
  const { options, i18n, rules, emit } = props;
  const lang = options.lang;
  const professional = options.mode === 'professional';
  // A resident starts on the bundled core (staged-rules.ts): the flow completes the rules when it needs them, and
  // this follows. Wijkteam mode shows everything at once, so it completes them now.
  const later = useAsync(() => (rules.now() ? null : professional ? rules.complete() : rules.completed), [rules, professional]);
  const compiled = rules.now();
  const context = useMemo<WidgetContextValue>(
    () => ({
      t: i18n.getFixedT(lang),
      laterTexts: laterTexts(i18n, lang),
      lang,
      rules: compiled,
      file: compiled?.file ?? rules.file,
      readers: compiled ? questionReaders(compiled) : {},
      headingLevel: options.headingLevel,
      mode: options.mode,
    }),
    [rules, compiled, lang, options.headingLevel, options.mode, i18n],
  );
  const { t, file } = context;
  const [announcement, setAnnouncement] = useState('');
  // A `date` before the rules' first norm period falls back to today, like any other unusable value (README).
  const date = useMemo(() => {
    if (options.date === undefined) return undefined;
    const day = peildatumFor(rules.file.norms.periods, options.date);
    if (day !== options.date)
      console.warn(`[voorzieningen-wijzer] date="${options.date}" ligt voor de normen; de wijzer rekent met vandaag.`);
    return day;
  }, [rules, options.date]);
  const gemeente = pickTexts({ nl: file.gemeente.name }, lang).value ?? '';

  // Wijkteam mode is one screen instead of the resident flow (widget/professional/, docs/wijkteam.md):
  // it evaluates on its own, makes no history entries and reads its links itself (it asks before opening one).
  let screen: JSX.Element;
  if (professional && later.status === 'failed')
    screen = (
      <Failure t={t} headingLevel={options.headingLevel} rank={1} gemeente={gemeente} phone={file.gemeente.contact.phone} />
    );
  else if (professional && !compiled) screen = <p class="utrecht-paragraph">{t('app.loading')}</p>;
  else if (professional) screen = <LazyProfessionalView date={date} idleMinutes={options.idleMinutes ?? DEFAULT_IDLE_MINUTES} />;
  else
    screen = (
      <ResidentFlow
        rules={rules}
        date={date}
        confirmLeave={options.confirmLeave === true}
        begun={props.begun === true}
        onStarted={() => emit('vw-started', {})}
        onCompleted={(result) => emit('vw-completed', completedDetail(result))}
        onSummary={setAnnouncement}
        onRestart={() => setAnnouncement('')}
      />
    );

  return (
    <WidgetContext.Provider value={context}>
      <header class="vw-header">
        <Title level={options.headingLevel} text={t('app.title', { gemeente })} />
        <LanguageSwitch onChange={props.onLanguage} />
      </header>
      <TranslationNotice />
      {screen}
      <div class="vw-visually-hidden" role="status">
        {announcement}
      </div>
    </WidgetContext.Provider>
  );
}

function Title({ level, text }: { level: number; text: string }) {
  return (
    <Heading level={level} rank={0} class="vw-title">
      {text}
    </Heading>
  );
}
