// The flow: intro, one question per step, honest progress, back keeps answers, review edits, focus.
import { cleanup, fireEvent, screen, waitFor } from '@testing-library/preact';
import { afterEach, describe, expect, it } from 'vitest';
import { answerAll, clickAndWait, currentQuestion, fill } from './drive.ts';
import { label, question, renderApp } from './helpers.tsx';
import { makeAnswers } from '../support/ommen.ts';

afterEach(cleanup);

const HOUSEHOLD = makeAnswers({ leeftijd: 40, leeftijden_kinderen: [4, 13], netto_inkomen: 1200, vermogen: 500 }) as Record<
  string,
  import('../../widget/engine/index.ts').AnswerValue
>;

const step = () => screen.getByText(/^Stap \d+ van \d+$/).textContent ?? '';
const stepNumbers = () => step().match(/\d+/g)?.map(Number) ?? [];

async function start() {
  const utils = await renderApp();
  await clickAndWait('Beginnen');
  return utils;
}

describe('intro', () => {
  it('promises privacy and says how long it takes, and does not take focus from the host page', async () => {
    await renderApp();
    expect(screen.getByText('Uw antwoorden blijven op uw apparaat. We slaan niets op en sturen niets door.')).toBeTruthy();
    expect(screen.getByText(/Het duurt ongeveer \d+ minuten\./)).toBeTruthy();
    expect(document.activeElement).toBe(document.body);
  });

  it('emits vw-started without any detail and then shows the first question with its heading focused', async () => {
    const { events } = await start();
    expect(events).toEqual([{ name: 'vw-started', detail: {} }]);
    const first = currentQuestion();
    expect(first?.id).toBe('woont_in_gemeente');
    expect(document.activeElement).toBe(screen.getByRole('heading', { name: label('woont_in_gemeente') }));
  });
});

describe('steps', () => {
  it('counts "Stap X van Y", and Y drops when an answer makes questions unnecessary', async () => {
    await start();
    const [x1, y1] = stepNumbers();
    expect(x1).toBe(1);
    fill(question('woont_in_gemeente'), true);
    await clickAndWait('Volgende');
    fill(question('leeftijd'), 40);
    await clickAndWait('Volgende');
    expect(currentQuestion()?.id).toBe('heeft_partner');
    fill(question('heeft_partner'), false);
    await clickAndWait('Volgende');
    const [x4, y4] = stepNumbers();
    expect(x4).toBe(4);
    expect(currentQuestion()?.id).not.toBe('leeftijd_partner');
    expect(y4).toBeLessThan(y1 as number);
  });

  it('asks the partner age only when there is a partner', async () => {
    await start();
    fill(question('woont_in_gemeente'), true);
    await clickAndWait('Volgende');
    fill(question('leeftijd'), 40);
    await clickAndWait('Volgende');
    fill(question('heeft_partner'), true);
    await clickAndWait('Volgende');
    expect(currentQuestion()?.id).toBe('leeftijd_partner');
  });

  it('Vorige keeps the answers, and Volgende walks forward through them again', async () => {
    await start();
    fill(question('woont_in_gemeente'), true);
    await clickAndWait('Volgende');
    fill(question('leeftijd'), 40);
    await clickAndWait('Volgende');
    await clickAndWait('Vorige');
    expect((screen.getByRole('textbox') as HTMLInputElement).value).toBe('40');
    expect(stepNumbers()[0]).toBe(2);
    await clickAndWait('Vorige');
    expect((screen.getByRole('radio', { name: 'Ja' }) as HTMLInputElement).checked).toBe(true);
    expect(document.activeElement).toBe(screen.getByRole('heading', { name: label('woont_in_gemeente') }));
    await clickAndWait('Volgende');
    expect((screen.getByRole('textbox') as HTMLInputElement).value).toBe('40');
  });

  it('goes back from the first question to the intro', async () => {
    await start();
    await clickAndWait('Vorige');
    expect(screen.getByRole('button', { name: 'Beginnen' })).toBeTruthy();
  });
});

describe('review', () => {
  it('lists every answer and lets the resident change one, then returns to the review', async () => {
    await start();
    const asked = await answerAll(HOUSEHOLD);
    expect(asked[0]).toBe('woont_in_gemeente');
    const review = screen.getByRole('heading', { name: 'Controleer uw antwoorden' });
    expect(document.activeElement).toBe(review);
    expect(screen.getByText(label('netto_inkomen'))).toBeTruthy();
    expect(screen.getByText('€ 1.200,00')).toBeTruthy();
    expect(screen.getByText('2 kinderen: 4 en 13 jaar')).toBeTruthy();

    await clickAndWait(`Wijzig: ${label('netto_inkomen')}`);
    expect(currentQuestion()?.id).toBe('netto_inkomen');
    fill(question('netto_inkomen'), 1300);
    fireEvent.click(screen.getByRole('button', { name: 'Volgende' }));
    await screen.findByRole('heading', { name: 'Controleer uw antwoorden' });
    expect(screen.getByText('€ 1.300,00')).toBeTruthy();
  });

  it('shows the results after the review', async () => {
    const { events } = await start();
    await answerAll(HOUSEHOLD);
    fireEvent.click(screen.getByRole('button', { name: 'Bekijk de uitkomst' }));
    const heading = await screen.findByRole('heading', { name: 'Uw uitkomst' });
    await waitFor(() => expect(document.activeElement).toBe(heading));
    expect(events.map((e) => e.name)).toEqual(['vw-started', 'vw-completed']);
  });
});
