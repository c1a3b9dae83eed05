import { describe, expect, it } from 'vitest';
import {
  type Answers,
  type EvaluationResult,
  evaluate,
  nextQuestion,
  questionReaders,
  remainingQuestions,
} from '../../widget/engine/index.ts';
import { makeAnswers, ommen } from '../support/ommen.ts';

const rules = ommen();
const next = async (answers: Answers) => nextQuestion(rules, answers, await evaluate(rules, answers, '2026-07-01'));

/** Follow the flow, answering from a full household; returns the questions asked. */
async function walk(household: Answers): Promise<{ asked: string[]; answers: Answers }> {
  const answers: Answers = {};
  const asked: string[] = [];
  for (let q = await next(answers); q !== null; q = await next(answers)) {
    asked.push(q);
    answers[q] = household[q] ?? null;
  }
  return { asked, answers };
}

describe('the next question (docs/regels-ommen.md §1, the flow)', () => {
  it('starts with the first question in the file', async () => {
    expect(await next({})).toBe(rules.questions[0]?.id);
  });

  it('asks leeftijd_partner only when heeft_partner is true', async () => {
    const withPartner = await walk(makeAnswers({ heeft_partner: true, leeftijd_partner: 40, netto_inkomen: 1000 }));
    expect(withPartner.asked).toContain('leeftijd_partner');
    const single = await walk(makeAnswers());
    expect(single.asked).not.toContain('leeftijd_partner');
    const unknown = await walk(makeAnswers({ heeft_partner: null }));
    expect(unknown.asked).not.toContain('leeftijd_partner');
  });

  it('a present key, also null ("weet ik niet"), is not asked again', async () => {
    expect(await next({ woont_in_gemeente: null })).not.toBe('woont_in_gemeente');
  });

  it('skips questions no undecided regeling reads: no children means no kinderopvang question', async () => {
    const { asked } = await walk(makeAnswers({ leeftijden_kinderen: [] }));
    expect(asked).not.toContain('kinderopvang');
    const parent = await walk(makeAnswers({ leeftijden_kinderen: [4] }));
    expect(parent.asked).toContain('kinderopvang');
  });

  it('returns null when every outcome is decided', async () => {
    expect(await next(makeAnswers())).toBeNull();
  });

  it('stopping is safe: the outcomes after the flow equal those with every answer given', async () => {
    const households = [
      makeAnswers(),
      makeAnswers({ woont_in_gemeente: false, netto_inkomen: 5000 }),
      makeAnswers({
        leeftijd: 70,
        heeft_partner: true,
        leeftijd_partner: 68,
        netto_inkomen: 2000,
        vermogen: 20000,
        woonsituatie: 'koop',
      }),
      makeAnswers({ leeftijd: 29, leeftijden_kinderen: [3, 13], netto_inkomen: 1300, kinderopvang: true, schulden: true }),
      makeAnswers({ leeftijd: 19, heeft_partner: true, leeftijd_partner: 20, leeftijden_kinderen: [1], netto_inkomen: 900 }),
    ];
    for (const household of households) {
      const { asked, answers } = await walk(household);
      const full = await evaluate(rules, household, '2026-07-01');
      const partial = await evaluate(rules, answers, '2026-07-01');
      for (const group of ['regelingen', 'hulppunten'] as const) {
        for (const id of Object.keys(full[group])) {
          expect(partial[group][id]?.outcome, `${id} after asking ${asked.join(',')}`).toBe(full[group][id]?.outcome);
        }
      }
      expect(asked.length).toBeLessThanOrEqual(rules.questions.length);
    }
  });

  it('remaining questions shrink as answers come in and exclude answered ones', async () => {
    const empty = await evaluate(rules, {}, '2026-07-01');
    const before = remainingQuestions(rules, {}, empty);
    expect(before, 'not ruled out while heeft_partner is not answered').toContain('leeftijd_partner');
    const single = { woont_in_gemeente: true, leeftijd: 34, heeft_partner: false };
    const after = remainingQuestions(rules, single, await evaluate(rules, single, '2026-07-01'));
    expect(after).not.toContain('leeftijd_partner');
    expect(after).not.toContain('leeftijd');
    expect(after.length).toBeLessThan(before.length);
  });

  it('questionReaders says which regelingen an answer matters for', () => {
    const readers = questionReaders(rules);
    expect(readers.netto_inkomen).toEqual(expect.arrayContaining(['participatiefonds', 'bijstand', 'zorgtoeslag', 'gblt']));
    expect(readers.kinderopvang).toEqual(['kinderopvangtoeslag']);
    expect(readers.tekort_voor_eten).toEqual(['voedselbank-hardenberg-ommen', 'kledingbank-ommen']);
  });
});

describe('evaluations at the same time', () => {
  it('give the same results as one after the other (json-rules-engine keeps one run status per engine)', async () => {
    const households = [
      makeAnswers(),
      makeAnswers({ schulden: true, netto_inkomen: null }),
      makeAnswers({ leeftijd: 70, heeft_partner: true, leeftijd_partner: 68 }),
      {},
    ];
    const sequential: EvaluationResult[] = [];
    for (const h of households) sequential.push(await evaluate(rules, h, '2026-07-01'));
    // Staggered starts, so one run finishes while another has just begun: the case that lost rules.
    const ticks = async (n: number) => {
      for (let i = 0; i < n; i++) await Promise.resolve();
    };
    const starts = Array.from({ length: 200 }, (_, i) => i);
    const together = await Promise.all(
      starts.map(async (i) => {
        await ticks(i);
        return evaluate(rules, households[i % households.length] as Answers, '2026-07-01');
      }),
    );
    expect(together).toEqual(starts.map((i) => sequential[i % households.length]));
  });
});
