// Condition bombs: shared conditions b0 -> b1 -> ... where each level names the next twice. Measured without
// expanding, so each answer comes at once; the test timeouts are the guard (no timing assertions).
import { describe, expect, it } from 'vitest';
import { parseRulesText } from '../../widget/engine/checker.ts';
import { MAX_LEAVES } from '../../widget/engine/condition-graph.ts';
import { conditionBomb } from './support/hostile-rules.ts';

const nl = (n: number) => new Intl.NumberFormat('nl-NL').format(n);

describe('condition bombs', () => {
  it('depth 14 (16,384 leaves) stays under the limit and compiles', () => {
    expect(2 ** 14).toBeLessThan(MAX_LEAVES);
    const { rules, problems } = parseRulesText(JSON.stringify(conditionBomb(14)));
    expect(problems).toEqual([]);
    expect(rules).not.toBeNull();
  }, 5_000);

  it('depth 20 (1,048,576 leaves) is refused at the regeling that uses it, with its count', () => {
    const { rules, problems } = parseRulesText(JSON.stringify(conditionBomb(20)));
    expect(rules).toBeNull();
    expect(problems).toHaveLength(1);
    expect(problems[0]?.path).toBe('$.regelingen[0].conditions');
    expect(problems[0]?.message).toContain(`gedeelde voorwaarde "b0" (${nl(2 ** 20)})`);
    expect(problems[0]?.message).toContain(`hoogstens ${nl(MAX_LEAVES)}`);
  }, 1_000);

  it('depth 60 (2^60 leaves, beyond exact doubles) is refused with a saturated count', () => {
    const { rules, problems } = parseRulesText(JSON.stringify(conditionBomb(60)));
    expect(rules).toBeNull();
    expect(problems).toEqual([
      {
        path: '$.regelingen[0].conditions',
        message: expect.stringMatching(
          /^te groot: deze voorwaarde wordt meer dan 10\^15 vergelijkingen .*"b0" \(meer dan 10\^15\)/,
        ),
      },
    ]);
  }, 1_000);
});
