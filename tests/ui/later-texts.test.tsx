// The later part of the interface texts (widget/i18n/text-parts.ts) comes after the first question: every screen
// that needs it waits for it, saying "Even geduld.", and shows the calm message when it does not load; no screen
// ever shows a raw key such as "results.heading". The later parts' loaders are held back here (a gate in front of
// the real chunks), so the texts arrive after the screens' code, the order a slow connection can give.
import { cleanup, fireEvent, screen, waitFor, within } from '@testing-library/preact';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import nlFile from '../../locales/nl.json';
import type { AnswerValue } from '../../widget/engine/types.ts';
import { localePart } from '../../widget/i18n/text-parts.ts';
import { encodeHandoff } from '../../widget/links/handoff-link.ts';
import { mount } from '../../widget/mount.ts';
import { prefetchAfterQuestions } from '../../widget/resident/lazy-screens.tsx';
import { household3 } from '../support/ommen.ts';
import { eventually, shadowOf } from '../support/widget-host.ts';
import { currentQuestion, fill } from './drive.ts';
import { DATE, ommenRules, renderApp } from './helpers.tsx';

/** In front of every later part: the promise it waits for, and how often one was asked for. */
const gate = vi.hoisted(() => ({ current: Promise.resolve(), asked: 0 }));

vi.mock('virtual:vw-locales', async (importOriginal) => {
  type Loaders = Record<string, () => Promise<{ default: unknown; later: () => Promise<unknown> }>>;
  const real = (await importOriginal()) as { default: Loaders };
  // Each first part as it is; its later part behind the gate.
  const held = (load: Loaders[string]) => () =>
    load().then((first) => ({
      ...first,
      later: () => {
        gate.asked++;
        return gate.current.then(first.later);
      },
    }));
  return { default: Object.fromEntries(Object.entries(real.default).map(([lang, load]) => [lang, held(load)])) };
});

/** Holds every later part back until `open()`, or fails them with `fail()`. */
function holdLaterTexts() {
  let open = () => {};
  let fail = () => {};
  gate.current = new Promise<void>((resolve, reject) => {
    open = resolve;
    fail = () => reject(new Error('chunk unreachable'));
  });
  // A failed gate is awaited by the widget, not here.
  gate.current.catch(() => undefined);
  gate.asked = 0;
  return { open, fail };
}

const nl = nlFile;
/** "results.heading", "share.refused.close", …: a key of a later group, shown as it is. */
const RAW_KEY = new RegExp(`\\b(${Object.keys(localePart(nl, 'later')).join('|')})\\.[A-Za-z]`);
const rawKeys = (root: Node = document.body) => RAW_KEY.exec(root.textContent ?? '')?.[0] ?? null;
const liveRegion = () => document.querySelector('.vw-visually-hidden[role="status"]')?.textContent ?? '';
const link = () => `#vw=${encodeHandoff(ommenRules().file, DATE, household3)}`;

beforeAll(async () => {
  // The screens' code is in before the texts: the order under test.
  await prefetchAfterQuestions({ ready: () => true, load: () => Promise.resolve() });
}, 30_000);

afterEach(async () => {
  cleanup();
  // Preact runs an unmounted widget's effect cleanups after the next paint (its hashchange listener among them).
  await new Promise((resume) => setTimeout(resume, 60));
  gate.current = Promise.resolve();
  vi.restoreAllMocks();
  window.history.replaceState(null, '', '/');
  document.body.innerHTML = '';
});

