// Every example household in every rules file, one test each, so a failure names the household.
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseRulesText } from '../../widget/engine/checker.ts';
import { runExamples } from '../../widget/engine/run-examples.ts';

const files = readdirSync('rules').filter((f) => f.endsWith('.json') && f !== 'schema.json');

describe.each(files)('rules/%s', (name) => {
  const { rules, problems } = parseRulesText(readFileSync(`rules/${name}`, 'utf8'));
  it('loads without problems', () => expect(problems).toEqual([]));
  if (!rules) return;
  it.each(rules.file.examples.map((ex, i) => ({ i, name: ex.name })))('example $i: $name', async ({ i }) => {
    const report = await runExamples({ ...rules, file: { ...rules.file, examples: [rules.file.examples[i]!] } });
    expect(report.failures.map((f) => f.message)).toEqual([]);
  });
});
