// Pure text helpers: money input, safe links, and reason sentences (also used by the rules overview).
import type { i18n } from 'i18next';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Reason } from '../../widget/engine/types.ts';
import { createI18n } from '../../widget/i18n/create-i18n.ts';
import { amountText, totalOf } from '../../widget/text/amounts.ts';
import { offerTitle } from '../../widget/text/offer-texts.ts';
import { parseMoney } from '../../widget/text/parse-money.ts';
import { reasonSentence } from '../../widget/text/reason-sentence.ts';
import { safeHref, telHref } from '../../widget/text/safe-href.ts';
import { ommenRules } from './helpers.tsx';

const plain = (s: string | undefined) => s?.replace(/\s/g, ' ');

describe('parseMoney', () => {
  it.each([
    ['1.486,46', 1486.46],
    ['1486,46', 1486.46],
    ['1486.46', 1486.46],
    ['€ 1.400', 1400],
    ['€1400,-', 1400],
    ['1.234.567', 1234567],
    ['0', 0],
    ['EUR 12,5', 12.5],
  ])('reads %s as %d', (input, value) => {
    expect(parseMoney(input)).toEqual({ ok: true, value });
  });

  it.each(['', 'veel', '1,2,3', '12,345', '-5', '1.48,6', '12.3.4,5'])('rejects %j', (input) => {
    expect(parseMoney(input).ok).toBe(false);
  });

  it('reads an English thousands comma only in English', () => {
    expect(parseMoney('1,486', 'en')).toEqual({ ok: true, value: 1486 });
    expect(parseMoney('1,486', 'nl').ok).toBe(false);
  });
});

describe('safeHref', () => {
  it('allows https, tel and mailto only', () => {
    expect(safeHref('https://www.ommen.nl/x')).toBe('https://www.ommen.nl/x');
    expect(safeHref('tel:140529')).toBe('tel:140529');
    expect(safeHref('mailto:a@b.nl')).toBe('mailto:a@b.nl');
    for (const bad of [
      'javascript:alert(1)',
      'JaVaScRiPt:alert(1)',
      'http://x.nl',
      'data:text/html,x',
      '/relative',
      '',
      undefined,
    ]) {
      expect(safeHref(bad)).toBeUndefined();
    }
  });

  it('makes a tel: link from a phone number as shown', () => {
    expect(telHref('088-064 55 55')).toBe('tel:0880645555');
  });
});

describe('offerTitle', () => {
  const offer = (texts: Record<string, { title: string }>) => ({ officialName: 'Officiële naam', texts: texts as never });

  it('is the title in the language, else the fallback language', () => {
    expect(offerTitle(offer({ nl: { title: 'Geld voor sport' }, en: { title: 'Money for sport' } }), 'en')).toBe(
      'Money for sport',
    );
    expect(offerTitle(offer({ nl: { title: 'Geld voor sport' } }), 'pl')).toBe('Geld voor sport');
  });

  it.each(['TODO', 'TODO: vertalen', '  TODO ', '', '   '])('is the official name for the placeholder %j', (title) => {
    expect(offerTitle(offer({ nl: { title } }), 'nl')).toBe('Officiële naam');
  });

  it('keeps a title that only starts with the letters TODO', () => {
    expect(offerTitle(offer({ nl: { title: 'TODOS' } }), 'nl')).toBe('TODOS');
  });
});

