// The `wijzer` command as policy staff and the acceptance tests run it: JSON out, one-line errors.
// @vitest-environment node
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { makeAnswers, ommen } from '../support/ommen.ts';

const dir = mkdtempSync(join(tmpdir(), 'wijzer-'));
const file = (name: string, content: unknown) => {
  const path = join(dir, name);
  writeFileSync(path, typeof content === 'string' ? content : JSON.stringify(content));
  return path;
};
const wijzer = (...args: string[]) => {
  const r = spawnSync(process.execPath, ['--import', 'tsx', 'widget/cli/wijzer.ts', ...args], { encoding: 'utf8' });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
};

describe('wijzer', () => {
  it('evaluate: one answers object gives one result with every regeling and help point', () => {
    const r = wijzer(
      'evaluate',
      '--rules',
      'rules/ommen.json',
      '--answers',
      file('one.json', makeAnswers()),
      '--date',
      '2026-07-01',
    );
    expect(r.code).toBe(0);
    const out = JSON.parse(r.stdout);
    expect(out.date).toBe('2026-07-01');
    expect(out.normsOutdated).toBe(false);
    expect(Object.keys(out.regelingen)).toEqual(ommen().file.regelingen.map((r) => r.id));
    expect(Object.keys(out.hulppunten)).toEqual(ommen().file.hulppunten.map((h) => h.id));
    expect(out.regelingen.participatiefonds).toMatchObject({
      outcome: 'ja',
      amount: { value: 100, per: 'jaar', maximaal: false },
    });
    expect(out.regelingen.bijstand.amount).toBeNull();
    expect(out.hulppunten['samen-doen'].outcome).toBe('ja');
  });

  it('evaluate: an array gives an array in the same order', () => {
    const list = [makeAnswers({ netto_inkomen: 1486.47 }), makeAnswers(), {}];
    const r = wijzer('evaluate', '--rules', 'rules/ommen.json', '--answers', file('list.json', list), '--date', '2027-02-01');
    const out = JSON.parse(r.stdout);
    expect(
      out.map((x: { regelingen: { participatiefonds: { outcome: string } } }) => x.regelingen.participatiefonds.outcome),
    ).toEqual(['nee', 'ja', 'misschien']);
    expect(out[0].normsOutdated).toBe(true);
  });

  it('next: the next question, then null', () => {
    expect(
      JSON.parse(
        wijzer('next', '--rules', 'rules/ommen.json', '--answers', file('empty.json', {}), '--date', '2026-07-01').stdout,
      ),
    ).toEqual({
      question: 'woont_in_gemeente',
    });
    expect(
      JSON.parse(wijzer('next', '--rules', 'rules/ommen.json', '--answers', file('full.json', makeAnswers())).stdout),
    ).toEqual({ question: null });
  });

  it('check: the Ommen file passes', () => {
    const r = wijzer('check', '--rules', 'rules/ommen.json', '--today', '2026-11-22');
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout).ok).toBe(true);
  });

  it('check: a broken file fails with one line per problem, naming the place', () => {
    const r = wijzer('check', '--rules', file('broken.json', '{ "gemeente": }'));
    expect(r.code).toBe(1);
    expect(r.stderr.trim()).toMatch(/^.*broken\.json: \$: geen geldige JSON \(regel 1, kolom 15\)$/);
  });

  it('errors are one clear line on stderr with a non-zero exit, never a stack trace', () => {
    const cases = [
      wijzer('evaluate', '--rules', 'rules/ommen.json', '--answers', file('a.json', makeAnswers()), '--date', '2025-12-31'),
      wijzer('evaluate', '--rules', 'rules/ommen.json', '--answers', file('b.json', { leeftijd: 'oud' })),
      wijzer('evaluate', '--rules', 'rules/ommen.json', '--answers', file('c.json', { inkomen: 1 })),
      wijzer('evaluate', '--rules', 'rules/ommen.json', '--answers', join(dir, 'missing.json')),
      wijzer('evaluate', '--rules', 'rules/ommen.json'),
      wijzer('bogus'),
    ];
    for (const c of cases) {
      expect(c.code).not.toBe(0);
      expect(c.stdout).toBe('');
      expect(c.stderr).not.toMatch(/\n\s+at /);
      expect(c.stderr.split('\n')[0]).toMatch(/^wijzer: \S/);
    }
    expect(cases[0]?.stderr).toContain('voor de eerste normperiode');
    expect(cases[1]?.stderr).toContain('"leeftijd"');
  });
});
