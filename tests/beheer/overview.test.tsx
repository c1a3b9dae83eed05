// The readable overview: a summary table and a section per regeling and hulppunt, whose sentences are the
// widget's reasons and whose every amount is the limit evaluate() gives the named household.
import { cleanup, render, screen, within } from '@testing-library/preact';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import nl from '../../locales/nl.json';
import { HOUSEHOLD_TYPES } from '../../widget/beheer/household-types.ts';
import { buildOverview, fitAnswers, type Overview } from '../../widget/beheer/overview.ts';
import { OverviewView } from '../../widget/beheer/ui/overview-view.tsx';
import { evaluate, parseRulesText } from '../../widget/engine/checker.ts';
import type { Answers, Range, Reason } from '../../widget/engine/types.ts';
import { createI18n } from '../../widget/i18n/create-i18n.ts';
import { formatEuro } from '../../widget/text/format.ts';
import { reasonSentence, type Translate } from '../../widget/text/reason-sentence.ts';
import { listAfter } from '../support/queries.ts';
import { DATE, renderResults } from '../ui/helpers.tsx';
import { OMMEN_TEXT } from './support.ts';

const rules = parseRulesText(OMMEN_TEXT).rules!;
const file = rules.file;
afterEach(cleanup);
let t: Translate;
let overview: Overview;

/** Example households in DATE's norm period: a condition with a fixed limit reads the same for all of them. */
const inPeriod = file.examples.filter((ex) => ex.date >= '2026-01-01' && ex.date < '2026-07-01');
/** Those with the overview's reference limits (single, 21 to AOW age, no children): also for limits that are facts. */
const referenceLike = inPeriod.filter((ex) => {
  const a = ex.answers as Answers;
  const age = a.leeftijd as number;
  return (
    a.heeft_partner === false &&
    age >= 21 &&
    age < 67 &&
    Array.isArray(a.leeftijden_kinderen) &&
    a.leeftijden_kinderen.length === 0
  );
});

const regeling = (id: string) => file.regelingen.find((r) => r.id === id)!;

/** Text with Intl's no-break spaces and the summary's soft hyphens removed. */
const text = (el: Element) => (el.textContent ?? '').replace(/\u00a0/g, ' ').replace(/\u00ad/g, '');

/** What the widget's engine says for this household about one regeling or hulppunt. */
async function reasonsFor(answers: Answers, id: string): Promise<Reason[]> {
  const result = await evaluate(rules, fitAnswers(rules, answers), DATE);
  return (result.regelingen[id] ?? result.hulppunten[id])!.reasons;
}
/** A household can get it unless a condition that is not about money already fails. */
const applies = (reasons: Reason[]) => !reasons.some((r) => r.status === 'niet-voldaan' && r.money !== true);
const limitText = (limit: Reason['limit']) => {
  const euro = (n: number) => formatEuro(n, 'nl', true).replace(/\u00a0/g, ' ');
  if (typeof limit === 'number') return euro(limit);
  const range = limit as Range;
  return `tussen ${euro(range.lo)} en ${euro(range.hi)}`;
};

beforeAll(async () => {
  const i18n = await createI18n('nl', { later: true });
  t = i18n.getFixedT('nl');
  overview = await buildOverview(rules, DATE, 'nl', t, '2026-11-22');
});

