// Wijkteam mode through the real App: live results on every change, conditions with statuses, near-miss
// distances, the peildatum and its norms, the overdrachtsblad, the hand-off link, and both wipes.
import { cleanup, fireEvent, waitFor, within } from '@testing-library/preact';
import { afterEach, describe, expect, it } from 'vitest';
import nl from '../../locales/nl.json';
import { encodeHandoff } from '../../widget/links/handoff-link.ts';
import { makeAnswers } from '../support/ommen.ts';
import { listAfter } from '../support/queries.ts';
import { offer, ommenRules, question, title } from '../ui/helpers.tsx';
import {
  fieldset,
  fillHousehold,
  fillOne,
  household3,
  liveResults,
  renderProfessional,
  resultCard,
  sheetList,
  sheetOf,
  shownOutcome,
} from './support.tsx';

// Compiled once up front: the wijkteam view is a lazy import, and compiling it takes longer than renderProfessional waits.
await import('../../widget/professional/professional-view.tsx');

afterEach(async () => {
  cleanup();
  // An unmounted widget's effect cleanups (its hashchange listener) run after the next paint; happy-dom fires
  // hashchange on replaceState, so without the wait it would take the next test's link.
  await new Promise((resume) => setTimeout(resume, 60));
  window.history.replaceState(null, '', '/');
});

/** Text with Intl's no-break spaces as plain spaces ("€ 1.300,00"). */
const text = (el: Element | null | undefined) => (el?.textContent ?? '').replace(/\u00a0/g, ' ');

