// Wijkteam-mode helpers: render the App in professional mode, fill questions by their fieldset, and find the live
// results and the overdrachtsblad by their headings.
import { fireEvent, waitFor, within } from '@testing-library/preact';
import { expect } from 'vitest';
import nl from '../../locales/nl.json';
import { evaluate } from '../../widget/engine/index.ts';
import type { Answers, AnswerValue, Question } from '../../widget/engine/types.ts';
import { listAfter, partOf, plain } from '../support/queries.ts';
import { ommenRules, renderApp, title } from '../ui/helpers.tsx';

export { household3 } from '../support/ommen.ts';

export async function renderProfessional(options: { date?: string; idleMinutes?: number } = {}) {
  const utils = await renderApp({ mode: 'professional', idleMinutes: 0, ...options });
  await waitFor(() => fieldset(utils.container, 'leeftijd'));
  await waitFor(() => liveResults(utils.container));
  return utils;
}

const HEADINGS = 'h1, h2, h3, h4, h5, h6';

/** The live results: the part of the page under the "Uitkomsten" heading. */
export function liveResults(container: Element): HTMLElement {
  return partOf(within(container as HTMLElement).getByText(nl.professional.results.heading, { selector: HEADINGS }));
}

/** The cards in the live results by their heading, the regeling's title (one pass: settle() asks often). */
function cardsByTitle(container: Element): Map<string, HTMLElement> {
  const cards = new Map<string, HTMLElement>();
  for (const heading of liveResults(container).querySelectorAll(HEADINGS))
    if (heading.closest('article')) cards.set(heading.textContent ?? '', partOf(heading));
  return cards;
}

/** A regeling's card in the live results, found by its title from the rules file; null when it is not shown. */
export function resultCard(container: Element, id: string): HTMLElement | null {
  return cardsByTitle(container).get(title(id)) ?? null;
}

/** A part of the overdrachtsblad by its heading: the list under it, e.g. "Neem dit mee". */
export function sheetList(sheet: HTMLElement, heading: string): HTMLElement {
  return listAfter(within(sheet).getByText(heading, { selector: HEADINGS }));
}

/** The overdrachtsblad: the region named by its heading. */
export function sheetOf(container: Element): HTMLElement | null {
  const name = nl.professional.sheet.heading.replace('{{gemeente}}', ommenRules().file.gemeente.name);
  const heading = within(container as HTMLElement).queryByText(name, { selector: HEADINGS });
  return heading && partOf(heading);
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

/**
 * Waits until the live results show what the engine gives for these answers on the peildatum in the field: every
 * regeling with its outcome and each of its conditions with the engine's status. An answer that has not been
 * evaluated yet leaves its conditions "Weten we niet", so this holds only once the last answer is in. What a
 * worker sees, not the evaluation counter on the results (data-vw-evaluation, there for `npm run bench`).
 */
export async function settle(container: Element, answers: Answers): Promise<void> {
  const date = (within(container as HTMLElement).getByLabelText(nl.professional.peildatum.label) as HTMLInputElement).value;
  const expected = await evaluate(ommenRules(), answers, date);
  await waitFor(
    () => {
      const cards = cardsByTitle(container);
      for (const r of ommenRules().file.regelingen) {
        const offer = expected.regelingen[r.id];
        const card = cards.get(title(r.id));
        expect(card && outcomeOf(card, r.id), r.id).toBe(offer?.outcome);
        const rows = [...(card?.querySelectorAll<HTMLTableRowElement>('tbody tr') ?? [])];
        const statuses = rows.map((row) => row.cells[1]?.textContent);
        expect(statuses, r.id).toEqual(offer?.reasons.map((reason) => nl.results.status[reason.status]));
      }
    },
    // happy-dom evaluates and renders much slower than a browser; a bound for a busy machine, not a timing assertion.
    { timeout: 10_000 },
  );
}

/** Fill a whole household, in the file's order, waiting for each question to appear; then settle. */
export async function fillHousehold(container: Element, answers: Answers): Promise<void> {
  for (const q of ommenRules().file.questions) {
    const value = answers[q.id];
    if (value === undefined) continue;
    await waitFor(() => fieldset(container, q.id));
    fillOne(container, q, value);
  }
  await settle(container, answers);
}

/** The outcome a regeling's card states in words ("Waarschijnlijk", "Misschien", …), as ja, misschien or nee. */
export function shownOutcome(container: Element, id: string): string | undefined {
  const card = resultCard(container, id);
  return card ? outcomeOf(card, id) : undefined;
}

function outcomeOf(card: HTMLElement, id: string): string | undefined {
  const said = plain(card.textContent)
    .slice(plain(title(id)).length)
    .trim();
  return Object.entries(nl.professional.outcome).find(([, words]) => said.startsWith(words))?.[0];
}
