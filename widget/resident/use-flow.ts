// The step-by-step flow of one widget: which question, which answers count, an honest "Stap X van Y".
// `path` is the questions asked in order; `memory` keeps every answer typed, also for questions that
// dropped out of the path, so going back and forward never loses what the resident entered.
import { useEffect, useRef, useState } from 'preact/hooks';
import { nextQuestion, remainingQuestions } from '../engine/flow.ts';
import { openingOn } from '../engine/opening.ts';
import { todayInAmsterdam } from '../engine/peildatum.ts';
import type { Answers, AnswerValue, EvaluationResult } from '../engine/types.ts';
import type { StagedRules } from '../staged-rules.ts';

export type Screen = 'intro' | 'question' | 'review' | 'results' | 'failure';

/** How a screen change meets the browser history (widget/resident/use-step-history.ts): a new step, Vorige (one
 *  entry back), a new entry the browser already made (a pasted link), the current entry, a restart, or a
 *  step the browser went to itself (Back/Forward). */
export type HistoryEntry = 'push' | 'back' | 'adopt' | 'replace' | 'reset' | 'pop';

export interface FlowState {
  screen: Screen;
  path: string[];
  pos: number;
  memory: Answers;
  total: number;
  /** Set while a question was opened from the review page: Volgende returns there when nothing changed. */
  fromReview: boolean;
  result: EvaluationResult | null;
  /** Bumped on every screen change; keys the screen so focus moves to its heading. */
  step: number;
  entry: HistoryEntry;
  /** The peildatum of an opened link (its results must come out as they were made); else the widget's. */
  linkDate?: string;
}

/** Results kept per flow: enough for going back and forward over a whole path, bounded for big rules files. */
const KEPT_RESULTS = 32;

const INITIAL: FlowState = {
  screen: 'intro',
  path: [],
  pos: 0,
  memory: {},
  total: 0,
  fromReview: false,
  result: null,
  step: 0,
  entry: 'replace',
};

/** Answers that count: only those to the first `upto` questions of the path. */
export function effectiveAnswers(path: string[], memory: Answers, upto = path.length): Answers {
  const answers: Answers = {};
  for (const id of path.slice(0, upto)) if (memory[id] !== undefined) answers[id] = memory[id];
  return answers;
}

export interface Flow {
  state: FlowState;
  busy: boolean;
  start(): void;
  answer(value: AnswerValue): void;
  back(): void;
  edit(questionId: string): void;
  showResults(): void;
  toReview(): void;
  restart(): void;
  /** Shows the results of a link's answers directly (docs/resident-flow.md, "Bewaar uw uitkomst"). */
  openAnswers(answers: Answers, date: string, entry: 'replace' | 'adopt'): void;
  /** Goes to a step the browser's Back or Forward chose, with the answers as they are now. */
  restore(snapshot: FlowState): void;
  /** The peildatum the results use. */
  date: string;
}

/** The flow for one rules file and date. `onError` receives evaluation errors (bad date). The first question
 *  comes from the rules' opening (engine/opening.ts) when they have one for the day: it needs no evaluation, so
 *  the regelingen and the engine may still be downloading. Without one, and with `prefetch`, the empty household
 *  is evaluated while the intro shows, so "Beginnen" needs no evaluation of its own. */
