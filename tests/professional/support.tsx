// Wijkteam-mode helpers: render the App in professional mode and fill questions by their fieldset.
import { fireEvent, waitFor, within } from '@testing-library/preact';
import { expect } from 'vitest';
import type { Answers, AnswerValue, Question } from '../../widget/engine/types.ts';
import { ommenRules, renderApp } from '../ui/helpers.tsx';

export { household3 } from '../support/ommen.ts';

export async function renderProfessional(options: { date?: string; idleMinutes?: number } = {}) {
  const utils = await renderApp({ mode: 'professional', idleMinutes: 0, ...options });
  await waitFor(() => expect(utils.container.querySelector('[data-question="leeftijd"]')).not.toBeNull());
  await waitFor(() => expect(utils.container.querySelector('.vw-professional-results')).not.toBeNull());
  return utils;
}

export function fieldset(container: Element, id: string): HTMLElement {
  const el = container.querySelector<HTMLElement>(`[data-question="${id}"]`);
  if (!el) throw new Error(`question ${id} is not on screen`);
  return el;
}

/** Answer one question in its fieldset; money in Dutch notation. */
export function fillOne(container: Element, q: Question, value: AnswerValue): void {
  const fs = within(fieldset(container, q.id));
  if (value === null) {
    const radio = fs.queryByRole('radio', { name: 'Weet ik niet' });
    fireEvent.click(radio ?? fs.getByRole('checkbox', { name: 'Weet ik niet' }));
  } else if (q.type === 'boolean') fireEvent.click(fs.getByRole('radio', { name: value ? 'Ja' : 'Nee' }));
  else if (q.type === 'choice')
    fireEvent.click(fs.getByRole('radio', { name: q.texts.nl?.options?.[String(value)] ?? String(value) }));
  else if (q.type === 'ages') {
    const ages = value as number[];
    if (ages.length === 0) fireEvent.click(fs.getByRole('radio', { name: 'Nee, er wonen geen kinderen bij mij' }));
    else {
      fireEvent.click(fs.getByRole('radio', { name: 'Ja, er wonen kinderen bij mij' }));
      fireEvent.input(fs.getByRole('textbox', { name: 'Hoeveel kinderen wonen bij u?' }), {
        target: { value: String(ages.length) },
      });
      ages.forEach((age, i) =>
        fireEvent.input(within(fieldset(container, q.id)).getByRole('textbox', { name: `Leeftijd van kind ${i + 1} in jaren` }), {
          target: { value: String(age) },
        }),
      );
    }
  } else {
    const text = q.type === 'money' ? String(value).replace('.', ',') : String(value);
    fireEvent.input(fs.getAllByRole('textbox')[0] as HTMLElement, { target: { value: text } });
  }
}

/** Waits until no new evaluation arrives for a while (happy-dom evaluates much slower than a browser). */
export async function settle(container: Element): Promise<void> {
  const count = () => container.querySelector('.vw-professional-results')?.getAttribute('data-vw-evaluation');
  for (let i = 0; i < 100; i++) {
    const before = count();
    await new Promise((r) => setTimeout(r, 150));
    if (count() === before) return;
  }
}

/** Fill a whole household, in the file's order, waiting for each question to appear; then settle. */
export async function fillHousehold(container: Element, answers: Answers): Promise<void> {
  for (const q of ommenRules().file.questions) {
    const value = answers[q.id];
    if (value === undefined) continue;
    await waitFor(() => fieldset(container, q.id));
    fillOne(container, q, value);
  }
  await settle(container);
}

/** The outcome shown for a regeling in the live results. */
export function shownOutcome(container: Element, id: string): string | undefined {
  const card = container.querySelector(`.vw-professional-results [data-regeling="${id}"]`);
  return card?.closest('.vw-professional-outcome')?.className.match(/vw-group--(\w+)/)?.[1];
}
