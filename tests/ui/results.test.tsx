// The resident results: overview first (what to do first, a row per ja/misschien regeling, help points), details
// on demand, honest totals, reasons as conditions, near misses on money only, non-residents, te-controleren help
// points, links that say they open a new tab, the live-region summary. Texts and values come from the rules file.

import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { cleanup, fireEvent, render, screen, within } from '@testing-library/preact';
import { afterEach, describe, expect, it } from 'vitest';
import en from '../../locales/en.json';
import nl from '../../locales/nl.json';
import { parseRulesText } from '../../widget/engine/checker.ts';
import type { CompiledRules } from '../../widget/engine/index.ts';
import { evaluate, questionReaders } from '../../widget/engine/index.ts';
import type { Answers, AnswerValue, Hulppunt, Regeling } from '../../widget/engine/types.ts';
import { createI18n, laterTexts } from '../../widget/i18n/create-i18n.ts';
import { announcement } from '../../widget/resident/results/announcement.ts';
import { Results } from '../../widget/resident/results.tsx';
import { WidgetContext } from '../../widget/shared/context.ts';
import { nearMisses } from '../../widget/shared/near-miss.ts';
import { formatEuro } from '../../widget/text/format.ts';
import { joinNames } from '../../widget/text/join-names.ts';
import { household3, makeAnswers } from '../support/ommen.ts';
import { listAfter, partOf, plain } from '../support/queries.ts';
import { answerAll, clickAndWait } from './drive.ts';
import { DATE, fieldName, ommenRules, question, renderApp, renderResults } from './helpers.tsx';

afterEach(cleanup);

const euro = (n: number, lang = 'nl') => plain(formatEuro(n, lang, true));

const file = () => ommenRules().file;
const regeling = (id: string): Regeling => {
  const r = file().regelingen.find((x) => x.id === id);
  if (!r) throw new Error(`no regeling ${id}`);
  return r;
};
const hulppunt = (id: string): Hulppunt => {
  const h = file().hulppunten.find((x) => x.id === id);
  if (!h) throw new Error(`no hulppunt ${id}`);
  return h;
};
const title = (o: Regeling | Hulppunt, lang = 'nl') => (o.texts[lang] ?? o.texts.nl)?.title ?? o.officialName;
/** A regeling's row, found through its heading (the title is the toggle button inside it). */
const row = (id: string, lang = 'nl') =>
  screen
    .getByRole('button', { name: new RegExp(`^${escapeRegExp(title(regeling(id), lang))}`) })
    .closest('article') as HTMLElement;
const escapeRegExp = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const ids = (outcome: string, result: Awaited<ReturnType<typeof evaluate>>) =>
  file()
    .regelingen.filter((r) => result.regelingen[r.id]?.outcome === outcome)
    .map((r) => r.id);

/** "Bij elkaar": the totals, the part under that line. */
const totalsPart = () => screen.getByText(nl.results.totals.heading).parentElement as HTMLElement;
/** The reasons shown under "Waarom deze uitkomst?" in a regeling's row, as plain text. */
const reasons = (article: HTMLElement, heading = nl.results.why) =>
  within(listAfter(within(article).getByRole('heading', { name: heading })))
    .getAllByRole('listitem')
    .map((li) => plain(li.textContent));

/** Results for any rules file (voorbeeldgemeente has the one-off amount). */
async function renderWith(rules: CompiledRules, answers: Answers, lang = 'nl') {
  const i18n = await createI18n(lang, { later: true });
  const context = {
    t: i18n.getFixedT(lang),
    laterTexts: laterTexts(i18n, lang),
    lang,
    rules,
    file: rules.file,
    readers: questionReaders(rules),
    headingLevel: 2,
    mode: 'resident' as const,
  };
  const result = await evaluate(rules, answers, DATE);
  render(
    <WidgetContext.Provider value={context}>
      <Results result={result} focus onRestart={() => {}} onChangeAnswers={() => {}} keep={<p>bewaar-slot</p>} />
    </WidgetContext.Provider>,
  );
  return result;
}