export function useFlow(
  rules: StagedRules,
  date: string | undefined,
  onError: (e: unknown) => void,
  onCompleted: (r: EvaluationResult) => void,
  prefetch = true,
): Flow {
  const [state, setState] = useState<FlowState>(INITIAL);
  const [busy, setBusy] = useState(false);
  const generation = useRef(0);
  // Each household is evaluated once: going back and forward over answered steps, and the start (which needs
  // the empty household twice), reuse the result. Only in this widget's memory; "Opnieuw beginnen" empties it.
  const kept = useRef<{ rules: StagedRules; byAnswers: Map<string, Promise<EvaluationResult>> } | null>(null);
  const day = state.linkDate ?? date ?? todayInAmsterdam();
  const opening = openingOn(rules.opening, day);
  const evaluateOnce = (answers: Answers, on = day): Promise<EvaluationResult> => {
    if (kept.current?.rules !== rules) kept.current = { rules, byAnswers: new Map() };
    const { byAnswers } = kept.current;
    const key = `${on} ${JSON.stringify(answers)}`;
    let result = byAnswers.get(key);
    if (!result) {
      // The engine is a chunk of its own: it comes with the rest of the rules (staged-rules.ts).
      result = Promise.all([rules.complete(), import('../engine/index.ts')]).then(([compiled, engine]) =>
        engine.evaluate(compiled, answers, on),
      );
      result.catch(() => byAnswers.delete(key));
      byAnswers.set(key, result);
      if (byAnswers.size > KEPT_RESULTS) byAnswers.delete(byAnswers.keys().next().value as string);
    }
    return result;
  };
  useEffect(() => {
    if (prefetch && !opening) evaluateOnce({}).catch(() => undefined);
  }, [rules, date, prefetch]);

  /** Runs one async transition; a later transition (or restart) makes an earlier one's result stale. Only
   *  the browser's Back/Forward (`force`) and an opened link interrupt a running one. */
  const run = (transition: (s: FlowState) => Promise<Partial<FlowState>>, entry: HistoryEntry = 'push', force = false) => {
    if (busy && !force) return;
    const mine = ++generation.current;
    setBusy(true);
    transition(state)
      .then((next) => {
        if (mine === generation.current) setState((s) => ({ ...s, ...next, entry, step: s.step + 1 }));
      })
      .catch((error: unknown) => {
        if (mine === generation.current) {
          onError(error);
          setState((s) => ({ ...s, screen: 'failure', entry, step: s.step + 1 }));
        }
      })
      .finally(() => mine === generation.current && setBusy(false));
  };

  /** Where to stand at question `pos`: Y = questions before it + those that may still come (it included). */
  const stepAt = async (path: string[], pos: number, memory: Answers) => {
    if (pos === 0 && opening) return { screen: 'question' as const, path, pos, total: opening.total };
    const prefix = effectiveAnswers(path, memory, pos);
    const result = await evaluateOnce(prefix);
    return {
      screen: 'question' as const,
      path,
      pos,
      total: pos + remainingQuestions(await rules.complete(), prefix, result).length,
    };
  };

  /** After answering path[pos]: follow the path while it still holds, or branch to the new next question. */
  const advance = async (s: FlowState, memory: Answers): Promise<Partial<FlowState>> => {
    let path = s.path;
    for (let k = s.pos; ; k++) {
      const prefix = effectiveAnswers(path, memory, k + 1);
      const result = await evaluateOnce(prefix);
      const compiled = await rules.complete();
      const next = nextQuestion(compiled, prefix, result);
      if (next === null) return { screen: 'review', path: path.slice(0, k + 1), memory, result, fromReview: false };
      if (next !== path[k + 1]) path = [...path.slice(0, k + 1), next];
      const known = memory[next] !== undefined;
      if (!(s.fromReview && known)) {
        const total = k + 1 + remainingQuestions(compiled, prefix, result).length;
        return { screen: 'question', path, pos: k + 1, total, memory, fromReview: s.fromReview && known };
      }
    }
  };

  return {
    state,
    busy,
    date: day,
    start: () =>
      run(async () => {
        if (opening) return { ...(await stepAt([opening.first], 0, {})), memory: {}, fromReview: false };
        const result = await evaluateOnce({});
        const first = nextQuestion(await rules.complete(), {}, result);
        if (first === null) return { screen: 'review', path: [], result };
        return { ...(await stepAt([first], 0, {})), memory: {}, fromReview: false };
      }),
    answer: (value) => run((s) => advance(s, { ...s.memory, [s.path[s.pos] as string]: value })),
    back: () =>
      run(async (s) => {
        if (s.screen === 'review') return stepAt(s.path, s.path.length - 1, s.memory);
        if (s.pos === 0) return { screen: 'intro', fromReview: false };
        return { ...(await stepAt(s.path, s.pos - 1, s.memory)), fromReview: false };
      }, 'back'),
    edit: (id) => run(async (s) => ({ ...(await stepAt(s.path, Math.max(0, s.path.indexOf(id)), s.memory)), fromReview: true })),
    showResults: () =>
      run(async (s) => {
        const result = await evaluateOnce(effectiveAnswers(s.path, s.memory));
        onCompleted(result);
        return { screen: 'results', result };
      }),
    toReview: () => run(async () => ({ screen: 'review', fromReview: false })),
    restart: () => {
      // Wipes every answer: memory, path and result go; nothing was ever stored elsewhere.
      generation.current++;
      kept.current = null;
      setBusy(false);
      setState((s) => ({ ...INITIAL, entry: 'reset', step: s.step + 1 }));
    },
    openAnswers: (answers, linkDate, entry) => {
      kept.current = null;
      run(
        async () => {
          // The link's answers in the file's asking order, so "Antwoorden wijzigen" lists them as the flow would.
          const path = rules.file.questions.map((q) => q.id).filter((id) => answers[id] !== undefined);
          const result = await evaluateOnce(answers, linkDate);
          onCompleted(result);
          return { screen: 'results', path, pos: 0, total: path.length, memory: answers, fromReview: false, result, linkDate };
        },
        entry,
        true,
      );
    },
    restore: (snapshot) =>
      run(
        async (s) => {
          // The step as it was, with the answers as they are now: an answer given later stays filled in.
          const { screen, path, pos, fromReview } = snapshot;
          if (screen === 'question') return { ...(await stepAt(path, pos, s.memory)), fromReview };
          if (screen === 'review' || screen === 'results')
            return { screen, path, fromReview, result: await evaluateOnce(effectiveAnswers(path, s.memory)) };
          return { screen: snapshot.screen, fromReview: false };
        },
        'pop',
        true,
      ),
  };
}
