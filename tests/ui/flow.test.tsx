// The flow: intro, one question per step, honest progress, back keeps answers, review edits, focus, and the
// browser's Back and Forward between steps (happy-dom's history: history.back() fires popstate).
import { cleanup, fireEvent, screen, waitFor, within } from '@testing-library/preact';
import { afterEach, describe, expect, it } from 'vitest';
import { renderProfessional } from '../professional/support.tsx';
import { makeAnswers } from '../support/ommen.ts';
import { answerAll, clickAndWait, currentQuestion, fill } from './drive.ts';
import { label, question, renderApp } from './helpers.tsx';

// Compiled once up front: the wijkteam view is a lazy import, and compiling it takes longer than renderProfessional waits.
await import('../../widget/professional/professional-view.tsx');

afterEach(() => {
  cleanup();
  window.history.replaceState(null, '', '/');
});

const HOUSEHOLD = makeAnswers({ leeftijd: 40, leeftijden_kinderen: [4, 13], netto_inkomen: 1200, vermogen: 500 }) as Record<
  string,
  import('../../widget/engine/index.ts').AnswerValue
>;

const step = () => screen.getByText(/^Stap \d+ van \d+$/).textContent ?? '';
const stepNumbers = () => step().match(/\d+/g)?.map(Number) ?? [];
/** The answer the review page shows next to a question's label (Intl's no-break space as a plain one). */
const reviewed = (id: string) => screen.getByText(label(id)).nextElementSibling?.textContent?.replace(/\u00a0/g, ' ');

async function start() {
  const utils = await renderApp();
  await clickAndWait('Beginnen');
  return utils;
}

describe('intro', () => {
  it('promises privacy and says how long it takes, and does not take focus from the host page', async () => {
    await renderApp();
    screen.getByText('Uw antwoorden blijven op uw apparaat. We slaan niets op en sturen niets door.');
    screen.getByText(/Het duurt ongeveer \d+ minuten\./);
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
    screen.getByRole('button', { name: 'Beginnen' });
    expect(screen.queryByRole('button', { name: 'Vorige' })).toBeNull();
  });
});