describe('wijkteam mode', () => {
  it('updates the results on every change and hides questions that do not apply', async () => {
    const { container } = await renderProfessional({ date: '2026-07-01' });
    expect(container.querySelector('[data-question="leeftijd_partner"]')).toBeNull();
    await fillHousehold(container, household3);
    await waitFor(() => expect(shownOutcome(container, 'schuldhulpverlening')).toBe('ja'));
    expect(shownOutcome(container, 'participatiefonds')).toBe('ja');
    expect(shownOutcome(container, 'kinderopvangtoeslag')).toBe('misschien');
    fillOne(container, question('schulden'), false);
    await waitFor(() => expect(shownOutcome(container, 'schuldhulpverlening')).toBe('nee'));
    fillOne(container, question('heeft_partner'), true);
    await waitFor(() => fieldset(container, 'leeftijd_partner'));
  });

  it('shows every condition with its status, value, limit and distance', async () => {
    const { container } = await renderProfessional({ date: '2026-07-01' });
    await fillHousehold(container, makeAnswers());
    const card = resultCard(container, 'participatiefonds') as HTMLElement;
    const table = within(card).getByRole('table');
    expect(
      within(table)
        .getAllByRole('columnheader')
        .map((h) => h.textContent),
    ).toEqual(['Voorwaarde', 'Klopt het?', 'Waarde', 'Grens', 'Afstand tot de grens', 'Wat moet veranderen']);
    const incomeRow = within(table)
      .getAllByRole('row')
      .find((r) => text(r).includes('€ 1.486,46')) as HTMLElement;
    expect(text(incomeRow)).toContain('Klopt');
    expect(text(incomeRow)).toContain('€ 1.400,00');
    expect(text(incomeRow)).toContain('€ 86,46 onder de grens');
    expect(text(resultCard(container, 'bijstand'))).toContain('Klopt niet');
  });

  it('names near misses with the exact change needed', async () => {
    const { container } = await renderProfessional({ date: '2026-07-01' });
    await fillHousehold(container, makeAnswers({ netto_inkomen: 1486.47 }));
    await waitFor(() => expect(shownOutcome(container, 'participatiefonds')).toBe('nee'));
    const near = listAfter(within(liveResults(container)).getByRole('heading', { name: 'Bijna in aanmerking' }));
    const participatie = within(near)
      .getAllByRole('listitem')
      .find((li) => text(li).startsWith(`${title('participatiefonds')}:`));
    expect(text(participatie)).toContain('€ 0,01 lager');
    // Money only: no children (kindregelingen) and no debts (schuldhulpverlening) are not "almost".
    const titles = within(near)
      .getAllByRole('listitem')
      .map((li) => li.querySelector('strong')?.textContent);
    expect(titles).toContain(title('kwijtschelding'));
    expect(titles).not.toContain(title('kindregelingen'));
    expect(titles).not.toContain(title('schuldhulpverlening'));
    expect(text(near)).not.toMatch(/Nodig: \d+ hoger|moet anders zijn/);
  });

  it('recomputes with the norms of a changed peildatum and says which norms apply', async () => {
    const { container, getByLabelText } = await renderProfessional({ date: '2026-06-01' });
    await fillHousehold(container, makeAnswers());
    await waitFor(() => expect(text(container)).toContain('Normen vanaf 2026-01-01'));
    fireEvent.input(getByLabelText('Peildatum'), { target: { value: '2026-07-01' } });
    await waitFor(() => expect(text(container)).toContain('Normen vanaf 2026-07-01'));
    await waitFor(() => expect(text(resultCard(container, 'participatiefonds'))).toContain('€ 1.486,46'));
    fireEvent.input(getByLabelText('Peildatum'), { target: { value: '2027-02-01' } });
    await waitFor(() => expect(text(container)).toContain('Let op'));
    fireEvent.input(getByLabelText('Peildatum'), { target: { value: '2020-01-01' } });
    await waitFor(() => expect(text(container)).toContain('Deze datum kan niet'));
  });

  it('fills the overdrachtsblad: order, documents once, contacts, version, peildatum, code, only needed answers', async () => {
    const { container } = await renderProfessional({ date: '2026-07-01' });
    await fillHousehold(container, makeAnswers());
    // The sheet follows the results a frame later: wait until it has the last answers too.
    const sheet = await waitFor(() => {
      const el = sheetOf(container) as HTMLElement;
      expect(text(sheetList(el, nl.professional.sheet.answers))).toContain(question('netto_inkomen').texts.nl?.label);
      return el;
    });
    const items = [...sheetList(sheet, nl.professional.sheet.first).children].map((li) => li.getAttribute('data-regeling'));
    expect(items[0]).toBe('participatiefonds');
    expect(items).toEqual(
      expect.arrayContaining(['zorgtoeslag', 'huurtoeslag', 'kwijtschelding', 'collectieve-zorgverzekering']),
    );
    const docs = within(sheetList(sheet, nl.professional.sheet.documents))
      .getAllByRole('listitem')
      .map((li) => text(li));
    // A paper several regelingen need is listed once, saying which ones need it.
    const needing = new Map<string, string[]>();
    for (const id of items as string[])
      for (const d of offer(id).texts.nl?.documents ?? []) needing.set(d, [...(needing.get(d) ?? []), id]);
    const [sharedText, sharedFor] = [...needing].find(([, ids]) => ids.length > 1) ?? ['', []];
    const shared = { text: sharedText, for: sharedFor };
    expect(shared.for.length, 'a paper two regelingen on the sheet need').toBeGreaterThan(1);
    const listed = docs.filter((d) => d.startsWith(`${shared.text} (`));
    expect(listed).toHaveLength(1);
    for (const id of shared.for) expect(listed[0]).toContain(title(id));
    for (const d of docs) expect(d).toMatch(/\(voor .+\)$/);
    for (const id of items) {
      const phone = offer(id as string).contact.phone;
      if (phone) expect(text(sheet)).toContain(phone);
    }
    const central = ommenRules().file.hulppunten.find((h) => h.central);
    expect(text(sheet)).toContain(central?.contact.phone);
    expect(text(sheet)).toContain(ommenRules().file.version);
    expect(text(sheet)).toContain('1 juli 2026');
    expect(within(sheet).getByText(nl.professional.sheet.code).nextElementSibling?.textContent).toMatch(/^[0-9A-F]{8}$/);
    const answers = text(sheetList(sheet, nl.professional.sheet.answers));
    expect(answers).toContain(question('netto_inkomen').texts.nl?.label);
    expect(answers).not.toContain(question('kinderopvang').texts.nl?.label);
    expect(within(sheet).queryByRole('img', { name: nl.professional.handoff.qrLabel })).toBeNull();
    fireEvent.click(within(sheet).getByRole('checkbox', { name: /toestemming/ }));
    const qr = await within(sheet).findByRole('img', { name: nl.professional.handoff.qrLabel });
    expect(qr.querySelector('path')?.getAttribute('d')).toMatch(/^M\d/);
    expect((within(sheet).getByRole('textbox', { name: 'Link naar deze uitkomst' }) as HTMLInputElement).value).toMatch(/#vw=/);
  });

  it('offers a #vw= link, opens the same answers and removes the fragment', async () => {
    const payload = encodeHandoff(ommenRules().file, '2026-07-01', household3);
    window.history.replaceState(null, '', `/wijkteam#vw=${payload}`);
    const { container, findByRole } = await renderProfessional({ date: '2026-06-01' });
    fireEvent.click(await findByRole('button', { name: 'Resultaat openen' }));
    await waitFor(() => expect(shownOutcome(container, 'schuldhulpverlening')).toBe('ja'), { timeout: 5000 });
    expect(window.location.hash).toBe('');
    expect((container.querySelector('#vw-professional-peildatum') as HTMLInputElement).value).toBe('2026-07-01');
  });

  it('refuses a link from other rules with a clear message that names nothing from the link', async () => {
    const other = { ...ommenRules().file, version: '2020.1.0' };
    window.history.replaceState(null, '', `/#vw=${encodeHandoff(other, '2026-07-01', household3)}`);
    const { container, findByRole } = await renderProfessional();
    expect((await findByRole('alert')).textContent).toContain('Deze link is gemaakt met andere regels.');
    expect(text(container)).not.toContain('2020.1.0');
    expect(window.location.hash).toBe('');
  });

  it('"Nieuwe cliënt" wipes every answer at once and moves focus to the start', async () => {
    const { container, getByRole } = await renderProfessional({ date: '2026-07-01' });
    await fillHousehold(container, household3);
    await waitFor(() => expect(text(container)).toContain('€ 1.300,00'));
    fireEvent.click(getByRole('button', { name: 'Nieuwe cliënt' }));
    await waitFor(() => expect(text(container)).not.toContain('1.300'));
    for (const input of container.querySelectorAll('input')) {
      if (input.type === 'radio' || input.type === 'checkbox') expect(input.checked).toBe(false);
      else if (input.type !== 'date') expect(input.value).toBe('');
    }
    await waitFor(() => expect(container.getRootNode() && document.activeElement?.id).toBe('vw-professional-questions-heading'));
  });

  it('wipes itself after the idle time', async () => {
    const { container } = await renderProfessional({ date: '2026-07-01', idleMinutes: 0.005 });
    fillOne(container, question('netto_inkomen'), 1234);
    await waitFor(() => expect(text(container)).toContain('€ 1.234,00'));
    await waitFor(() => expect(text(container)).toContain('een tijd niet is gebruikt'), { timeout: 3000 });
    expect(text(container)).not.toContain('1.234');
  });
});
