// Works out the opening (opening.ts) of a rules file: at build time for the bundled rules
// (widget/build/bundled-rules-plugin.ts), and in the tests that hold the built opening to the engine.
import type { CompiledRules } from './compiled-rules.ts';
import { evaluate } from './evaluate.ts';
import { nextQuestion, remainingQuestions } from './flow.ts';
import type { Opening } from './opening.ts';

/** More days than a rules file's year (with room for a longer period) are not worked through: no opening. */
const MAX_DAYS = 800;

function* days(from: string, until: string): Generator<string> {
  const day = new Date(`${from}T00:00:00Z`);
  for (let n = 0; n < MAX_DAYS && day.toISOString().slice(0, 10) <= until; n++, day.setUTCDate(day.getUTCDate() + 1))
    yield day.toISOString().slice(0, 10);
}

/** The opening on each day of the file's validity, found by evaluating the empty household on every one of those
 *  days; undefined when it differs between days or nothing is asked, and the widget then evaluates as usual. */
export async function openingOf(rules: CompiledRules): Promise<Opening | undefined> {
  const { validFrom: from, validUntil: until } = rules.file;
  let found: Pick<Opening, 'first' | 'total'> | undefined;
  let checked = 0;
  for (const day of days(from, until)) {
    checked++;
    const result = await evaluate(rules, {}, day);
    const first = nextQuestion(rules, {}, result);
    if (first === null) return undefined;
    const total = remainingQuestions(rules, {}, result).length;
    if (found && (found.first !== first || found.total !== total)) return undefined;
    found = { first, total };
  }
  if (checked === MAX_DAYS) return undefined;
  return found && { from, until, ...found };
}