describe('reasonSentence', () => {
  let nl: i18n;
  let en: i18n;
  beforeAll(async () => {
    nl = await createI18n('nl', { later: true });
    en = await createI18n('en', { later: true });
  });
  const file = () => ommenRules().file;
  const income: Reason = {
    fact: 'netto_inkomen',
    operator: 'lessThanInclusive',
    status: 'niet-voldaan',
    value: 1529.46,
    limit: 1486.46,
    limitFact: { fact: 'inkomensgrens', params: { percentage: 110 } },
    distance: 43,
    money: true,
  };

  it('says a limit in plain Dutch with the distance for a near miss', () => {
    const s = reasonSentence(income, file(), 'nl', nl.getFixedT('nl'));
    expect(plain(s.text)).toBe('Uw netto inkomen per maand is hoger dan € 1.486,46 (110 % van de bijstandsnorm).');
    expect(plain(s.distance)).toBe('Uw netto inkomen per maand is € 43,00 hoger dan de grens.');
    const ok = reasonSentence({ ...income, status: 'voldaan', value: 1200, distance: -286.46 }, file(), 'nl', nl.getFixedT('nl'));
    expect(plain(ok.text)).toBe('Uw netto inkomen per maand is niet hoger dan € 1.486,46 (110 % van de bijstandsnorm).');
    expect(ok.distance).toBeUndefined();
  });

  it('reads a range limit as "tussen € X en € Y"', () => {
    const s = reasonSentence(
      { ...income, status: 'onbekend', limit: { lo: 1400, hi: 1500 }, distance: undefined },
      file(),
      'nl',
      nl.getFixedT('nl'),
    );
    expect(plain(s.text)).toContain('tussen € 1.400,00 en € 1.500,00');
  });

  it('uses the rules file texts for yes/no answers', () => {
    const reason: Reason = { fact: 'woont_in_gemeente', operator: 'equal', status: 'niet-voldaan', value: false, limit: true };
    const expected = file().questions.find((q) => q.id === 'woont_in_gemeente')?.texts.nl?.false;
    expect(reasonSentence(reason, file(), 'nl', nl.getFixedT('nl')).text).toBe(`${expected?.replace(/\.$/, '')}.`);
  });

  it('words derived facts from the locale', () => {
    const aow: Reason = { fact: 'aow_in_huishouden', operator: 'equal', status: 'voldaan', value: false, limit: false };
    expect(reasonSentence(aow, file(), 'nl', nl.getFixedT('nl')).text).toBe('Niemand in uw huishouden heeft de AOW-leeftijd.');
    const kids: Reason = {
      fact: 'aantal_kinderen',
      params: { maxLeeftijd: 12 },
      operator: 'greaterThanInclusive',
      status: 'voldaan',
      value: 1,
      limit: 1,
    };
    expect(reasonSentence(kids, file(), 'nl', nl.getFixedT('nl')).text).toBe(
      'Er woont minstens één kind van 12 jaar of jonger bij u.',
    );
  });

  const uitkomst: Reason = {
    fact: 'uitkomst',
    params: { regeling: 'kwijtschelding' },
    operator: 'in',
    status: 'voldaan',
    value: 'ja',
    limit: ['ja', 'misschien'],
  };

  it('names another regeling for an uitkomst condition', () => {
    expect(reasonSentence(uitkomst, file(), 'nl', nl.getFixedT('nl')).text).toMatch(/^U komt misschien in aanmerking voor .+\.$/);
  });

  it('names the other regeling by its official name while its title is a placeholder', () => {
    const f = structuredClone(file());
    const offer = f.regelingen.find((r) => r.id === 'kwijtschelding')!;
    for (const texts of Object.values(offer.texts)) texts.title = 'TODO: titel';
    const text = reasonSentence(uitkomst, f, 'nl', nl.getFixedT('nl')).text;
    expect(text).toContain(offer.officialName);
    expect(text).not.toContain('TODO');
  });

  it('formats money the English way in English', () => {
    const s = reasonSentence(income, file(), 'en', en.getFixedT('en'));
    expect(plain(s.text)).toContain('€1,486.46 (110 % of the social assistance standard)');
    expect(plain(s.distance)).toContain('€43.00 above the limit');
  });
});

describe('honest totals (totalOf)', () => {
  it('adds known amounts in whole cents, a month counting 12 times, once apart, and a maximum stays a maximum', () => {
    const total = totalOf([
      { value: 0.1, per: 'jaar', maximaal: false },
      { value: 0.2, per: 'jaar', maximaal: false },
      { value: 34.01, per: 'maand', maximaal: true },
      { value: 300, per: 'eenmalig', maximaal: false },
      null,
    ]);
    expect(total).toEqual({ yearCents: 30 + 3401 * 12, onceCents: 30000, yearMaximum: true, onceMaximum: false, monthly: true });
  });

  it('leaves unknown amounts out instead of guessing', () => {
    expect(totalOf([null, null])).toEqual({ yearCents: 0, onceCents: 0, yearMaximum: false, onceMaximum: false, monthly: false });
  });

  it('a maximum is called a maximum, in every language', async () => {
    const nl = await createI18n('nl', { later: true });
    const text = amountText({ value: 9300, per: 'jaar', maximaal: true }, 'nl', nl.getFixedT('nl'));
    expect(plain(text)).toBe('Tot € 9.300 per jaar');
    const en = await createI18n('en', { later: true });
    expect(plain(amountText({ value: 300, per: 'eenmalig', maximaal: false }, 'en', en.getFixedT('en')))).toBe('€300 once');
  });
});
