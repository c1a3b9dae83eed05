// 1000 certainly-invalid rules files: parseRulesText rejects each one, never throws, and reports the problem
// that its own kind of damage must cause (place and message). A file refused only by the generic catch-all, or
// for another reason, fails the suite: so removing one check makes its class fail (docs/hostile-rules.md).
import { describe, expect, it } from 'vitest';
import { parseRulesText } from '../../widget/engine/checker.ts';
import { ommenText } from '../support/ommen.ts';
import { runs } from '../support/test-tier.ts';
import { type Expected, malformedRulesFiles } from './support/mutate-rules.ts';

// HOSTILE_FILES: a set number of files (npm test: 100, npm run test:all: 1000) (the mutation test in
// docs/hostile-rules.md uses 280, ten of each kind).
const files = malformedRulesFiles(ommenText, Number(process.env.HOSTILE_FILES ?? runs(1000)));
const matches = (p: { path: string; message: string }, e: Expected) =>
  (typeof e.path === 'string' ? p.path === e.path : e.path.test(p.path)) && e.message.test(p.message);

describe('malformed rules files', () => {
  it('the unmutated file loads, so every rejection below is caused by its mutation', () => {
    expect(parseRulesText(ommenText).problems).toEqual([]);
  });

  it('one leading byte order mark is dropped: the file loads as without it (a second one is refused, see garbage)', () => {
    const { rules, problems } = parseRulesText(`\uFEFF${ommenText}`);
    expect(problems).toEqual([]);
    expect(rules?.file.gemeente.name).toBe(JSON.parse(ommenText).gemeente.name);
  });

  // One test per kind of damage, so a check that is removed shows up as the kinds that fail (docs/hostile-rules.md,
  // mutation table).
  const kinds = [...new Set(files.map((f) => f.kind))];
  it.each(kinds)('%s: each file refused with the problem its damage must cause, none by the catch-all', (kind) => {
    const wrong: string[] = [];
    for (const [i, f] of files.entries()) {
      if (f.kind !== kind) continue;
      const { rules, problems } = parseRulesText(f.text);
      const e = f.expect;
      const why = () => `#${i}: expected ${e.path} ${e.message}, got ${JSON.stringify(problems.slice(0, 3))}`;
      if (rules !== null || !problems.some((p) => matches(p, e))) wrong.push(why());
      else if (problems.some((p) => p.message.startsWith('het bestand kon niet worden gelezen'))) wrong.push(why());
    }
    expect(wrong.slice(0, 5)).toEqual([]);
  });

  it('covers every kind of damage', () => {
    const kinds = new Set(files.map((f) => f.kind.split(':')[0]));
    expect([...kinds].sort()).toEqual(
      [
        'bidi',
        'condition-bomb',
        'cycle',
        'deep-nesting',
        'huge-number',
        'inherited-id',
        'invalid-json',
        'missing-key',
        'missing-param',
        'unknown-fact',
        'unknown-fact-ref',
        'unknown-shared-condition',
        'wrong-type',
      ].sort(),
    );
  });
});
