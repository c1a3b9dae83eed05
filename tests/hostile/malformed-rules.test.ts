// 1000 certainly-invalid rules files: parseRulesText rejects each one with at least one problem that has a
// JSONPath, and never throws (a host page must get a message, not an exception).
import { describe, expect, it } from 'vitest';
import { parseRulesText } from '../../widget/engine/checker.ts';
import { ommenText } from '../support/ommen.ts';
import { malformedRulesFiles } from './support/mutate-rules.ts';

const files = malformedRulesFiles(ommenText, 1000);

describe('malformed rules files', () => {
  it('the unmutated file loads, so every rejection below is caused by its mutation', () => {
    expect(parseRulesText(ommenText).problems).toEqual([]);
  });

  it('1000 mutated files: all rejected with a located problem, none throws', () => {
    const accepted: string[] = [];
    const badProblems: string[] = [];
    for (const [i, { kind, text }] of files.entries()) {
      const { rules, problems } = parseRulesText(text);
      if (rules !== null || problems.length === 0) accepted.push(`#${i} ${kind}`);
      for (const p of problems) {
        if (typeof p.path !== 'string' || !p.path.startsWith('$') || typeof p.message !== 'string' || p.message.length === 0) {
          badProblems.push(`#${i} ${kind}: ${JSON.stringify(p)}`);
        }
      }
    }
    expect(accepted).toEqual([]);
    expect(badProblems).toEqual([]);
  }, 60_000);

  it('covers every kind of damage', () => {
    const kinds = new Set(files.map((f) => f.kind.split(':')[0]));
    expect([...kinds].sort()).toEqual(
      [
        'cycle',
        'deep-nesting',
        'huge-number',
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
