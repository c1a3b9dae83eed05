// What the worker typed or chose, per question, as drafts (widget/shared/questions/types.ts): the fields
// read them back as answers on every change (useLiveResult); an opened link replaces them all.
import { useCallback, useState } from 'preact/hooks';
import type { Answers, Question } from '../engine/types.ts';
import type { Draft } from '../shared/questions/types.ts';
import { toDrafts } from './live-state.ts';

export interface Drafts {
  drafts: Record<string, Draft>;
  /** One field changed; stable across renders, so the question groups can skip work. */
  onDraft: (id: string, draft: Draft) => void;
  /** Every draft from these answers (an opened link). */
  replace: (questions: Question[], answers: Answers) => void;
}

export function useDrafts(): Drafts {
  const [drafts, setDrafts] = useState<Record<string, Draft>>({});
  const onDraft = useCallback((id: string, d: Draft) => setDrafts((all) => ({ ...all, [id]: d })), []);
  return { drafts, onDraft, replace: (questions, answers) => setDrafts(toDrafts(questions, answers)) };
}
