// Links in the resident widget: "Bewaar uw uitkomst" (consent first, a link, Copy, nothing sent or stored), opening
// a link shows the results directly and removes the fragment, a link pasted into the open tab, every fragment form
// opened or refused, another gemeente's link refused, and the round trip between resident and wijkteam mode.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { cleanup, fireEvent, screen, waitFor, within } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import nl from '../../locales/nl.json';
import { parseRulesText } from '../../widget/engine/checker.ts';
import { evaluate } from '../../widget/engine/index.ts';
import type { AnswerValue, EvaluationResult } from '../../widget/engine/types.ts';
import { encodeHandoff } from '../../widget/links/handoff-link.ts';
import { fillHousehold, renderProfessional, sheetOf, shownOutcome } from '../professional/support.tsx';
import { household3, makeAnswers } from '../support/ommen.ts';
import { partOf } from '../support/queries.ts';
import { answerAll, clickAndWait } from '../ui/drive.ts';
import { DATE, ommenRules, renderApp, title } from '../ui/helpers.tsx';

/** Preact runs an unmounted widget's effect cleanups after the next paint; until then its hashchange listener
 *  would still take the next widget's link (happy-dom also fires hashchange on replaceState). */
async function unmountAll() {
  cleanup();
  await new Promise((resume) => setTimeout(resume, 60));
}

afterEach(async () => {
  await unmountAll();
  vi.restoreAllMocks();
  window.history.replaceState(null, '', '/');
});

const file = () => ommenRules().file;
const share = nl.share;
// Compiled once up front: the wijkteam view is a lazy import, and compiling it takes longer than renderProfessional waits.
await import('../../widget/professional/professional-view.tsx');

/** happy-dom renders the results slowly on a busy machine: wait longer than the default second. */
const SLOW = { timeout: 8000 };
const HOUSEHOLD = makeAnswers({ leeftijd: 40, leeftijden_kinderen: [4, 13], netto_inkomen: 1200, vermogen: 500 }) as Record<
  string,
  AnswerValue
>;

const inside = (container: Element) => within(container as HTMLElement);

/** The regeling titles shown per outcome group, read from the screen: the rows under each group's heading. */
function shownGroups(container: Element): Record<string, string[]> {
  const groups: Record<string, string[]> = {};
  for (const outcome of ['ja', 'misschien'] as const) {
    const heading = inside(container).queryByRole('heading', { name: new RegExp(`^${nl.results.group[outcome]} \\(`) });
    groups[outcome] = (heading ? within(partOf(heading)).getAllByRole('article') : [])
      .map((article) => title(article.getAttribute('data-regeling') as string))
      .sort();
  }
  return groups;
}
/** The same, from the engine's result and the rules' Dutch titles. */
function expectedGroups(result: EvaluationResult): Record<string, string[]> {
  // The overview lists what the household gets (ja, misschien); everything else is nee.
  const groups: Record<string, string[]> = { ja: [], misschien: [] };
  for (const r of file().regelingen) groups[result.regelingen[r.id]?.outcome as string]?.push(title(r.id));
  for (const g of Object.values(groups)) g.sort();
  return groups;
}

async function openedWith(hash: string, options = {}, rules = ommenRules()) {
  window.history.replaceState(null, '', `/regelingen${hash}`);
  return renderApp(options, rules);
}

async function walkToResults(answers: Record<string, AnswerValue>) {
  const utils = await renderApp();
  await clickAndWait('Beginnen');
  await answerAll(answers);
  fireEvent.click(screen.getByRole('button', { name: 'Bekijk de uitkomst' }));
  await screen.findByRole('heading', { name: 'Uw uitkomst' }, SLOW);
  return utils;
}

