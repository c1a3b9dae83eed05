// The results view: groups, amounts, total per year, reasons, near-miss distance, help, disclaimer.
import { cleanup, fireEvent, screen, within } from '@testing-library/preact';
import { afterEach, describe, expect, it } from 'vitest';
import { evaluate } from '../../widget/engine/index.ts';
import { formatEuro } from '../../widget/text/format.ts';
import { joinNames } from '../../widget/text/join-names.ts';
import { answerAll, clickAndWait } from './drive.ts';
import { DATE, ommenRules, renderApp, renderResults } from './helpers.tsx';
import { makeAnswers } from '../support/ommen.ts';

afterEach(cleanup);

const { netto_inkomen: _unused, ...BASE } = makeAnswers({ leeftijd: 40, leeftijden_kinderen: [4, 13], vermogen: 500 });
const LOW_INCOME = { ...BASE, netto_inkomen: 1200 };

/** 110 % of the norm for this household on DATE, read from the engine (the norms change per period). */
async function incomeLimit(): Promise<number> {
  const result = await evaluate(ommenRules(), { ...BASE, netto_inkomen: 0 }, DATE);
  const reason = result.regelingen.participatiefonds?.reasons.find((r) => r.fact === 'netto_inkomen');
  return reason?.limit as number;
}
const LIMIT = await incomeLimit();
/** € 43 above the limit: a near miss. */
const NEAR_MISS = { ...BASE, netto_inkomen: Math.round((LIMIT + 43) * 100) / 100 };
const euro = (n: number) => formatEuro(n, 'nl').replace(/\s/g, ' ').replace(/\./g, '\\.');

function offer(id: string) {
  const found = [...ommenRules().file.regelingen, ...ommenRules().file.hulppunten].find((o) => o.id === id);
  if (!found) throw new Error(`no regeling or hulppunt ${id}`);
  return found;
}
const titleOf = (id: string) => {
  const t = offer(id).texts.nl?.title;
  return t && !t.startsWith('TODO') ? t : offer(id).officialName;
};
const card = (id: string) => screen.getByRole('heading', { name: titleOf(id) }).closest('article') as HTMLElement;

