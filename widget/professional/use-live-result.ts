// The live result of the wijkteam view: the drafts read as answers, evaluated on every change. One evaluation
// at a time; a change during a run waits, and only the newest waiting input runs next (intermediate keystrokes
// are skipped). A layout effect, not an effect: an effect would wait until the typed character is painted, so
// the new result would land a frame later. A run longer than a frame (a big rules file) blocks typing, so after
// one the next run first lets the browser paint and handle waiting keystrokes.
import { useLayoutEffect, useMemo, useRef, useState } from 'preact/hooks';
import type { Answers } from '../engine/types.ts';
import { useCompiledRules, useWidget } from '../shared/context.ts';
import type { Draft } from '../shared/questions/types.ts';
import { computeLive, type LiveState, readDrafts } from './live-state.ts';

/** About one frame at 60 Hz: a longer evaluation makes the next one wait for a paint first. */
const FRAME_MS = 16;

export interface LiveResult {
  /** The newest result, or null before the first evaluation ends. */
  live: LiveState | null;
  /** Counts finished evaluations: a new result, also when it equals the last one (data-vw-evaluation). */
  evaluation: number;
}

export function useLiveResult(drafts: Record<string, Draft>, date: string): LiveResult {
  const { t, lang, file } = useWidget();
  const rules = useCompiledRules();
  const [live, setLive] = useState<LiveState | null>(null);
  const [evaluation, setEvaluation] = useState(0);
  const generation = useRef(0);
  const raw = useMemo(() => readDrafts(file.questions, drafts, t, lang), [file, drafts, t, lang]);
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
  return { live, evaluation };
}
