// Drives the real flow like a resident: reads the question on screen, answers it from a table.

import { fireEvent, screen, waitFor } from '@testing-library/preact';
import { expect } from 'vitest';
import type { AnswerValue, Question } from '../../widget/engine/types.ts';
import { ommenRules } from './helpers.tsx';

/** The question currently on screen (matched by its legend text). */
export function currentQuestion(): Question | undefined {
  const text = document.querySelector('legend')?.textContent;
  return ommenRules().file.questions.find((q) => q.texts.nl?.label === text);
}

/** Fill in `value` for `q`; undefined and null choose "Weet ik niet". */
export function fill(q: Question, value: AnswerValue | undefined): void {
  const unknown = value === null || value === undefined;
  if (q.type === 'boolean') {
    fireEvent.click(screen.getByRole('radio', { name: unknown ? 'Weet ik niet' : value ? 'Ja' : 'Nee' }));
  } else if (q.type === 'choice') {
    const name = unknown ? 'Weet ik niet' : (q.texts.nl?.options?.[String(value)] ?? String(value));
    fireEvent.click(screen.getByRole('radio', { name }));
  } else if (q.type === 'ages') {
    const ages = value as number[] | null | undefined;
    if (!ages) fireEvent.click(screen.getByRole('radio', { name: 'Weet ik niet' }));
    else if (ages.length === 0) fireEvent.click(screen.getByRole('radio', { name: 'Nee, er wonen geen kinderen bij mij' }));
    else {
      fireEvent.click(screen.getByRole('radio', { name: 'Ja, er wonen kinderen bij mij' }));
      fireEvent.input(screen.getByRole('textbox', { name: 'Hoeveel kinderen wonen bij u?' }), {
        target: { value: String(ages.length) },
      });
      ages.forEach((age, i) =>
        fireEvent.input(screen.getByRole('textbox', { name: `Leeftijd van kind ${i + 1} in jaren` }), {
          target: { value: String(age) },
        }),
      );
    }
  } else if (unknown) {
    const box = screen.getByRole('checkbox', { name: 'Weet ik niet' }) as HTMLInputElement;
    if (!box.checked) fireEvent.click(box);
  } else {
    const text = q.type === 'money' ? String(value).replace('.', ',') : String(value);
    fireEvent.input(screen.getAllByRole('textbox')[0] as HTMLElement, { target: { value: text } });
  }
}

/** Click a button and wait until the step heading changes. */
export async function clickAndWait(name: string): Promise<void> {
  const before = document.querySelector('legend, h3')?.textContent;
  fireEvent.click(screen.getByRole('button', { name }));
  await waitFor(() => expect(document.querySelector('legend, h3')?.textContent).not.toBe(before));
}

/** Answer until the review page; returns the ids asked, in order. */
export async function answerAll(answers: Record<string, AnswerValue>): Promise<string[]> {
  const asked: string[] = [];
  for (let i = 0; i < 40; i++) {
    // The review screen is a lazy chunk (widget/resident/lazy-screens.tsx): it may say "Even geduld." first.
    const review = () => screen.queryByRole('heading', { name: 'Controleer uw antwoorden' });
    await waitFor(() => expect(review() !== null || currentQuestion() !== undefined).toBe(true));
    if (review()) return asked;
    const q = currentQuestion();
    if (!q) throw new Error(`no question on screen: ${document.body.textContent?.slice(0, 200)}`);
    asked.push(q.id);
    fill(q, answers[q.id]);
    await clickAndWait('Volgende');
  }
  throw new Error('flow did not reach the review page');
}