describe('a resident whose later texts arrive after the screens', () => {
  it('sees "Even geduld." after the last answer, never a raw key, then the review and the results', async () => {
    const gateway = holdLaterTexts();
    await renderApp();
    fireEvent.click(screen.getByRole('button', { name: nl.intro.start }));
    const answers = household3 as Record<string, AnswerValue>;
    await waitFor(() => expect(currentQuestion()).toBeDefined());
    for (let q = currentQuestion(); q; q = currentQuestion()) {
      fill(q, answers[q.id]);
      fireEvent.click(screen.getByRole('button', { name: nl.nav.next }));
      await waitFor(() => expect(currentQuestion()?.id).not.toBe(q?.id));
    }
    expect((await screen.findByText(nl.app.busy)).getAttribute('role')).toBe('status');
    expect(screen.queryByRole('heading', { name: nl.review.heading })).toBeNull();
    expect(rawKeys()).toBeNull();

    gateway.open();
    await screen.findByRole('heading', { name: nl.review.heading });
    expect(rawKeys()).toBeNull();
    fireEvent.click(screen.getByRole('button', { name: nl.review.showResults }));
    await screen.findByRole('heading', { name: nl.results.heading });
    expect(rawKeys()).toBeNull();
    expect(liveRegion()).toContain(nl.results.announceReady);
  });

  it('opening a #vw= link: the results wait for the texts, and so does their summary in the live region', async () => {
    const gateway = holdLaterTexts();
    window.history.replaceState(null, '', `/regelingen${link()}`);
    await renderApp();
    await screen.findByText(nl.app.busy);
    expect(screen.queryByRole('heading', { name: nl.results.heading })).toBeNull();
    expect(rawKeys()).toBeNull();
    expect(liveRegion()).toBe('');

    gateway.open();
    await screen.findByRole('heading', { name: nl.results.heading });
    expect(rawKeys()).toBeNull();
    await waitFor(() => expect(liveRegion()).toContain(nl.results.announceReady));
  });

  it('gets the calm message with the phone number when the texts do not load, and the webmaster a console line', async () => {
    const logged = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    holdLaterTexts().fail();
    window.history.replaceState(null, '', `/regelingen${link()}`);
    await renderApp();
    await screen.findByRole('heading', { name: nl.failure.heading });
    const phone = ommenRules().file.gemeente.contact.phone ?? '';
    expect(screen.getByRole('link', { name: nl.contact.phone.replace('{{phone}}', phone) }).getAttribute('href')).toBe(
      `tel:${phone.replace(/\s/g, '')}`,
    );
    expect(screen.queryByRole('heading', { name: nl.results.heading })).toBeNull();
    expect(rawKeys()).toBeNull();
    expect(liveRegion()).toBe('');
    expect(logged).toHaveBeenCalledWith('[voorzieningen-wijzer] Het overzicht kon niet worden geladen:', expect.anything());
  });

  it('sees a refused link’s message on the intro only once its texts are in', async () => {
    const gateway = holdLaterTexts();
    window.history.replaceState(null, '', '/regelingen#vw=!!!');
    await renderApp();
    // The link is read (and taken out of the address bar) while the texts are held back.
    await waitFor(() => expect(window.location.hash).toBe(''));
    expect(screen.getByRole('button', { name: nl.intro.start })).toBeInstanceOf(HTMLButtonElement);
    expect(screen.queryByRole('alert')).toBeNull();
    expect(rawKeys()).toBeNull();

    gateway.open();
    expect((await screen.findByRole('alert')).textContent).toContain(nl.share.refused.invalid);
    expect(rawKeys()).toBeNull();
  });
});

describe('start-up of a resident’s widget', () => {
  it('asks for no later part before the first question, and for it once the first question is there', async () => {
    holdLaterTexts();
    const el = document.body.appendChild(document.createElement('div'));
    const handle = mount(el, { date: DATE });
    const widget = shadowOf(el);
    // The app is built (its i18next instance made, its first texts in) and drawn hidden behind the intro: no later
    // part asked for; the intro does not need one.
    await eventually(() => expect(el.shadowRoot?.querySelector('div[hidden] .vw-header')).not.toBeNull());
    expect(gate.asked).toBe(0);
    const start = widget.queryByRole('button', { name: nl.intro.start });
    if (!start) throw new Error('no start button');
    fireEvent.click(start);
    await eventually(() => expect(widget.queryByText(/^Stap 1 van \d+$/)).not.toBeNull());
    // Once the first question has painted, the results' code and texts are fetched (lazy-screens.tsx).
    await eventually(() => expect(gate.asked).toBeGreaterThan(0));
    handle.unmount();
  });
});

describe('wijkteam mode', () => {
  it('waits for its texts in the app, then shows them', async () => {
    const gateway = holdLaterTexts();
    const { container } = await renderApp({ mode: 'professional', idleMinutes: 0 });
    await within(container as HTMLElement).findByText(nl.app.loading);
    expect(rawKeys(container)).toBeNull();

    gateway.open();
    await within(container as HTMLElement).findByText(nl.professional.results.heading, {}, { timeout: 8000 });
    expect(rawKeys(container)).toBeNull();
  });

  it('mounted on a page: its app loads the later part before it takes over, so it opens with its texts', async () => {
    const gateway = holdLaterTexts();
    const el = document.body.appendChild(document.createElement('div'));
    const handle = mount(el, { mode: 'professional', date: DATE, idleMinutes: 0 });
    const widget = shadowOf(el);
    // The app asked for the later part at once, and the entry's own first screen stays until it is in.
    await eventually(() => expect(gate.asked).toBeGreaterThan(0));
    expect(widget.queryByText(nl.app.loading)).not.toBeNull();
    expect(widget.queryByText(nl.professional.results.heading)).toBeNull();
    expect(rawKeys(el.shadowRoot as unknown as HTMLElement)).toBeNull();

    gateway.open();
    await eventually(() => expect(widget.queryByText(nl.professional.results.heading)).not.toBeNull());
    expect(rawKeys(el.shadowRoot as unknown as HTMLElement)).toBeNull();
    handle.unmount();
  });
});