describe('review', () => {
  it('lists every answer and lets the resident change one, then returns to the review', async () => {
    await start();
    const asked = await answerAll(HOUSEHOLD);
    expect(asked[0]).toBe('woont_in_gemeente');
    const review = screen.getByRole('heading', { name: 'Controleer uw antwoorden' });
    // The review is a lazy chunk: its heading takes the focus when it mounts.
    await waitFor(() => expect(document.activeElement).toBe(review));
    expect(reviewed('netto_inkomen')).toBe('€ 1.200,00');
    expect(reviewed('leeftijden_kinderen')).toBe('2 kinderen: 4 en 13 jaar');

    await clickAndWait(`Wijzig: ${label('netto_inkomen')}`);
    expect(currentQuestion()?.id).toBe('netto_inkomen');
    fill(question('netto_inkomen'), 1300);
    fireEvent.click(screen.getByRole('button', { name: 'Volgende' }));
    await screen.findByRole('heading', { name: 'Controleer uw antwoorden' });
    expect(reviewed('netto_inkomen')).toBe('€ 1.300,00');
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

/** Browser Back or Forward, then wait until the step on screen changed. */
async function browser(go: 'back' | 'forward') {
  const before = document.querySelector('legend, h3')?.textContent;
  window.history[go]();
  await waitFor(() => expect(document.querySelector('legend, h3')?.textContent).not.toBe(before));
}

describe('browser Back and Forward', () => {
  it('go one step back and forward again, with the answers filled in and the heading focused', async () => {
    window.history.replaceState(null, '', '/pagina?x=1');
    await start();
    fill(question('woont_in_gemeente'), true);
    await clickAndWait('Volgende');
    fill(question('leeftijd'), 40);
    await clickAndWait('Volgende');
    expect(currentQuestion()?.id).toBe('heeft_partner');
    // Each entry holds the widget's tag and a number only: no answer, and the address does not change.
    expect(Object.keys(window.history.state).sort()).toEqual(['n', 'vw']);
    expect(JSON.stringify(window.history.state)).not.toContain('40');
    expect(window.location.pathname + window.location.search + window.location.hash).toBe('/pagina?x=1');

    await browser('back');
    expect(currentQuestion()?.id).toBe('leeftijd');
    expect((screen.getByRole('textbox') as HTMLInputElement).value).toBe('40');
    expect(stepNumbers()[0]).toBe(2);
    expect(document.activeElement).toBe(screen.getByRole('heading', { name: label('leeftijd') }));
    await browser('back');
    expect((screen.getByRole('radio', { name: 'Ja' }) as HTMLInputElement).checked).toBe(true);
    await browser('back');
    expect(screen.getByRole('button', { name: 'Beginnen' })).toBeInstanceOf(HTMLButtonElement);

    await browser('forward');
    expect(currentQuestion()?.id).toBe('woont_in_gemeente');
    await browser('forward');
    await browser('forward');
    expect(currentQuestion()?.id).toBe('heeft_partner');
    expect(document.activeElement).toBe(screen.getByRole('heading', { name: label('heeft_partner') }));
  });

  it('Vorige moves the browser back too, so Forward returns to the step the resident came from', async () => {
    await start();
    fill(question('woont_in_gemeente'), true);
    await clickAndWait('Volgende');
    const length = window.history.length;
    await clickAndWait('Vorige');
    expect(window.history.length).toBe(length);
    await browser('forward');
    expect(currentQuestion()?.id).toBe('leeftijd');
  });

  it('a changed answer after going back drops the old forward steps', async () => {
    await start();
    fill(question('woont_in_gemeente'), true);
    await clickAndWait('Volgende');
    fill(question('leeftijd'), 40);
    await clickAndWait('Volgende');
    fill(question('heeft_partner'), false);
    await clickAndWait('Volgende');
    await browser('back');
    await browser('back');
    expect(currentQuestion()?.id).toBe('leeftijd');
    fill(question('leeftijd'), 41);
    await clickAndWait('Volgende');
    expect(currentQuestion()?.id).toBe('heeft_partner');
    await browser('back');
    expect((screen.getByRole('textbox') as HTMLInputElement).value).toBe('41');
  });

  it('"Opnieuw beginnen" returns to the page\'s own entry: Forward never shows the wiped answers', async () => {
    await start();
    await answerAll(HOUSEHOLD);
    fireEvent.click(screen.getByRole('button', { name: 'Bekijk de uitkomst' }));
    await screen.findByRole('heading', { name: 'Uw uitkomst' });
    fireEvent.click(screen.getByRole('button', { name: 'Opnieuw beginnen' }));
    await screen.findByRole('button', { name: 'Beginnen' });
    await waitFor(() => expect(window.history.state).toBeNull());
    window.history.forward();
    await new Promise((r) => setTimeout(r, 100));
    expect(screen.getByRole('button', { name: 'Beginnen' })).toBeInstanceOf(HTMLButtonElement);
    expect(screen.queryByRole('heading', { name: 'Uw uitkomst' })).toBeNull();
  });

  it('an anchor on the host page (another address, no tag) leaves the step alone', async () => {
    await start();
    fill(question('woont_in_gemeente'), true);
    await clickAndWait('Volgende');
    window.history.pushState(null, '', '#inhoud');
    window.dispatchEvent(new PopStateEvent('popstate', { state: null }));
    await new Promise((r) => setTimeout(r, 100));
    expect(currentQuestion()?.id).toBe('leeftijd');
    // Back from the anchor's entry lands on this step's own entry: still the same step.
    window.history.back();
    await new Promise((r) => setTimeout(r, 100));
    expect(currentQuestion()?.id).toBe('leeftijd');
    await browser('back');
    expect(currentQuestion()?.id).toBe('woont_in_gemeente');
  });

  it('two widgets on one page each follow only their own entries', async () => {
    const a = await renderApp();
    const b = await renderApp();
    const inA = (name: string) => within(a.container as HTMLElement).getByRole('button', { name });
    fireEvent.click(inA('Beginnen'));
    await waitFor(() => expect(a.container.querySelector('legend')).not.toBeNull());
    fireEvent.click(within(a.container as HTMLElement).getByRole('radio', { name: 'Ja' }));
    fireEvent.click(inA('Volgende'));
    await waitFor(() => expect(a.container.querySelector('legend')?.textContent).toBe(label('leeftijd')));
    fireEvent.click(within(b.container as HTMLElement).getByRole('button', { name: 'Beginnen' }));
    await waitFor(() => expect(b.container.querySelector('legend')?.textContent).toBe(label('woont_in_gemeente')));
    // Back from B's first step lands on A's entry: A is already there, and B does not take A's step.
    window.history.back();
    await new Promise((r) => setTimeout(r, 100));
    expect(a.container.querySelector('legend')?.textContent).toBe(label('leeftijd'));
    expect(b.container.querySelector('legend')?.textContent).toBe(label('woont_in_gemeente'));
    window.history.back();
    await waitFor(() => expect(a.container.querySelector('legend')?.textContent).toBe(label('woont_in_gemeente')));
    expect(b.container.querySelector('legend')?.textContent).toBe(label('woont_in_gemeente'));
  });

  /** The question heading a widget shows; undefined off the questions. */
  const legend = (c: Element) => c.querySelector('legend')?.textContent;

  /** Two resident widgets: A two steps in (entries A1, A2), then B one step (B1, on top of A's). */
  async function twoWidgets() {
    const a = await renderApp();
    const b = await renderApp();
    const inA = within(a.container as HTMLElement);
    const inB = within(b.container as HTMLElement);
    fireEvent.click(inA.getByRole('button', { name: 'Beginnen' }));
    await waitFor(() => expect(legend(a.container)).toBe(label('woont_in_gemeente')));
    fireEvent.click(inA.getByRole('radio', { name: 'Ja' }));
    fireEvent.click(inA.getByRole('button', { name: 'Volgende' }));
    await waitFor(() => expect(legend(a.container)).toBe(label('leeftijd')));
    fireEvent.click(inB.getByRole('button', { name: 'Beginnen' }));
    await waitFor(() => expect(legend(b.container)).toBe(label('woont_in_gemeente')));
    return { a, b, inA, inB };
  }

  it("Vorige in one widget never moves the other, also when the entry before is the other's", async () => {
    const { a, b, inB } = await twoWidgets();
    // Back lands on A's newest entry; B's Vorige must not walk the browser further back into A's entries.
    window.history.back();
    await new Promise((r) => setTimeout(r, 100));
    fireEvent.click(inB.getByRole('button', { name: 'Vorige' }));
    await inB.findByRole('button', { name: 'Beginnen' });
    await new Promise((r) => setTimeout(r, 100));
    expect(legend(a.container)).toBe(label('leeftijd'));
    // A's own Vorige now sits on B's entry: it too makes a new entry and leaves B alone.
    fireEvent.click(within(a.container as HTMLElement).getByRole('button', { name: 'Vorige' }));
    await waitFor(() => expect(legend(a.container)).toBe(label('woont_in_gemeente')));
    await new Promise((r) => setTimeout(r, 100));
    expect(inB.getByRole('button', { name: 'Beginnen' })).toBeInstanceOf(HTMLButtonElement);
    expect(legend(b.container)).toBeUndefined();
  });

  it("Vorige back to the intro, past the other widget's entry, leaves that widget where it is", async () => {
    const { a, b, inA } = await twoWidgets();
    // One entry back from B's would be A's own older step: A makes new entries instead of moving the browser.
    fireEvent.click(inA.getByRole('button', { name: 'Vorige' }));
    await waitFor(() => expect(legend(a.container)).toBe(label('woont_in_gemeente')));
    fireEvent.click(inA.getByRole('button', { name: 'Vorige' }));
    await inA.findByRole('button', { name: 'Beginnen' });
    const length = window.history.length;
    window.history.back();
    await new Promise((r) => setTimeout(r, 100));
    window.history.back();
    await new Promise((r) => setTimeout(r, 100));
    expect(legend(b.container)).toBe(label('woont_in_gemeente'));
    expect(window.history.length).toBe(length);
  });

  it('"Opnieuw beginnen" with another widget\'s entry on top leaves that widget where it is, also after Back', async () => {
    const a = await renderApp();
    const b = await renderApp();
    fireEvent.click(within(a.container as HTMLElement).getByRole('button', { name: 'Beginnen' }));
    await answerAll(HOUSEHOLD);
    const inB = within(b.container as HTMLElement);
    fireEvent.click(inB.getByRole('button', { name: 'Beginnen' }));
    await waitFor(() => expect(legend(b.container)).toBe(label('woont_in_gemeente')));
    fireEvent.click(screen.getByRole('button', { name: 'Bekijk de uitkomst' }));
    await screen.findByRole('heading', { name: 'Uw uitkomst' });
    fireEvent.click(screen.getByRole('button', { name: 'Opnieuw beginnen' }));
    await within(a.container as HTMLElement).findByRole('button', { name: 'Beginnen' });
    // A could only walk back to the page's entry through B's: it leaves the browser where it is, and its old
    // entries are no longer its own, so Back shows neither A's wiped answers nor takes B's step.
    for (let i = 0; i < 3; i++) {
      window.history.back();
      await new Promise((r) => setTimeout(r, 60));
    }
    expect(within(a.container as HTMLElement).getByRole('button', { name: 'Beginnen' })).toBeInstanceOf(HTMLButtonElement);
    expect(screen.queryByRole('heading', { name: 'Uw uitkomst' })).toBeNull();
    expect(legend(b.container)).toBe(label('woont_in_gemeente'));
  });

  it('wijkteam mode is one screen and makes no history entries', async () => {
    const length = window.history.length;
    const { container } = await renderProfessional({ date: '2026-07-01' });
    fireEvent.click(container.querySelector('[data-question="heeft_partner"] input[type="radio"]') as HTMLElement);
    await new Promise((r) => setTimeout(r, 100));
    expect(window.history.length).toBe(length);
    expect(window.history.state).toBeNull();
  });
});

describe('leaving the page with answers', () => {
  const unload = () => {
    const event = new Event('beforeunload', { cancelable: true });
    window.dispatchEvent(event);
    return event.defaultPrevented;
  };

  it('asks nothing by default', async () => {
    await start();
    fill(question('woont_in_gemeente'), true);
    await clickAndWait('Volgende');
    expect(unload()).toBe(false);
  });

  it('with confirm-leave, lets the browser ask once an answer is given', async () => {
    await renderApp({ confirmLeave: true });
    expect(unload()).toBe(false);
    await clickAndWait('Beginnen');
    fill(question('woont_in_gemeente'), true);
    await clickAndWait('Volgende');
    expect(unload()).toBe(true);
  });
});
