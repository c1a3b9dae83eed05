// The opening (widget/engine/opening.ts): the empty household's first question and step count, which the build
// works out for the bundled rules so the widget can show the first question before the engine has loaded. Here it
// is held to the engine itself, on the first and last day it claims and one in between, and to its day limits.
import { describe, expect, it } from 'vitest';
import { bundledRules } from '../../widget/build/bundled-rules-plugin.ts';
import { openingOf } from '../../widget/engine/find-opening.ts';
import { buildCompiledRules, evaluate, nextQuestion, remainingQuestions } from '../../widget/engine/index.ts';
import { type Opening, openingOn } from '../../widget/engine/opening.ts';
import type { RulesFile } from '../../widget/engine/types.ts';
import { splitTexts } from '../../widget/text/localized-parts.ts';
import { ommen, ommenText } from '../support/ommen.ts';

describe('the opening of the Ommen rules', () => {
  it('is the first question and step count the engine gives an empty household on every day it claims', async () => {
    const rules = ommen();
    const opening = await openingOf(rules);
    expect(opening).toBeDefined();
    const { from, until } = opening as Opening;
    expect([from, until]).toEqual([rules.file.validFrom, rules.file.validUntil]);
    for (const day of [from, '2026-07-15', until]) {
      const result = await evaluate(rules, {}, day);
      expect(opening?.first).toBe(nextQuestion(rules, {}, result));
      expect(opening?.total).toBe(remainingQuestions(rules, {}, result).length);
    }
    // For an empty household nothing is ruled out yet: the file's first question, and every question may still come.
    expect(opening?.first).toBe(rules.file.questions[0]?.id);
    expect(opening?.total).toBe(rules.file.questions.length);
  });

  it('is not worked out for a file valid longer than two years (too many days to check)', async () => {
    const file = { ...(JSON.parse(ommenText) as RulesFile), validUntil: '2029-12-31' };
    expect(await openingOf(buildCompiledRules(file))).toBeUndefined();
  });
});

describe('openingOn: the opening only on its own days', () => {
  const opening: Opening = { from: '2026-01-01', until: '2026-12-31', first: 'a', total: 3 };
  it.each([
    ['2025-12-31', undefined],
    ['2026-01-01', opening],
    ['2026-12-31', opening],
    ['2027-01-01', undefined],
  ])('on %s', (day, expected) => {
    expect(openingOn(opening, day)).toBe(expected);
  });
  it('without an opening', () => expect(openingOn(undefined, '2026-06-01')).toBeUndefined());
});

/** A part of virtual:vw-bundled-rules as the plugin writes it, imported as a module. */
async function part(name: string): Promise<Record<string, unknown>> {
  const plugin = bundledRules('rules/ommen.json') as unknown as {
    load(this: { warn(m: string): void }, id: string): Promise<string>;
  };
  const warnings: string[] = [];
  const code = await plugin.load.call({ warn: (m) => warnings.push(m) }, `\0virtual:vw-bundled-rules?vw-part=${name}`);
  expect(warnings).toEqual([]);
  return import(`data:text/javascript,${encodeURIComponent(code)}`);
}

describe('the bundled rules in two parts', () => {
  it('a core without regelingen and hulppunten, with the opening; the offers make it the whole Dutch file', async () => {
    const core = await part('nl');
    const offers = await part('offers');
    const file = core.default as RulesFile;
    expect([file.regelingen, file.hulppunten]).toEqual([[], []]);
    expect(core.opening).toEqual(await openingOf(ommen()));
    const published: RulesFile = { ...(JSON.parse(ommenText) as RulesFile), examples: [] };
    const whole = splitTexts(published, 'nl', 'nl').core;
    expect({ ...file, ...(offers.default as object) }).toEqual(whole);
  });
});
