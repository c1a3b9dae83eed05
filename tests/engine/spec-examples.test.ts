// docs/regels-ommen.md §6, written out here independently of the rules file's own examples.
import { describe, expect, it } from 'vitest';
import { household3, makeAnswers, notNee, ommen, outcomes } from '../support/ommen.ts';

describe('docs/regels-ommen.md §6 examples (peildatum 2026-07-01 unless said)', () => {
  it('1: alleenstaande, 34, netto 1400, huur', async () => {
    const { regelingen, hulppunten, result } = await outcomes(makeAnswers());
    expect(regelingen).toMatchObject({
      participatiefonds: 'ja',
      'collectieve-zorgverzekering': 'misschien',
      kwijtschelding: 'misschien',
      zorgtoeslag: 'misschien',
      huurtoeslag: 'misschien',
    });
    expect(notNee(regelingen)).toEqual([
      'collectieve-zorgverzekering',
      'huurtoeslag',
      'kwijtschelding',
      'participatiefonds',
      'zorgtoeslag',
    ]);
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
    const { regelingen, hulppunten, result } = await outcomes(household3);
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
      makeAnswers({
        leeftijd: 70,
        heeft_partner: true,
        leeftijd_partner: 68,
        netto_inkomen: 2000,
        vermogen: 20000,
        woonsituatie: 'koop',
      }),
    );
    expect(notNee(regelingen)).toEqual(['zorgtoeslag']);
    expect(regelingen.zorgtoeslag).toBe('misschien');
    expect(notNee(hulppunten)).toEqual(['samen-doen']);
  });

  it('5: netto unknown gives misschien, never a guess', async () => {
    const { regelingen, hulppunten, result } = await outcomes(makeAnswers({ netto_inkomen: null }));
    expect(notNee(regelingen)).toEqual([
      'bijstand',
      'collectieve-zorgverzekering',
      'huurtoeslag',
      'kwijtschelding',
      'participatiefonds',
      'zorgtoeslag',
    ]);
    for (const id of notNee(regelingen)) expect(regelingen[id], id).toBe('misschien');
    expect(result.regelingen.participatiefonds?.amount?.value).toBe(100);
    expect(notNee(hulppunten)).toEqual(['gblt', 'samen-doen']);
  });

  it('6: resident 60 with partner 68: no bijstand, aio-aanvulling misschien, participatiefonds for two', async () => {
    const { regelingen, result } = await outcomes(
      makeAnswers({ leeftijd: 60, heeft_partner: true, leeftijd_partner: 68, netto_inkomen: 1500, vermogen: 3000 }),
    );
    expect(regelingen.bijstand).toBe('nee');
    expect(regelingen['aio-aanvulling']).toBe('misschien');
    const aio = result.regelingen['aio-aanvulling']?.reasons.find((r) => r.fact === 'netto_inkomen');
    expect(aio?.limit).toBe(2071.65);
    expect(regelingen.participatiefonds).toBe('ja');
    expect(result.regelingen.participatiefonds?.amount?.value).toBe(200);
  });

  it('7: alleenstaande, 19: bijstand misschien between 333.60 and 1059.25; participatiefonds nee above 366.96', async () => {
    const { regelingen, result } = await outcomes(makeAnswers({ leeftijd: 19, netto_inkomen: 500, vermogen: 0 }));
    expect(regelingen.bijstand).toBe('misschien');
    const reason = result.regelingen.bijstand?.reasons.find((r) => r.fact === 'netto_inkomen');
    // 350.42 x 0.952 = 333.60; (350.42 + 762.24) x 0.952 = 1059.25 (jongerennorm plus jongerenverhoging).
    expect(reason?.limit).toEqual({ lo: 333.6, hi: 1059.25 });
    expect(reason?.status).toBe('onbekend');
    expect(regelingen.participatiefonds).toBe('nee');
    const pf = result.regelingen.participatiefonds?.reasons.find((r) => r.fact === 'netto_inkomen');
    expect(pf?.limit).toBe(366.96);
  });

  it.each([
    [1059.24, 'misschien'],
    [1059.25, 'nee'],
    [1059.26, 'nee'],
    [1200, 'nee'],
    [333.6, 'misschien'],
    [333.59, 'misschien'],
  ])('7: alleenstaande, 19, on 1-7-2026 with netto %d: bijstand %s', async (netto, bijstand) => {
    const { regelingen } = await outcomes(makeAnswers({ leeftijd: 19, netto_inkomen: netto, vermogen: 0 }));
    expect(regelingen.bijstand).toBe(bijstand);
  });

  it.each([
    [1039.99, 'misschien'],
    [1040.0, 'nee'],
    [1040.01, 'nee'],
  ])('7: alleenstaande, 19, on 1-1-2026 (upper bound 1040.00) with netto %d: bijstand %s', async (netto, bijstand) => {
    const { regelingen, result } = await outcomes(makeAnswers({ leeftijd: 19, netto_inkomen: netto, vermogen: 0 }), '2026-03-01');
    expect(regelingen.bijstand).toBe(bijstand);
    // (345.99 + 746.45) x 0.952 = 1040.00288 -> 1040.00; 345.99 x 0.952 = 329.38.
    expect(result.regelingen.bijstand?.reasons.find((r) => r.fact === 'netto_inkomen')?.limit).toEqual({ lo: 329.38, hi: 1040 });
  });

  it("7: a single parent of 19 has the same upper bound: children do not change a single person's norm", async () => {
    const { result } = await outcomes(makeAnswers({ leeftijd: 19, leeftijden_kinderen: [1], netto_inkomen: 500 }));
    expect(result.regelingen.bijstand?.reasons.find((r) => r.fact === 'netto_inkomen')?.limit).toEqual({
      lo: 333.6,
      hi: 1059.25,
    });
  });

  it('8: heeft_partner unknown and netto 10000: every income-tested regeling nee', async () => {
    const { regelingen } = await outcomes(makeAnswers({ heeft_partner: null, netto_inkomen: 10000 }));
    for (const id of [
      'participatiefonds',
      'collectieve-zorgverzekering',
      'individuele-inkomenstoeslag',
      'kwijtschelding',
      'bijstand',
      'aio-aanvulling',
      'zorgtoeslag',
    ]) {
      expect(regelingen[id], id).toBe('nee');
    }
  });

  it('9: woont_in_gemeente false: every regeling that needs G nee, toeslagen misschien; eigen-gemeente on top instead of samen-doen', async () => {
    const { regelingen, hulppunten, result } = await outcomes(makeAnswers({ woont_in_gemeente: false }));
    expect(notNee(regelingen)).toEqual(['huurtoeslag', 'zorgtoeslag']);
    expect(regelingen.zorgtoeslag).toBe('misschien');
    expect(regelingen.huurtoeslag).toBe('misschien');
    expect(hulppunten['samen-doen']).toBe('nee');
    expect(hulppunten['eigen-gemeente']).toBe('ja');
    expect(notNee(hulppunten)).toEqual(['eigen-gemeente']);
    expect(result.centralHelpPoint).toBe('eigen-gemeente');
  });

  it('9: woont_in_gemeente unknown: samen-doen ja and on top, eigen-gemeente misschien', async () => {
    for (const answers of [
      makeAnswers({ woont_in_gemeente: null }),
      (({ woont_in_gemeente: _, ...rest }) => rest)(makeAnswers()),
    ]) {
      const { hulppunten, result } = await outcomes(answers);
      expect(hulppunten['samen-doen']).toBe('ja');
      expect(hulppunten['eigen-gemeente']).toBe('misschien');
      expect(result.centralHelpPoint).toBe('samen-doen');
    }
  });

  it('9: a resident of Ommen gets samen-doen on top and eigen-gemeente nee', async () => {
    const { hulppunten, result } = await outcomes(makeAnswers());
    expect(hulppunten['samen-doen']).toBe('ja');
    expect(hulppunten['eigen-gemeente']).toBe('nee');
    expect(result.centralHelpPoint).toBe('samen-doen');
  });

  it('10: te-controleren help points keep their outcome: household 3 gets humanitas and sam-overijssel ja', async () => {
    const { regelingen, hulppunten } = await outcomes(household3);
    expect(
      ommen()
        .file.hulppunten.filter((h) => h.status === 'te-controleren')
        .map((h) => h.id),
    ).toEqual(expect.arrayContaining(['humanitas-hardenberg-ommen', 'sam-overijssel']));
    expect(regelingen.kindregelingen).toBe('misschien');
    expect(hulppunten['humanitas-hardenberg-ommen']).toBe('ja');
    expect(hulppunten['sam-overijssel']).toBe('ja');
  });

  it('10: te-controleren regelingen stay capped at misschien', async () => {
    // kindregelingen is te-controleren with maximaal ja: every condition holds for household 3, still misschien.
    const { result } = await outcomes(household3);
    expect(result.regelingen.kindregelingen).toMatchObject({ outcome: 'misschien', uncapped: 'ja' });
  });
});
