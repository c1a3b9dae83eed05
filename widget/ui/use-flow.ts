// The step-by-step flow of one widget: which question, which answers count, an honest "Stap X van Y".
// `path` is the questions asked in order; `memory` keeps every answer typed, also for questions that
// dropped out of the path, so going back and forward never loses what the resident entered.
import { useEffect, useRef, useState } from 'preact/hooks';
import type { CompiledRules } from '../engine/index.ts';
import { evaluate, nextQuestion, remainingQuestions, todayInAmsterdam } from '../engine/index.ts';
import type { Answers, AnswerValue, EvaluationResult } from '../engine/types.ts';

export type Screen = 'intro' | 'question' | 'review' | 'results' | 'failure';

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
}

/** Results kept per flow: enough for going back and forward over a whole path, bounded for big rules files. */
const KEPT_RESULTS = 32;

const INITIAL: FlowState = { screen: 'intro', path: [], pos: 0, memory: {}, total: 0, fromReview: false, result: null, step: 0 };

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
}

/** The flow for one rules file and date. `onError` receives evaluation errors (bad date). With `prefetch`,
 *  the empty household is evaluated while the intro shows, so "Beginnen" needs no evaluation of its own. */
export function useFlow(
  rules: CompiledRules,
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
  const kept = useRef<{ rules: CompiledRules; byAnswers: Map<string, Promise<EvaluationResult>> } | null>(null);
  const evaluateOnce = (answers: Answers): Promise<EvaluationResult> => {
    if (kept.current?.rules !== rules) kept.current = { rules, byAnswers: new Map() };
    const { byAnswers } = kept.current;
    const day = date ?? todayInAmsterdam();
    const key = `${day} ${JSON.stringify(answers)}`;
    let result = byAnswers.get(key);
    if (!result) {
      result = evaluate(rules, answers, day);
      result.catch(() => byAnswers.delete(key));
      byAnswers.set(key, result);
      if (byAnswers.size > KEPT_RESULTS) byAnswers.delete(byAnswers.keys().next().value as string);
    }
    return result;
  };
  useEffect(() => {
    if (prefetch) evaluateOnce({}).catch(() => undefined);
  }, [rules, date, prefetch]);

  /** Runs one async transition; a later transition (or restart) makes an earlier one's result stale. */
  const run = (transition: (s: FlowState) => Promise<Partial<FlowState>>) => {
    if (busy) return;
    const mine = ++generation.current;
    setBusy(true);
    transition(state)
      .then((next) => {
        if (mine === generation.current) setState((s) => ({ ...s, ...next, step: s.step + 1 }));
      })
      .catch((error: unknown) => {
        if (mine === generation.current) {
          onError(error);
          setState((s) => ({ ...s, screen: 'failure', step: s.step + 1 }));
        }
      })
      .finally(() => mine === generation.current && setBusy(false));
  };

  /** Where to stand at question `pos`: Y = questions before it + those that may still come (it included). */
  const stepAt = async (path: string[], pos: number, memory: Answers) => {
    const prefix = effectiveAnswers(path, memory, pos);
    const result = await evaluateOnce(prefix);
    return { screen: 'question' as const, path, pos, total: pos + remainingQuestions(rules, prefix, result).length };
  };

  /** After answering path[pos]: follow the path while it still holds, or branch to the new next question. */
  const advance = async (s: FlowState, memory: Answers): Promise<Partial<FlowState>> => {
    let path = s.path;
    for (let k = s.pos; ; k++) {
      const prefix = effectiveAnswers(path, memory, k + 1);
      const result = await evaluateOnce(prefix);
      const next = nextQuestion(rules, prefix, result);
      if (next === null) return { screen: 'review', path: path.slice(0, k + 1), memory, result, fromReview: false };
      if (next !== path[k + 1]) path = [...path.slice(0, k + 1), next];
      const known = memory[next] !== undefined;
      if (!(s.fromReview && known)) {
        const total = k + 1 + remainingQuestions(rules, prefix, result).length;
        return { screen: 'question', path, pos: k + 1, total, memory, fromReview: s.fromReview && known };
      }
    }
  };

  return {
    state,
    busy,
    start: () =>
      run(async () => {
        const result = await evaluateOnce({});
        const first = nextQuestion(rules, {}, result);
        if (first === null) return { screen: 'review', path: [], result };
        return { ...(await stepAt([first], 0, {})), memory: {}, fromReview: false };
      }),
    answer: (value) => run((s) => advance(s, { ...s.memory, [s.path[s.pos] as string]: value })),
    back: () =>
      run(async (s) => {
        if (s.screen === 'review') return stepAt(s.path, s.path.length - 1, s.memory);
        if (s.pos === 0) return { screen: 'intro', fromReview: false };
        return { ...(await stepAt(s.path, s.pos - 1, s.memory)), fromReview: false };
      }),
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
      setState((s) => ({ ...INITIAL, step: s.step + 1 }));
    },
  };
}