describe('"Bewaar uw uitkomst"', () => {
  it('explains and asks first, then shows a link that opens the same results on a fresh widget', async () => {
    const clipboard = vi.fn(async (_text: string) => undefined);
    Object.defineProperty(navigator, 'clipboard', { configurable: true, value: { writeText: clipboard } });
    const fetchSpy = vi.spyOn(globalThis, 'fetch');
    const { container } = await walkToResults(HOUSEHOLD);
    const before = shownGroups(container);
    const section = await screen.findByRole('region', { name: share.heading }, SLOW);
    expect(within(section).queryByRole('textbox')).toBeNull();
    fireEvent.click(within(section).getByRole('button', { name: share.button }));
    within(section).getByText(share.consent);
    expect(within(section).queryByRole('textbox')).toBeNull();
    fireEvent.click(within(section).getByRole('button', { name: share.agree }));
    const box = (await within(section).findByRole('textbox', { name: share.linkLabel }, SLOW)) as HTMLInputElement;
    expect(box.value).toMatch(/^http:\/\/localhost(:\d+)?\/#vw=[A-Za-z0-9_-]+$/);
    fireEvent.click(within(section).getByRole('button', { name: share.copy }));
    await within(section).findByText(share.copied, {}, SLOW);
    expect(clipboard).toHaveBeenCalledWith(box.value);
    expect(fetchSpy).not.toHaveBeenCalled();
    const link = box.value;
    await unmountAll();

    const again = await openedWith(new URL(link).hash);
    await screen.findByRole('heading', { name: 'Uw uitkomst' }, SLOW);
    expect(shownGroups(again.container)).toEqual(before);
    expect(window.location.hash).toBe('');
    expect(window.location.pathname).toBe('/regelingen');
  });

  it('selects the link for copying by hand where the clipboard cannot be used', async () => {
    Object.defineProperty(navigator, 'clipboard', { configurable: true, value: undefined });
    await walkToResults(HOUSEHOLD);
    const section = await screen.findByRole('region', { name: share.heading }, SLOW);
    fireEvent.click(within(section).getByRole('button', { name: share.button }));
    fireEvent.click(within(section).getByRole('button', { name: share.agree }));
    const box = (await within(section).findByRole('textbox', { name: share.linkLabel }, SLOW)) as HTMLInputElement;
    fireEvent.click(within(section).getByRole('button', { name: share.copy }));
    await within(section).findByText(share.selectToCopy, {}, SLOW);
    expect([box.selectionStart, box.selectionEnd]).toEqual([0, box.value.length]);
  });

  it('stores nothing: no localStorage, sessionStorage or cookie is touched', async () => {
    Object.defineProperty(navigator, 'clipboard', { configurable: true, value: { writeText: async () => undefined } });
    const setItem = vi.spyOn(Storage.prototype, 'setItem');
    const cookie = document.cookie;
    const { container } = await walkToResults(HOUSEHOLD);
    const section = await inside(container).findByRole('region', { name: share.heading }, SLOW);
    fireEvent.click(within(section).getByRole('button', { name: share.button }));
    fireEvent.click(within(section).getByRole('button', { name: share.agree }));
    const box = (await within(section).findByRole('textbox', { name: share.linkLabel }, SLOW)) as HTMLInputElement;
    fireEvent.click(within(section).getByRole('button', { name: share.copy }));
    await within(section).findByText(share.copied, {}, SLOW);
    await unmountAll();
    await openedWith(new URL(box.value).hash);
    await screen.findByRole('heading', { name: 'Uw uitkomst' }, SLOW);
    expect(setItem).not.toHaveBeenCalled();
    expect(localStorage.length).toBe(0);
    expect(sessionStorage.length).toBe(0);
    expect(document.cookie).toBe(cookie);
  });
});

describe('opening a link in the resident widget', () => {
  it("shows the results directly, evaluated on the link's peildatum, and removes the fragment", async () => {
    const payload = encodeHandoff(file(), '2026-07-01', household3);
    const { container } = await openedWith(`#vw=${payload}`, { date: '2026-06-01' });
    const heading = await screen.findByRole('heading', { name: 'Uw uitkomst' }, SLOW);
    await waitFor(() => expect(document.activeElement).toBe(heading), SLOW);
    expect(shownGroups(container)).toEqual(expectedGroups(await evaluate(ommenRules(), household3, '2026-07-01')));
    expect(window.location.hash).toBe('');
  });

  it('reads a link pasted into the open tab (hashchange), in the middle of the flow', async () => {
    const { container } = await renderApp();
    await clickAndWait('Beginnen');
    const payload = encodeHandoff(file(), DATE, household3);
    window.history.replaceState(null, '', `/#vw=${payload}`);
    window.dispatchEvent(new HashChangeEvent('hashchange'));
    await screen.findByRole('heading', { name: 'Uw uitkomst' }, SLOW);
    expect(shownGroups(container)).toEqual(expectedGroups(await evaluate(ommenRules(), household3, DATE)));
    expect(window.location.hash).toBe('');
  });

  it('opens mail-program forms of a good link and refuses broken ones, always clearing the address bar', async () => {
    const payload = encodeHandoff(file(), DATE, household3);
    for (const [hash, opens] of [
      [`#vw=${payload}&utm_source=mail`, true],
      [`#vw=${payload}=`, true],
      ['#vw=%20x', false],
      ['#vw=!!!', false],
      ['#vw=', false],
      [`#vw=${payload.slice(0, -3)}`, false],
    ] as const) {
      const { container } = await openedWith(hash);
      if (opens) await inside(container).findByRole('heading', { name: 'Uw uitkomst' }, SLOW);
      else expect((await inside(container).findByRole('alert', {}, SLOW)).textContent).toContain(share.refused.invalid);
      expect(window.location.hash, hash).toBe(hash.includes('utm_source') ? '#utm_source=mail' : '');
      await unmountAll();
    }
  });

  it('refuses a link over the size cap, unread', async () => {
    const { container } = await openedWith(`#vw=${'A'.repeat(9000)}`);
    expect((await inside(container).findByRole('alert', {}, SLOW)).textContent).toContain(share.refused.tooBig);
    expect(window.location.hash).toBe('');
  });

  it('refuses an Ommen link in the voorbeeldgemeente widget, naming its own gemeente', async () => {
    const { rules } = parseRulesText(readFileSync(resolve(process.cwd(), 'rules/voorbeeldgemeente.json'), 'utf8'));
    const payload = encodeHandoff(file(), DATE, household3);
    const { container } = await openedWith(`#vw=${payload}`, {}, rules as NonNullable<typeof rules>);
    const alert = await inside(container).findByRole('alert', {}, SLOW);
    expect(alert.textContent).toContain(share.refused.gemeente.replace('{{gemeente}}', 'Voorbeeldgemeente'));
    expect(inside(container).getByRole('button', { name: 'Beginnen' })).toBeInstanceOf(HTMLButtonElement);
    fireEvent.click(inside(container).getByRole('button', { name: share.refused.close }));
    expect(inside(container).queryByRole('alert')).toBeNull();
  });
});

describe('one format for residents and the wijkteam', () => {
  it('a wijkteam link opens in the resident widget with the same outcomes', async () => {
    const pro = await renderProfessional({ date: DATE });
    await fillHousehold(pro.container, household3);
    const sheet = await waitFor(() => {
      const el = sheetOf(pro.container);
      expect(el?.querySelector('[data-regeling="participatiefonds"]')).not.toBeNull();
      return el as HTMLElement;
    }, SLOW);
    fireEvent.click(within(sheet).getByRole('checkbox', { name: /toestemming/ }));
    const box = (await within(sheet).findByRole('textbox', { name: 'Link naar deze uitkomst' }, SLOW)) as HTMLInputElement;
    await unmountAll();
    const { container } = await openedWith(new URL(box.value).hash);
    await screen.findByRole('heading', { name: 'Uw uitkomst' }, SLOW);
    expect(shownGroups(container)).toEqual(expectedGroups(await evaluate(ommenRules(), household3, DATE)));
  });

  it('a resident link opens in wijkteam mode after the worker agrees, also when pasted into the open tab', async () => {
    const { container, findByRole } = await renderProfessional({ date: '2026-06-01' });
    const payload = encodeHandoff(file(), DATE, household3);
    window.history.replaceState(null, '', `/wijkteam#vw=${payload}`);
    window.dispatchEvent(new HashChangeEvent('hashchange'));
    fireEvent.click(await findByRole('button', { name: 'Resultaat openen' }, SLOW));
    expect(window.location.hash).toBe('');
    const expected = await evaluate(ommenRules(), household3, DATE);
    await waitFor(
      () => expect(shownOutcome(container, 'participatiefonds')).toBe(expected.regelingen.participatiefonds?.outcome),
      SLOW,
    );
    for (const [id, r] of Object.entries(expected.regelingen)) expect(shownOutcome(container, id), id).toBe(r.outcome);
  });

  it('"Nieuwe cliënt" takes a fragment out of the address bar too', async () => {
    const { getByRole } = await renderProfessional({ date: DATE });
    window.history.replaceState(null, '', `/wijkteam#vw=${encodeHandoff(file(), DATE, household3)}`);
    fireEvent.click(getByRole('button', { name: 'Nieuwe cliënt' }));
    expect(window.location.hash).toBe('');
  });
});
