// `wijzer` options through the engine's one date parser, `--timeout` as whole milliseconds, and the one rules
// reader: a byte order mark is read the same as by the widget, a condition bomb is refused with its place.
// @vitest-environment node
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { conditionBomb } from '../hostile/support/hostile-rules.ts';
import { makeAnswers, ommenText } from '../support/ommen.ts';
import { wijzer } from '../support/wijzer.ts';

const dir = mkdtempSync(join(tmpdir(), 'wijzer-options-'));
const file = (name: string, content: string) => {
  const path = join(dir, name);
  writeFileSync(path, content);
  return path;
};
const answers = file('answers.json', JSON.stringify(makeAnswers()));

const lines = (text: string) => text.split('\n').filter((l) => l !== '');

describe('wijzer dates and timeouts', () => {
  it.each(['2026-02-30', '', 'abc', 'tomorrow'])('check --today "%s": one clear line, exit 2', async (bad) => {
    const r = await wijzer('check', '--rules', 'rules/ommen.json', '--today', bad);
    expect(r.code).toBe(2);
    expect(lines(r.stderr)).toEqual([
      `wijzer: --today "${bad}" is geen bestaande datum: gebruik JJJJ-MM-DD, bijvoorbeeld 2026-07-01`,
    ]);
    expect(r.stdout).toBe('');
  });

  it('evaluate --date 2026-02-30: the same message for --date', async () => {
    const r = await wijzer('evaluate', '--rules', 'rules/ommen.json', '--answers', answers, '--date', '2026-02-30');
    expect(r.code).toBe(2);
    expect(lines(r.stderr)).toEqual([
      'wijzer: --date "2026-02-30" is geen bestaande datum: gebruik JJJJ-MM-DD, bijvoorbeeld 2026-07-01',
    ]);
  });

  it.each(['abc', '0', '600001', '1.5', ''])('links --timeout "%s": one clear line, exit 2, before any request', async (bad) => {
    const r = await wijzer('links', '--rules', 'rules/ommen.json', '--timeout', bad);
    expect(r.code).toBe(2);
    expect(lines(r.stderr)).toEqual([
      `wijzer: --timeout "${bad}" is geen aantal milliseconden: gebruik een heel getal van 1 tot 600000, bijvoorbeeld 10000`,
    ]);
  });
});

describe('wijzer reads rules like the widget does', () => {
  it('a file saved with a byte order mark passes check', async () => {
    const r = await wijzer('check', '--rules', file('bom.json', `\uFEFF${ommenText}`), '--today', '2026-11-22');
    expect(lines(r.stderr).filter((l) => !l.includes('waarschuwing'))).toEqual([]);
    expect(r.code).toBe(0);
  });

  it('an answers file with a byte order mark is read too', async () => {
    const path = file('bom-answers.json', `\uFEFF${JSON.stringify(makeAnswers())}`);
    const r = await wijzer('evaluate', '--rules', 'rules/ommen.json', '--answers', path, '--date', '2026-07-01');
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout).regelingen.participatiefonds.outcome).toBe('ja');
  });

  it('a condition bomb (2^20 leaves in a few kB) is refused with its place, not checked for minutes', async () => {
    const path = file('bomb.json', JSON.stringify(conditionBomb(20)));
    const r = await wijzer('check', '--rules', path, '--today', '2026-11-22');
    expect(r.code).toBe(1);
    expect(lines(r.stderr)).toHaveLength(1);
    expect(lines(r.stderr)[0]).toMatch(
      /^\S+bomb\.json:\d+:\d+: \$\.regelingen\[0\]\.conditions: te groot: .* gedeelde voorwaarde "b0" \(1\.048\.576\); het hele bestand [\d.]+, hoogstens 20\.000$/,
    );
  }, 20_000);
});