describe('overview first', () => {
  it('starts with what to do first: the central help point and one tap to call it', async () => {
    const { result } = await renderResults(household3);
    const first = screen.getByRole('region', { name: 'Wat doet u eerst?' });
    const central = hulppunt(result.centralHelpPoint as string);
    expect(central.central).toBe(true);
    within(first).getByText(title(central));
    const call = within(first).getByRole('link', { name: new RegExp(`^Bel ${central.contact.phone}`) });
    expect(call.getAttribute('href')).toBe(`tel:${central.contact.phone?.replace(/\D/g, '')}`);
    // It comes before every regeling.
    const firstRow = screen.getAllByRole('article')[0] as HTMLElement;
    expect(first.compareDocumentPosition(firstRow) & Node.DOCUMENT_POSITION_FOLLOWING).toBe(Node.DOCUMENT_POSITION_FOLLOWING);
  });

  it('has one row per ja and misschien regeling, in the right group, with its official name and one action', async () => {
    const { result } = await renderResults(household3);
    for (const outcome of ['ja', 'misschien'] as const) {
      const group = partOf(screen.getByRole('heading', { name: new RegExp(`^${escapeRegExp(nl.results.group[outcome])} \\(`) }));
      const rows = within(group)
        .getAllByRole('article')
        .map((a) => a.getAttribute('data-regeling'));
      expect(rows, outcome).toEqual(ids(outcome, result));
    }
    for (const id of [...ids('ja', result), ...ids('misschien', result)]) {
      const r = regeling(id);
      const article = row(id);
      if (title(r) !== r.officialName) within(article).getByText(r.officialName);
      const links = within(article).getAllByRole('link');
      expect(links, id).toHaveLength(1);
      expect(links[0]?.getAttribute('href')).toMatch(/^(https:|tel:|mailto:)/);
    }
  });

  it('shows the amount from the rules, or says it is unknown', async () => {
    const { result } = await renderResults(household3);
    const participatie = result.regelingen.participatiefonds?.amount;
    expect(participatie).toMatchObject({ per: 'jaar', maximaal: false });
    within(row('participatiefonds')).getByText(`${euro(participatie?.value ?? -1)} per jaar`, { normalizer: plain });
    const kgb = result.regelingen['kindgebonden-budget']?.amount;
    expect(kgb?.maximaal).toBe(true);
    within(row('kindgebonden-budget')).getByText(`Tot ${euro(kgb?.value ?? -1)} per jaar`, { normalizer: plain });
    expect(result.regelingen.zorgtoeslag?.amount).toBeNull();
    within(row('zorgtoeslag')).getByText('bedrag onbekend');
  });

  it('opens the details of one regeling on demand, with the rules texts and papers', async () => {
    await renderResults(household3);
    const toggle = within(row('participatiefonds')).getByRole('button', {
      name: new RegExp(`^${title(regeling('participatiefonds'))}`),
    });
    const panel = document.getElementById(toggle.getAttribute('aria-controls') as string) as HTMLElement;
    expect(toggle.getAttribute('aria-expanded')).toBe('false');
    expect(panel.hidden).toBe(true);
    fireEvent.click(toggle);
    expect(toggle.getAttribute('aria-expanded')).toBe('true');
    expect(panel.hidden).toBe(false);
    const texts = regeling('participatiefonds').texts.nl;
    within(panel).getByText(texts?.summary as string);
    for (const doc of texts?.documents ?? []) within(panel).getByText(doc);
    within(panel).getByRole('heading', { name: 'Waarom deze uitkomst?' });
    within(panel).getByText(`${joinNames(regeling('participatiefonds').organisations, 'nl')} beslist of u het krijgt.`);
  });

  it('names several organisations in one phrase, with the plural verb', async () => {
    await renderResults(household3);
    const organisations = regeling('collectieve-zorgverzekering').organisations;
    expect(organisations.length).toBeGreaterThan(1);
    within(row('collectieve-zorgverzekering')).getByText(`${joinNames(organisations, 'nl')} beslissen of u het krijgt.`);
  });

  it('keeps "Niet van toepassing" collapsed at the end', async () => {
    const { result } = await renderResults(household3);
    const nee = screen.getByText(/^Niet van toepassing \(/).closest('details') as HTMLDetailsElement;
    expect(nee.open).toBe(false);
    const inside = [...nee.querySelectorAll('article')].map((a) => a.getAttribute('data-regeling'));
    expect(inside).toEqual(ids('nee', result));
    const disclaimer = screen.getByText(/^Dit is geen besluit/);
    expect(nee.compareDocumentPosition(disclaimer) & Node.DOCUMENT_POSITION_FOLLOWING).toBe(Node.DOCUMENT_POSITION_FOLLOWING);
  });

  it('lists the help points that fit, short, and a slot for "Bewaar uw uitkomst"', async () => {
    const result = await renderWith(ommenRules(), household3);
    const help = screen.getByRole('heading', { name: 'Meer hulp' }).closest('section') as HTMLElement;
    const shown = [...help.querySelectorAll('li[data-hulppunt]')].map((li) => li.getAttribute('data-hulppunt'));
    const fitting = file()
      .hulppunten.filter((h) => h.id !== result.centralHelpPoint && result.hulppunten[h.id]?.outcome !== 'nee')
      .map((h) => h.id);
    expect(shown).toEqual(fitting);
    expect(shown.length).toBeGreaterThan(0);
    screen.getByText('bewaar-slot');
  });
});

describe('honest totals', () => {
  it('adds up only known amounts, calls a maximum a maximum and counts the unknown ones', async () => {
    const { result } = await renderResults(household3);
    const totals = totalsPart();
    const ja = result.regelingen.participatiefonds?.amount?.value as number;
    const maybe = result.regelingen['kindgebonden-budget']?.amount?.value as number;
    expect(plain(totals.textContent)).toContain(`Waarschijnlijk: ${euro(ja)} per jaar.`);
    expect(plain(totals.textContent)).toContain(`Misschien: tot ${euro(maybe)} per jaar.`);
    const unknown = [...ids('ja', result), ...ids('misschien', result)].filter((id) => !result.regelingen[id]?.amount);
    expect(unknown.length).toBeGreaterThan(4);
    expect(plain(totals.textContent)).toContain(`Daarbij komen nog ${unknown.length} regelingen met "bedrag onbekend"`);
    expect(totals.textContent).not.toMatch(/hoogstens/i);
  });

  it('names the regelingen whose amount is unknown when there are only a few', async () => {
    const { result } = await renderResults(makeAnswers());
    const unknown = [...ids('ja', result), ...ids('misschien', result)].filter((id) => !result.regelingen[id]?.amount);
    expect(unknown.length).toBeGreaterThan(1);
    expect(unknown.length).toBeLessThanOrEqual(4);
    const names = joinNames(
      unknown.map((id) => title(regeling(id))),
      'nl',
    );
    expect(plain(totalsPart().textContent)).toContain(`Daarbij komen nog ${names}.`);
  });

  it('keeps a one-off amount apart from the amounts per year (voorbeeldgemeente)', async () => {
    const text = readFileSync(resolve(process.cwd(), 'rules/voorbeeldgemeente.json'), 'utf8');
    const rules = parseRulesText(text).rules as CompiledRules;
    const once = rules.file.regelingen.find((r) => r.amount?.per === 'eenmalig');
    if (!once?.amount) throw new Error('voorbeeldgemeente has no one-off amount');
    const household: Answers = {
      woont_in_gemeente: true,
      leeftijd: 34,
      heeft_partner: false,
      leeftijden_kinderen: [6],
      netto_inkomen: 1000,
      vermogen: 100,
      schulden: false,
    };
    const result = await renderWith(rules, household);
    const offer = result.regelingen[once.id];
    expect(offer?.amount?.per).toBe('eenmalig');
    const once_ = offer?.amount?.value as number;
    const label = { ja: 'Waarschijnlijk', misschien: 'Misschien' };
    const yearly = (outcome: 'ja' | 'misschien') =>
      rules.file.regelingen
        .map((r) => result.regelingen[r.id])
        .filter((r) => r?.outcome === outcome && r.amount?.per === 'jaar')
        .reduce((cents, r) => cents + Math.round((r?.amount?.value ?? 0) * 100), 0) / 100;
    const lines = within(totalsPart())
      .getAllByRole('listitem')
      .map((li) => plain(li.textContent));
    const outcome = offer?.outcome as 'ja' | 'misschien';
    expect(lines).toContain(`${label[outcome]}: ${euro(once_)} eenmalig.`);
    expect(yearly('ja')).toBeGreaterThan(0);
    expect(lines).toContain(`Waarschijnlijk: ${euro(yearly('ja'))} per jaar.`);
    // The one-off amount is never added to a yearly sum.
    for (const o of ['ja', 'misschien'] as const) expect(lines.join(' ')).not.toContain(`${euro(yearly(o) + once_)} per jaar`);
  });
});

describe('reasons as conditions', () => {
  it('tells met, not met and unknown apart in words and with an icon, never as a verdict (nl)', async () => {
    await renderResults(makeAnswers({ netto_inkomen: null, leeftijden_kinderen: [] }));
    fireEvent.click(screen.getByText(/^Niet van toepassing \(/));
    const kgb = row('kindgebonden-budget');
    fireEvent.click(within(kgb).getByRole('button', { name: new RegExp(`^${title(regeling('kindgebonden-budget'))}`) }));
    const children = within(kgb).getByText('Er woont minstens één kind bij u.').closest('li') as HTMLElement;
    expect(plain(children.textContent)).toBe(
      '✗ Klopt niet voor u Nodig: Er woont minstens één kind bij u. U zei: geen kinderen.',
    );
    expect(within(children).getByText('✗').getAttribute('aria-hidden')).toBe('true');

    const participatie = row('participatiefonds');
    fireEvent.click(within(participatie).getByRole('button', { name: new RegExp(`^${title(regeling('participatiefonds'))}`) }));
    const items = reasons(participatie);
    expect(
      items.some(
        (t) => t.startsWith(`? Nog niet bekend Nodig: ${fieldName('netto_inkomen')} `) && t.endsWith('Dat weten we nog niet.'),
      ),
    ).toBe(true);
    expect(items.some((t) => t.startsWith(`✓ Klopt voor u Nodig: ${fieldName('leeftijd')} is `))).toBe(true);
    expect(document.body.textContent).not.toMatch(/Klopt niet(?! voor u)/);
  });

  it('the same in English', async () => {
    await renderResults(makeAnswers({ leeftijden_kinderen: [] }), { lang: 'en' });
    fireEvent.click(screen.getByText(/^Not applicable \(/));
    const kgb = row('kindgebonden-budget', 'en');
    fireEvent.click(within(kgb).getAllByRole('button')[0] as HTMLElement);
    const reason = reasons(kgb, en.results.why);
    expect(reason).toContain('✗ Not true for you Needed: At least one child lives with you. You said: no children.');
    expect(reason.some((t) => t.startsWith('✓ True for you Needed:'))).toBe(true);
  });
});

describe('Bijna in aanmerking', () => {
  it('lists a regeling missed on one money limit with the exact distance, and never a non-money condition', async () => {
    const limit = (await evaluate(ommenRules(), makeAnswers(), DATE)).regelingen.participatiefonds?.reasons.find(
      (r) => r.fact === 'netto_inkomen',
    )?.limit as number;
    const { result } = await renderResults(makeAnswers({ netto_inkomen: Math.round((limit + 48.67) * 100) / 100 }));
    const section = screen.getByRole('heading', { name: 'Bijna in aanmerking' }).closest('section') as HTMLElement;
    const items = within(section).getAllByRole('listitem');
    expect(items).toHaveLength(nearMisses(result).length);
    const participatie = items.find((li) => li.textContent?.includes(title(regeling('participatiefonds')))) as HTMLElement;
    expect(plain(participatie.textContent)).toContain(
      `als ${question('netto_inkomen').texts.nl?.subject} ${plain(formatEuro(48.67, 'nl'))} lager is`,
    );
    // bijzondere bijstand is nee on one condition too, but that one is not money.
    expect(result.regelingen['bijzondere-bijstand']?.outcome).toBe('nee');
    expect(section.textContent).not.toContain(title(regeling('bijzondere-bijstand')));
  });

  it('shows nothing when no regeling is missed on money alone', async () => {
    const { result } = await renderResults(household3);
    expect(nearMisses(result)).toEqual([]);
    expect(screen.queryByRole('heading', { name: 'Bijna in aanmerking' })).toBeNull();
  });
});

describe('non-residents and help points being checked', () => {
  it('puts the own gemeente on top and shows only the national regelingen, saying why', async () => {
    const { result } = await renderResults(makeAnswers({ woont_in_gemeente: false }));
    const top = hulppunt(result.centralHelpPoint as string);
    expect(top.central).not.toBe(true);
    within(screen.getByRole('region', { name: 'Wat doet u eerst?' })).getByText(title(top));
    screen.getByText(`U woont niet in de gemeente ${file().gemeente.name}.`, { exact: false });
    const residentsOnly = file().regelingen.filter((r) =>
      result.regelingen[r.id]?.reasons.some((x) => x.fact === 'woont_in_gemeente' && x.status === 'niet-voldaan'),
    );
    expect(residentsOnly.length).toBeGreaterThan(0);
    for (const r of residentsOnly) expect(document.querySelector(`[data-regeling="${r.id}"]`), r.id).toBeNull();
    for (const id of [...ids('ja', result), ...ids('misschien', result)]) row(id);
    expect(ids('misschien', result)).toContain('zorgtoeslag');
  });

  it('a te-controleren help point keeps its outcome, says its details are being checked and gives the central number', async () => {
    const { result } = await renderResults(household3);
    const central = hulppunt(result.centralHelpPoint as string);
    const checking = file()
      .hulppunten.filter((h) => h.status === 'te-controleren' && result.hulppunten[h.id]?.outcome === 'ja')
      .map((h) => h.id);
    expect(checking.length).toBeGreaterThan(0);
    const help = within(partOf(screen.getByRole('heading', { name: 'Meer hulp' })));
    const item = (id: string) => help.getByText(title(hulppunt(id))).closest('li') as HTMLElement;
    for (const id of checking) expect(item(id).textContent).toContain('Deze gegevens controleren we nog.');
    const fallback = within(item(checking[0] as string)).getByRole('link', {
      name: new RegExp(`${central.contact.phone}.*${escapeRegExp(central.contact.name ?? '')}`),
    });
    expect(fallback.getAttribute('href')).toBe(`tel:${central.contact.phone?.replace(/\D/g, '')}`);
  });
});

describe('links and the announcement', () => {
  it('every link that opens a new tab says so in its name', async () => {
    await renderResults(household3);
    for (const article of document.querySelectorAll('article')) {
      fireEvent.click(within(article as HTMLElement).getAllByRole('button')[0] as HTMLElement);
    }
    const links = screen.getAllByRole('link');
    const blank = links.filter((a) => a.getAttribute('target') === '_blank');
    expect(blank.length).toBeGreaterThan(5);
    for (const a of blank) {
      expect(a.textContent, a.getAttribute('href') ?? '').toContain('(opent in een nieuw tabblad)');
      expect(a.getAttribute('rel')).toBe('noopener noreferrer');
    }
    for (const a of links) expect(a.getAttribute('href')).toMatch(/^(https:|tel:|mailto:)/);
  });

  it('announces the summary with the right plural form, also in Arabic', async () => {
    const result = await evaluate(ommenRules(), household3, DATE);
    const one = {
      ...result,
      regelingen: { a: { ...result.regelingen.participatiefonds, outcome: 'ja' as const } },
    } as typeof result;
    const two = {
      ...one,
      regelingen: { ...one.regelingen, b: { ...one.regelingen.a, outcome: 'ja' as const } },
    } as typeof result;
    const nl = (await createI18n('nl', { later: true })).getFixedT('nl');
    expect(announcement(one, nl)).toContain('voor 1 regeling.');
    const ar = await createI18n('ar', { later: true });
    const t = ar.getFixedT('ar');
    const rules = (await import('../../locales/ar.json')).default.results;
    expect(announcement(one, t)).toContain(rules.announceJa_one);
    expect(announcement(two, t)).toContain(rules.announceJa_two);
    expect(rules.announceJa_one).not.toBe(rules.announceJa_other);
  });

  it('in the flow: the live region says the summary once and Opnieuw beginnen wipes every answer', async () => {
    await renderApp();
    await clickAndWait('Beginnen');
    await answerAll(household3 as Record<string, AnswerValue>);
    fireEvent.click(screen.getByRole('button', { name: 'Bekijk de uitkomst' }));
    const heading = await screen.findByRole('heading', { name: 'Uw uitkomst' });
    expect(document.activeElement).toBe(heading);
    const status = screen.getByRole('status').textContent ?? '';
    const expected = await evaluate(ommenRules(), household3, DATE);
    const count = (outcome: string) => ids(outcome, expected).length;
    expect(status).toMatch(
      new RegExp(
        `^Uw uitkomst staat klaar\\. U komt waarschijnlijk in aanmerking voor ${count('ja')} regelingen?\\. Voor ${count('misschien')} regelingen?`,
      ),
    );
    expect(status).not.toContain(title(regeling('participatiefonds')));

    fireEvent.click(screen.getByRole('button', { name: 'Opnieuw beginnen' }));
    await screen.findByRole('button', { name: 'Beginnen' });
    expect(screen.getByRole('status').textContent).toBe('');
  });

  it('sends only regeling ids and outcomes in vw-completed, never answers', async () => {
    const { events } = await renderApp();
    await clickAndWait('Beginnen');
    await answerAll(household3 as Record<string, AnswerValue>);
    fireEvent.click(screen.getByRole('button', { name: 'Bekijk de uitkomst' }));
    await screen.findByRole('heading', { name: 'Uw uitkomst' });
    const completed = events.find((e) => e.name === 'vw-completed')?.detail as Record<string, Record<string, string>>;
    expect(Object.keys(completed).sort()).toEqual(['hulppunten', 'regelingen']);
    const json = JSON.stringify(events);
    for (const leak of ['1300', '"huur"', '"leeftijd"', 'netto_inkomen']) expect(json).not.toContain(leak);
  });

  it('offers print, change answers and start again', async () => {
    const { calls } = await renderResults(household3);
    screen.getByRole('button', { name: 'Afdrukken' });
    fireEvent.click(screen.getByRole('button', { name: 'Opnieuw beginnen' }));
    expect(calls.restart).toBe(1);
  });
});