describe('results groups', () => {
  it('groups regelingen as waarschijnlijk / misschien / niet van toepassing, the last one collapsed', async () => {
    const { result } = await renderResults(LOW_INCOME);
    const count = (o: string) => Object.values(result.regelingen).filter((r) => r.outcome === o).length;
    expect(
      screen.getByRole('heading', {
        name: `U komt waarschijnlijk in aanmerking (${count('ja')} regeling${count('ja') === 1 ? '' : 'en'})`,
      }),
    ).toBeTruthy();
    expect(screen.getByRole('heading', { name: `Misschien (${count('misschien')} regelingen)` })).toBeTruthy();
    const nee = screen.getByText(/^Niet van toepassing \(/).closest('details') as HTMLDetailsElement;
    expect(nee.open).toBe(false);
    expect(within(nee).getByRole('heading', { name: titleOf('bijzondere-bijstand') })).toBeTruthy();
    const ja = screen.getByRole('heading', { name: /^U komt waarschijnlijk/ }).closest('section') as HTMLElement;
    expect(within(ja).getByRole('heading', { name: titleOf('participatiefonds') })).toBeTruthy();
  });

  it('shows the official name and the amount where the rules give one', async () => {
    await renderResults(LOW_INCOME);
    expect(within(card('participatiefonds')).getByText('€ 100 per jaar')).toBeTruthy();
    expect(within(card('kindgebonden-budget')).getByText('Hoogstens € 9.300 per jaar')).toBeTruthy();
    expect(within(card('participatiefonds')).getAllByText(/Participatiefonds/).length).toBeGreaterThan(0);
  });

  it('adds up the known amounts per year', async () => {
    await renderResults(LOW_INCOME);
    expect(
      screen.getByText('Bij elkaar ongeveer € 100 per jaar, voor de regelingen waar u waarschijnlijk recht op heeft.'),
    ).toBeTruthy();
    expect(screen.getByText(/hoogstens € 9\.300 per jaar extra/)).toBeTruthy();
  });

  it('explains why in plain sentences with the status in words', async () => {
    await renderResults(LOW_INCOME);
    const why = within(card('participatiefonds'));
    expect(why.getByText('Waarom deze uitkomst?')).toBeTruthy();
    expect(
      why.getByText(
        new RegExp(`Uw netto inkomen per maand is niet hoger dan ${euro(LIMIT)} \\(110 % van de bijstandsnorm\\)\\.`),
      ),
    ).toBeTruthy();
    expect(why.getAllByText('Klopt').length).toBeGreaterThan(0);
  });

  it('says how far a near miss is from the limit', async () => {
    await renderResults(NEAR_MISS);
    const participatie = within(card('participatiefonds'));
    expect(participatie.getByText(new RegExp(`Uw netto inkomen per maand is hoger dan ${euro(LIMIT)}`))).toBeTruthy();
    expect(participatie.getByText('Uw netto inkomen per maand is € 43,00 hoger dan de grens.', { exact: false })).toBeTruthy();
    expect(participatie.getByText('Klopt niet')).toBeTruthy();
  });

  it('tells how to apply, with safe links only, and who decides', async () => {
    await renderResults(LOW_INCOME);
    const c = within(card('participatiefonds'));
    expect(c.getByText('Zo vraagt u het aan')).toBeTruthy();
    const phone = c.getByRole('link', { name: 'Bel 14 0529' });
    expect(phone.getAttribute('href')).toBe('tel:140529');
    for (const link of c.getAllByRole('link')) expect(link.getAttribute('href')).toMatch(/^(https:|tel:|mailto:)/);
    const organisations = ommenRules().file.regelingen.find((r) => r.id === 'participatiefonds')?.organisations;
    expect(organisations).toHaveLength(1);
    c.getByText(`${organisations?.[0]} beslist of u het krijgt.`);
  });

  it('always offers Samen Doen, also when nothing else applies', async () => {
    await renderResults({
      woont_in_gemeente: false,
      leeftijd: 40,
      heeft_partner: false,
      leeftijden_kinderen: [],
      netto_inkomen: 5000,
      vermogen: 900000,
      woonsituatie: 'koop',
    });
    const help = screen.getByRole('heading', { name: 'Hulp en advies' }).closest('section') as HTMLElement;
    const central = ommenRules().file.hulppunten.find((h) => h.central);
    if (!central) throw new Error('rules/ommen.json has no central hulppunt');
    expect(within(help).getByRole('heading', { name: titleOf(central.id) })).toBeTruthy();
    expect(within(help).getByText(/Heeft u een vraag, of wilt u hulp bij het aanvragen\?/)).toBeTruthy();
  });

  it('names several organisations in one phrase, with the plural verb', async () => {
    await renderResults(LOW_INCOME);
    const organisations = ommenRules().file.regelingen.find((r) => r.id === 'collectieve-zorgverzekering')?.organisations ?? [];
    expect(organisations.length).toBeGreaterThan(1);
    within(card('collectieve-zorgverzekering')).getByText(`${joinNames(organisations, 'nl')} beslissen of u het krijgt.`);
  });

  it('shows the plain disclaimer that the organisation decides', async () => {
    await renderResults(LOW_INCOME);
    expect(screen.getByText(/Dit is geen besluit\. De organisatie die de regeling uitvoert, beslist/)).toBeTruthy();
  });

  it('offers print, change answers and start again', async () => {
    const { calls } = await renderResults(LOW_INCOME);
    expect(screen.getByRole('button', { name: 'Afdrukken' })).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Opnieuw beginnen' }));
    expect(calls.restart).toBe(1);
  });
});

describe('results in the flow', () => {
  it('announces the result in a live region and Opnieuw beginnen wipes every answer', async () => {
    await renderApp();
    await clickAndWait('Beginnen');
    await answerAll(LOW_INCOME);
    fireEvent.click(screen.getByRole('button', { name: 'Bekijk de uitkomst' }));
    await screen.findByRole('heading', { name: 'Uw uitkomst' });
    expect(screen.getByRole('status').textContent).toMatch(/^Uw uitkomst staat klaar\./);

    fireEvent.click(screen.getByRole('button', { name: 'Opnieuw beginnen' }));
    await screen.findByRole('button', { name: 'Beginnen' });
    expect(screen.getByRole('status').textContent).toBe('');
    await clickAndWait('Beginnen');
    expect((screen.getByRole('radio', { name: 'Ja' }) as HTMLInputElement).checked).toBe(false);
    expect(screen.getByText(/^Stap 1 van/)).toBeTruthy();
  });

  it('sends only regeling ids and outcomes in vw-completed, never answers', async () => {
    const { events } = await renderApp();
    await clickAndWait('Beginnen');
    await answerAll(NEAR_MISS);
    fireEvent.click(screen.getByRole('button', { name: 'Bekijk de uitkomst' }));
    await screen.findByRole('heading', { name: 'Uw uitkomst' });
    const completed = events.find((e) => e.name === 'vw-completed')?.detail as Record<string, Record<string, string>>;
    expect(Object.keys(completed).sort()).toEqual(['hulppunten', 'regelingen']);
    for (const group of Object.values(completed)) {
      for (const outcome of Object.values(group)) expect(['ja', 'misschien', 'nee']).toContain(outcome);
    }
    const json = JSON.stringify(events);
    for (const leak of [String(NEAR_MISS.netto_inkomen), '"huur"', '"leeftijd"', 'netto_inkomen'])
      expect(json).not.toContain(leak);
  });
});
