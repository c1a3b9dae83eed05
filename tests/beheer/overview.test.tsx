// The readable overview: a section per regeling and hulppunt, whose sentences are the widget's reasons.
import { cleanup, render, screen, within } from '@testing-library/preact';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { buildOverview, type Overview } from '../../widget/beheer/overview.ts';
import { OverviewView } from '../../widget/beheer/ui/overview-view.tsx';
import { evaluate, parseRulesText } from '../../widget/engine/checker.ts';
import type { Answers } from '../../widget/engine/types.ts';
import { createI18n } from '../../widget/i18n/create-i18n.ts';
import { reasonSentence, type Translate } from '../../widget/text/reason-sentence.ts';
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
  return a.heeft_partner === false && age >= 21 && age < 67 && Array.isArray(a.leeftijden_kinderen) && a.leeftijden_kinderen.length === 0;
});

beforeAll(async () => {
  const i18n = await createI18n('nl');
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
        for (const reason of result.regelingen[id]!.reasons.filter((r) => r.status === 'voldaan' && (reference || !r.limitFact))) {
          expect(offer.sentences).toContain(reasonSentence(reason, file, 'nl', t).text);
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
    const shown = [...container.querySelectorAll('.vw-reason--voldaan')].map((li) => li.textContent?.replace(/^Klopt /, '').trim());
    expect(shown.length).toBeGreaterThan(5);
    for (const sentence of shown) expect(all).toContain(sentence);
  });

  it('gives the income limit for a single adult in the sentence and other households below it', () => {
    const offer = overview.offers.find((o) => o.id === 'participatiefonds')!;
    expect(offer.sentences.join('\n')).toMatch(/Uw netto inkomen per maand is niet hoger dan €\s1\.467,65 \(110\s%\svan de bijstandsnorm\)\./);
    expect(JSON.stringify(offer.conditions)).toContain('een stel');
  });

  it('renders a region per regeling with its sentences, sources and status', () => {
    render(<OverviewView overview={overview} />);
    for (const offer of overview.offers) {
      const region = screen.getByRole('region', { name: offer.officialName });
      for (const s of offer.sentences) expect(region.textContent).toContain(s);
      for (const src of offer.sources) expect(within(region).getByRole('link', { name: src.title ?? src.url }).getAttribute('href')).toBe(src.url);
    }
    const kind = screen.getByRole('region', { name: 'Kindregelingen via Sam& Overijssel' });
    expect(kind.textContent).toContain('Te controleren');
  });

  it('lists te-controleren entries and stale sources as warnings', async () => {
    const later = await buildOverview(rules, DATE, 'nl', t, '2028-01-02');
    expect(later.warnings.map((w) => w.path)).toContain('$.norms.validUntil');
    const kind = later.offers.find((o) => o.id === 'kindregelingen')!;
    expect(kind.warnings.map((w) => w.message).join(' ')).toMatch(/te-controleren/);
    expect(kind.warnings.map((w) => w.message).join(' ')).toMatch(/meer dan een jaar/);
  });
});
