// Test helpers: the real engine and rules/ommen.json, a real i18next instance per render.
import { render } from '@testing-library/preact';
import type { i18n } from 'i18next';
import { App, type AppProps } from '../../widget/app.tsx';
import type { CompiledRules } from '../../widget/engine/index.ts';
import { evaluate, questionReaders } from '../../widget/engine/index.ts';
import type { Answers, AnswerValue, Hulppunt, Question, Regeling, RulesFile } from '../../widget/engine/types.ts';
import { createI18n, laterTexts } from '../../widget/i18n/create-i18n.ts';
import { type WidgetMode, type WidgetOptions, withDefaults } from '../../widget/options.ts';
import { QuestionStep } from '../../widget/resident/question-step.tsx';
import { Results } from '../../widget/resident/results.tsx';
import { WidgetContext } from '../../widget/shared/context.ts';
import { ommen } from '../support/ommen.ts';

/** A date inside the Ommen norm period, so results do not depend on the day the tests run. */
export const DATE = '2026-06-01';

/** The Ommen rules, compiled once for every suite (tests/support/ommen.ts). */
export const ommenRules = ommen;

/** The context the widget's components read, as App provides it, with both parts of the interface texts: a screen
 *  rendered on its own here has no lazy screen before it to wait for the later part. */
async function widgetContext(lang: string, mode: WidgetMode) {
  const rules = ommenRules();
  const i18n = await createI18n(lang, { later: true });
  const later = laterTexts(i18n, lang);
  return {
    t: i18n.getFixedT(lang),
    laterTexts: later,
    lang,
    rules,
    file: rules.file,
    readers: questionReaders(rules),
    headingLevel: 2,
    mode,
  };
}

export function question(id: string): Question {
  const q = ommenRules().file.questions.find((x) => x.id === id);
  if (!q) throw new Error(`no question ${id} in rules/ommen.json`);
  return q;
}

/** The Dutch label of a question, as the rules file has it now (texts are still being written). */
export const label = (id: string) => question(id).texts.nl?.label ?? id;

/** The Dutch name of a question's number field: its subject from the rules file, with a capital ("Uw leeftijd"). */
export function fieldName(id: string): string {
  const subject = question(id).texts.nl?.subject;
  if (!subject) throw new Error(`question ${id} has no subject in rules/ommen.json`);
  return subject.charAt(0).toUpperCase() + subject.slice(1);
}

/** A regeling or hulppunt of rules/ommen.json by id. */
export function offer(id: string): Regeling | Hulppunt {
  const found = [...ommenRules().file.regelingen, ...ommenRules().file.hulppunten].find((o) => o.id === id);
  if (!found) throw new Error(`no regeling or hulppunt ${id} in rules/ommen.json`);
  return found;
}

/** The title a regeling or hulppunt has on screen in a language, from the rules file (the official name without one). */
export const title = (id: string, lang = 'nl') => {
  const o = offer(id);
  return (o.texts[lang] ?? o.texts.nl)?.title ?? o.officialName;
};

export interface Emitted {
  name: string;
  detail: unknown;
}

export async function renderApp(options: Partial<WidgetOptions> = {}, rules: CompiledRules = ommenRules()) {
  const opts = withDefaults({ date: DATE, ...options });
  const i18n: i18n = await createI18n(opts.lang);
  const events: Emitted[] = [];
  const props: AppProps = {
    options: opts,
    i18n,
    rules,
    emit: (name, detail) => events.push({ name, detail }),
    onLanguage: () => {},
  };
  const utils = render(<App {...props} />);
  return { ...utils, events, i18n };
}

/** One question step in a context like App's; `file` replaces the rules file the step reads its texts from. */
export async function renderStep(
  questionId: string,
  { initial, lang = 'nl', file }: { initial?: AnswerValue; lang?: string; file?: RulesFile } = {},
) {
  const submitted: AnswerValue[] = [];
  const shared = await widgetContext(lang, 'resident');
  const context = file ? { ...shared, file } : shared;
  const utils = render(
    <WidgetContext.Provider value={context}>
      <QuestionStep
        questionId={questionId}
        initial={initial}
        current={1}
        total={5}
        focus
        busy={false}
        onSubmit={(v) => submitted.push(v)}
        onBack={() => {}}
      />
    </WidgetContext.Provider>,
  );
  return { ...utils, submitted };
}

/** The results view for a household, evaluated by the real engine. */
export async function renderResults(
  answers: Answers,
  { lang = 'nl', mode = 'resident' }: { lang?: string; mode?: WidgetMode } = {},
) {
  const context = await widgetContext(lang, mode);
  const result = await evaluate(context.rules, answers, DATE);
  const calls = { restart: 0, change: 0 };
  const utils = render(
    <WidgetContext.Provider value={context}>
      <Results result={result} focus onRestart={() => calls.restart++} onChangeAnswers={() => calls.change++} />
    </WidgetContext.Provider>,
  );
  return { ...utils, result, calls };
}
