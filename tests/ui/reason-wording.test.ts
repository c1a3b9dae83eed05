// Reasons with a range limit or a count must read as a person would say them (B1), in the right direction; the
// resident's conditions say what is needed and what the household said.
import { describe, expect, it } from 'vitest';
import { evaluate } from '../../widget/engine/index.ts';
import { createI18n } from '../../widget/i18n/create-i18n.ts';
import { conditionParts, reasonSentence } from '../../widget/text/reason-sentence.ts';
import { makeAnswers, ommen } from '../support/ommen.ts';

async function sentences(answers: Parameters<typeof makeAnswers>[0], id: string) {
  const rules = ommen();
  const t = (await createI18n('nl', { later: true })).getFixedT('nl');
  const r = await evaluate(rules, makeAnswers(answers), '2026-07-01');
  // Intl puts a no-break space after the euro sign; compare as plain text.
  return (r.regelingen[id]?.reasons ?? []).map((reason) =>
    reasonSentence(reason, rules.file, 'nl', t as never).text.replace(/\u00a0/g, ' '),
  );
}

describe('reason wording', () => {
  it('a range limit that is met names its strictest bound, one that is missed its most lenient bound', async () => {
    expect(await sentences({ heeft_partner: null, vermogen: 5000 }, 'participatiefonds')).toContain(
      'Uw spaargeld en bezit is niet hoger dan € 8.000,00 (de vermogensgrens).',
    );
    expect(await sentences({ heeft_partner: null, vermogen: 20000 }, 'participatiefonds')).toContain(
      'Uw spaargeld en bezit is hoger dan € 16.000,00 (de vermogensgrens).',
    );
  });

  it('an undecided range limit says what is required and where the limit lies', async () => {
    const texts = await sentences({ leeftijd: null, netto_inkomen: 1000 }, 'participatiefonds');
    expect(texts).toContain(
      'We weten nog niet of uw netto inkomen per maand niet hoger is dan de grens die voor u geldt, tussen € 366,96 en € 2.278,81 (110 % van de bijstandsnorm).',
    );
  });

  it('counts of children and the AOW question read as sentences', async () => {
    expect(await sentences({ leeftijden_kinderen: [] }, 'kindgebonden-budget')).toContain('Er wonen geen kinderen bij u.');
    expect(await sentences({ leeftijden_kinderen: [14], kinderopvang: true }, 'kinderopvangtoeslag')).toContain(
      'Er woont geen kind van 12 jaar of jonger bij u.',
    );
    expect(await sentences({ leeftijd: 60, heeft_partner: true, leeftijd_partner: null }, 'bijstand')).toContain(
      'We weten nog niet of iemand in uw huishouden de AOW-leeftijd heeft.',
    );
  });
});

/** Each condition as what is needed and what the household said (the resident's "Waarom deze uitkomst?"). */
async function conditions(answers: Parameters<typeof makeAnswers>[0], id: string, lang = 'nl') {
  const rules = ommen();
  const t = (await createI18n(lang, { later: true })).getFixedT(lang);
  const r = await evaluate(rules, makeAnswers(answers), '2026-07-01');
  return (r.regelingen[id]?.reasons ?? []).map((reason) => {
    const p = conditionParts(reason, rules.file, lang, t as never);
    return { ...p, needed: p.needed.replace(/\u00a0/g, ' '), said: p.said.replace(/\u00a0/g, ' ') };
  });
}

describe('conditions: what is needed, what you said', () => {
  it('a condition that is not met says what is needed and what the household said (nl and en)', async () => {
    expect(await conditions({ leeftijden_kinderen: [] }, 'kindgebonden-budget')).toContainEqual({
      status: 'niet-voldaan',
      needed: 'Er woont minstens één kind bij u.',
      said: 'U zei: geen kinderen.',
    });
    expect(await conditions({ leeftijden_kinderen: [] }, 'kindgebonden-budget', 'en')).toContainEqual({
      status: 'niet-voldaan',
      needed: 'At least one child lives with you.',
      said: 'You said: no children.',
    });
  });

  it('a met condition states the need, not a verdict on the sentence, and the answer given', async () => {
    const met = await conditions({ netto_inkomen: 1400 }, 'participatiefonds');
    expect(met).toContainEqual({
      status: 'voldaan',
      needed: 'Uw netto inkomen per maand is niet hoger dan € 1.486,46 (110 % van de bijstandsnorm).',
      said: 'U zei: € 1.400,00.',
    });
    expect((await conditions({ leeftijden_kinderen: [3, 13] }, 'kindgebonden-budget'))[0]).toEqual({
      status: 'voldaan',
      needed: 'Er woont minstens één kind bij u.',
      said: 'U zei: 2 kinderen.',
    });
  });

  it('an unknown answer is "not known yet", and a range limit is named as the range', async () => {
    const unknown = await conditions({ netto_inkomen: null }, 'participatiefonds');
    expect(unknown).toContainEqual({
      status: 'onbekend',
      needed: 'Uw netto inkomen per maand is niet hoger dan € 1.486,46 (110 % van de bijstandsnorm).',
      said: 'Dat weten we nog niet.',
    });
    const range = await conditions({ heeft_partner: null, vermogen: 5000 }, 'participatiefonds');
    expect(range).toContainEqual({
      status: 'voldaan',
      needed:
        'Uw spaargeld en bezit is niet hoger dan de grens die voor u geldt, tussen € 8.000,00 en € 16.000,00 (de vermogensgrens).',
      said: 'U zei: € 5.000,00.',
    });
  });
});
