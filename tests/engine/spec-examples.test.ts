// SPEC.md §6, written out here independently of the rules file's own examples.
import { describe, expect, it } from 'vitest';
import { makeAnswers, notNee, outcomes } from '../support/ommen.ts';

describe('SPEC.md §6 examples (peildatum 2026-07-01)', () => {
  it('1: alleenstaande, 34, netto 1400, huur', async () => {
    const { regelingen, hulppunten, result } = await outcomes(makeAnswers());
    expect(regelingen).toMatchObject({
      participatiefonds: 'ja',
      'collectieve-zorgverzekering': 'misschien',
      kwijtschelding: 'misschien',
      zorgtoeslag: 'misschien',
      huurtoeslag: 'misschien',
    });
    expect(notNee(regelingen)).toEqual(['collectieve-zorgverzekering', 'huurtoeslag', 'kwijtschelding', 'participatiefonds', 'zorgtoeslag']);
    expect(result.regelingen.participatiefonds?.amount).toEqual({ value: 100, per: 'jaar', maximaal: false });
    expect(notNee(hulppunten)).toEqual(['gblt', 'samen-doen']);
  });

  it('2: on the 110 % limit is in, one cent above is out', async () => {
    const on = await outcomes(makeAnswers({ netto_inkomen: 1486.46 }));
    expect(on.regelingen.participatiefonds).toBe('ja');
    const above = await outcomes(makeAnswers({ netto_inkomen: 1486.47 }));
    expect(above.regelingen.participatiefonds).toBe('nee');
    expect(above.regelingen.kwijtschelding).toBe('nee');
  });

  it('3: alleenstaande ouder, 29, children 3 and 13, kinderopvang and schulden', async () => {
    const { regelingen, hulppunten, result } = await outcomes(
      makeAnswers({ leeftijd: 29, leeftijden_kinderen: [3, 13], netto_inkomen: 1300, vermogen: 500, kinderopvang: true, schulden: true }),
    );
    expect(regelingen).toEqual({
      participatiefonds: 'ja',
      kindregelingen: 'misschien',
      'collectieve-zorgverzekering': 'misschien',
      'individuele-inkomenstoeslag': 'nee',
      'bijzondere-bijstand': 'nee',
      kwijtschelding: 'misschien',
      bijstand: 'misschien',
      'aio-aanvulling': 'nee',
      zorgtoeslag: 'misschien',
      huurtoeslag: 'misschien',
      'kindgebonden-budget': 'misschien',
      kinderopvangtoeslag: 'misschien',
      schuldhulpverlening: 'ja',
    });
    expect(result.regelingen['kindgebonden-budget']?.amount).toEqual({ value: 9300, per: 'jaar', maximaal: true });
    expect(result.regelingen.participatiefonds?.amount?.value).toBe(100);
    expect(notNee(hulppunten)).toEqual(['gblt', 'humanitas-hardenberg-ommen', 'sam-overijssel', 'samen-doen']);
  });

  it('4: gehuwden 70 and 68, vermogen 20000, koop: only zorgtoeslag', async () => {
    const { regelingen, hulppunten } = await outcomes(
      makeAnswers({ leeftijd: 70, heeft_partner: true, leeftijd_partner: 68, netto_inkomen: 2000, vermogen: 20000, woonsituatie: 'koop' }),
    );
    expect(notNee(regelingen)).toEqual(['zorgtoeslag']);
    expect(regelingen.zorgtoeslag).toBe('misschien');
    expect(notNee(hulppunten)).toEqual(['samen-doen']);
  });

  it('5: netto unknown gives misschien, never a guess', async () => {
    const { regelingen, hulppunten, result } = await outcomes(makeAnswers({ netto_inkomen: null }));
    expect(notNee(regelingen)).toEqual(['bijstand', 'collectieve-zorgverzekering', 'huurtoeslag', 'kwijtschelding', 'participatiefonds', 'zorgtoeslag']);
    for (const id of notNee(regelingen)) expect(regelingen[id], id).toBe('misschien');
    expect(result.regelingen.participatiefonds?.amount?.value).toBe(100);
    expect(notNee(hulppunten)).toEqual(['gblt', 'samen-doen']);
  });

  it('6: resident 60 with partner 68: no bijstand, aio-aanvulling misschien, participatiefonds for two', async () => {
    const { regelingen, result } = await outcomes(makeAnswers({ leeftijd: 60, heeft_partner: true, leeftijd_partner: 68, netto_inkomen: 1500, vermogen: 3000 }));
    expect(regelingen.bijstand).toBe('nee');
    expect(regelingen['aio-aanvulling']).toBe('misschien');
    const aio = result.regelingen['aio-aanvulling']?.reasons.find((r) => r.fact === 'netto_inkomen');
    expect(aio?.limit).toBe(2071.65);
    expect(regelingen.participatiefonds).toBe('ja');
    expect(result.regelingen.participatiefonds?.amount?.value).toBe(200);
  });

  it('7: alleenstaande, 19: bijstand misschien between 333.60 and 1351.33; participatiefonds nee above 366.96', async () => {
    const { regelingen, result } = await outcomes(makeAnswers({ leeftijd: 19, netto_inkomen: 500, vermogen: 0 }));
    expect(regelingen.bijstand).toBe('misschien');
    const reason = result.regelingen.bijstand?.reasons.find((r) => r.fact === 'netto_inkomen');
    expect(reason?.limit).toEqual({ lo: 333.6, hi: 1351.33 });
    expect(reason?.status).toBe('onbekend');
    expect(regelingen.participatiefonds).toBe('nee');
    const pf = result.regelingen.participatiefonds?.reasons.find((r) => r.fact === 'netto_inkomen');
    expect(pf?.limit).toBe(366.96);
  });

  it('8: heeft_partner unknown and netto 10000: every income-tested regeling nee', async () => {
    const { regelingen } = await outcomes(makeAnswers({ heeft_partner: null, netto_inkomen: 10000 }));
    for (const id of ['participatiefonds', 'collectieve-zorgverzekering', 'individuele-inkomenstoeslag', 'kwijtschelding', 'bijstand', 'aio-aanvulling', 'zorgtoeslag']) {
      expect(regelingen[id], id).toBe('nee');
    }
  });
});