describe('overview of rules/ommen.json', () => {
  it('has one section per regeling and per hulppunt, in file order', () => {
    expect(overview.offers.map((o) => o.id)).toEqual([...file.regelingen, ...file.hulppunten].map((o) => o.id));
    expect(referenceLike.length, 'there are example households to compare with').toBeGreaterThan(2);
  });

  describe.each(file.regelingen.map((r) => [r.id]))('%s', (id) => {
    it('states every condition as the sentence the widget shows when it holds', async () => {
      const offer = overview.offers.find((o) => o.id === id)!;
      expect(offer.sentences.length).toBeGreaterThan(0);
      let compared = 0;
      for (const ex of inPeriod) {
        const reference = referenceLike.includes(ex);
        const result = await evaluate(rules, ex.answers as Answers, DATE);
        for (const reason of result.regelingen[id]!.reasons.filter(
          (r) => r.status === 'voldaan' && (reference || !r.limitFact),
        )) {
          // A money limit that is a fact differs per household: the sentence names it, the rows give the amounts.
          const general = reason.limitFact && reason.money ? { ...reason, limit: null } : reason;
          expect(offer.sentences).toContain(reasonSentence(general, file, 'nl', t).text);
          compared++;
        }
      }
      expect(compared, 'at least one reason was compared').toBeGreaterThan(0);
    });

    it('shows the status, the sources with their date and the amount text', () => {
      const offer = overview.offers.find((o) => o.id === id)!;
      const regeling = file.regelingen.find((r) => r.id === id)!;
      expect(offer.status).toBe(regeling.status);
      expect(offer.sources).toEqual(regeling.sources);
      expect(offer.amount).toBe(regeling.texts.nl?.amount);
    });
  });

  it('uses the same sentences as the rendered widget (professional mode)', async () => {
    const ex = referenceLike[0]!;
    const { container } = await renderResults(ex.answers as Answers, { mode: 'professional' });
    const all = overview.offers.flatMap((o) => o.sentences);
    // Each met condition under "Waarom deze uitkomst?": "✓ Klopt voor u Nodig: <sentence> [U zei: …]".
    const met = within(container as HTMLElement)
      .getAllByRole('heading', { name: nl.results.why, hidden: true })
      .flatMap((h) => within(listAfter(h)).getAllByRole('listitem', { hidden: true }))
      .map((li) => text(li).replace(/\s+/g, ' ').trim())
      .filter((item) => item.startsWith(`✓ ${nl.reason.status.voldaan} `))
      // Sentences with a household's own money limit are printed without the amount (rows give it).
      .filter((item) => !item.includes('€'));
    expect(met.length).toBeGreaterThan(5);
    for (const item of met)
      expect(
        all.some((sentence) => item.includes(`${nl.reason.needed} ${sentence}`)),
        item,
      ).toBe(true);
  });

  it('prints every household row with the limit evaluate() gives that household for that condition', async () => {
    const { container } = render(<OverviewView overview={overview} />);
    let rows = 0;
    for (const offer of overview.offers) {
      const region = screen.getByRole('region', { name: offer.officialName });
      for (const list of region.querySelectorAll<HTMLElement>('ul.ov-limits')) {
        const leaf = Number(list.dataset.leaf);
        const printed = [...list.querySelectorAll<HTMLElement>('li')];
        const expected: string[] = [];
        for (const household of HOUSEHOLD_TYPES) {
          const reasons = await reasonsFor(household.answers, offer.id);
          if (!applies(reasons)) continue;
          expected.push(`Voor ${household.name}: ${limitText((reasons[leaf] as Reason).limit)}`);
        }
        expect(printed.map(text), `${offer.id} condition ${leaf}`).toEqual(expected);
        rows += printed.length;
      }
    }
    expect(rows, 'rows were compared').toBeGreaterThan(40);
    // The reported shift: "Voor een stel" printed the single limit. Now the couple's row is the couple's limit.
    const region = screen.getByRole('region', { name: regeling('participatiefonds').officialName });
    const stel = HOUSEHOLD_TYPES.find((h) => h.id === 'stel')!;
    const reasons = await reasonsFor(stel.answers, 'participatiefonds');
    const income = reasons.findIndex((r) => r.fact === 'netto_inkomen');
    const single = (await reasonsFor(HOUSEHOLD_TYPES[0]!.answers, 'participatiefonds'))[income]!.limit as number;
    expect(reasons[income]!.limit).toBeGreaterThan(single);
    const row = region.querySelector(`ul.ov-limits[data-leaf="${income}"] li[data-household="stel"]`)!;
    expect(text(row)).toBe(`Voor ${stel.name}: ${limitText(reasons[income]!.limit)}`);
    expect(container.textContent).not.toMatch(/Voor :/);
  });

  it('opens with a summary table: each cell is the limit for its household, or n.v.t.', async () => {
    render(<OverviewView overview={overview} />);
    const table = within(screen.getByRole('region', { name: 'Samenvatting: de regelingen op één pagina' })).getByRole('table');
    const headers = within(table)
      .getAllByRole('columnheader')
      .map((h) => text(h));
    expect(headers).toEqual(expect.arrayContaining(HOUSEHOLD_TYPES.map((h) => h.name)));
    expect(headers[0]).toBe('Regeling');
    const groups = [...table.querySelectorAll<HTMLElement>('tbody')];
    expect(groups.map((g) => g.dataset.regeling)).toEqual(file.regelingen.map((r) => r.id));
    let cells = 0;
    for (const group of groups) {
      const id = group.dataset.regeling!;
      const regeling = file.regelingen.find((r) => r.id === id)!;
      expect(text(group)).toContain(regeling.officialName);
      expect(text(group)).toContain(regeling.lastChecked);
      for (const row of group.querySelectorAll<HTMLElement>('tr[data-leaf]')) {
        const leaf = Number(row.dataset.leaf);
        for (const cell of row.querySelectorAll<HTMLElement>('td[data-household]')) {
          const household = HOUSEHOLD_TYPES.find((h) => h.id === cell.dataset.household)!;
          const reasons = await reasonsFor(household.answers, id);
          expect(text(cell), `${id} ${household.id}`).toBe(
            applies(reasons) ? limitText((reasons[leaf] as Reason).limit) : 'n.v.t.',
          );
          cells++;
        }
      }
    }
    expect(cells).toBeGreaterThan(60);
  });

  it('renders a region per regeling with its sentences, sources and status', () => {
    render(<OverviewView overview={overview} />);
    for (const offer of overview.offers) {
      const region = screen.getByRole('region', { name: offer.officialName });
      for (const s of offer.sentences) expect(region.textContent).toContain(s);
      for (const src of offer.sources)
        expect(
          within(region)
            .getByRole('link', { name: src.title ?? src.url })
            .getAttribute('href'),
        ).toBe(src.url);
    }
    const checking = file.regelingen.filter((r) => r.status === 'te-controleren');
    expect(checking.length).toBeGreaterThan(0);
    for (const r of checking)
      expect(screen.getByRole('region', { name: r.officialName }).textContent).toContain('Te controleren');
  });

  it('lists te-controleren entries and stale sources as warnings', async () => {
    const later = await buildOverview(rules, DATE, 'nl', t, '2028-01-02');
    expect(later.warnings.map((w) => w.path)).toContain('$.norms.validUntil');
    const kind = later.offers.find((o) => o.id === 'kindregelingen')!;
    expect(kind.warnings.map((w) => w.message).join(' ')).toMatch(/te-controleren/);
    expect(kind.warnings.map((w) => w.message).join(' ')).toMatch(/meer dan een jaar/);
  });
});
