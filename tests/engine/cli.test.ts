// The `wijzer` command as policy staff, CI and the acceptance tests run it. Logic runs in-process through
// run(); in `npm run test:all` two tests spawn the real command to prove the process glue (exit code, stdout,
// stderr), and tests/support/wijzer.ts runs the option and rules-reading cases through it too.
// @vitest-environment node
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { run, USAGE } from '../../widget/cli/main.ts';
import { makeAnswers, ommen } from '../support/ommen.ts';
import { ALL_TESTS } from '../support/test-tier.ts';

const dir = mkdtempSync(join(tmpdir(), 'wijzer-'));
const file = (name: string, content: unknown) => {
  const path = join(dir, name);
  writeFileSync(path, typeof content === 'string' ? content : JSON.stringify(content, null, 2));
  return path;
};

async function wijzer(args: string[], tty = false) {
  let stdout = '';
  let stderr = '';
  const code = await run(args, { out: (t) => (stdout += t), err: (t) => (stderr += t), tty });
  return { code, stdout, stderr };
}

describe('wijzer evaluate and next', () => {
  it('evaluate: one answers object gives one result with every regeling and help point', async () => {
    const r = await wijzer([
      'evaluate',
      '--rules',
      'rules/ommen.json',
      '--answers',
      file('one.json', makeAnswers()),
      '--date',
      '2026-07-01',
    ]);
    expect(r.code).toBe(0);
    const out = JSON.parse(r.stdout);
    expect(out.date).toBe('2026-07-01');
    expect(out.normsOutdated).toBe(false);
    expect(Object.keys(out.regelingen)).toEqual(ommen().file.regelingen.map((x) => x.id));
    expect(Object.keys(out.hulppunten)).toEqual(ommen().file.hulppunten.map((h) => h.id));
    expect(out.regelingen.participatiefonds).toMatchObject({
      outcome: 'ja',
      amount: { value: 100, per: 'jaar', maximaal: false },
    });
    expect(out.regelingen.bijstand.amount).toBeNull();
    expect(out.hulppunten['samen-doen'].outcome).toBe('ja');
  });

  it('evaluate: an array gives an array in the same order', async () => {
    const list = [makeAnswers({ netto_inkomen: 1486.47 }), makeAnswers(), {}];
    const r = await wijzer([
      'evaluate',
      '--rules',
      'rules/ommen.json',
      '--answers',
      file('list.json', list),
      '--date',
      '2027-02-01',
    ]);
    const out = JSON.parse(r.stdout);
    expect(
      out.map((x: { regelingen: { participatiefonds: { outcome: string } } }) => x.regelingen.participatiefonds.outcome),
    ).toEqual(['nee', 'ja', 'misschien']);
    expect(out[0].normsOutdated).toBe(true);
  });

  it('next: the next question, then null', async () => {
    const first = await wijzer([
      'next',
      '--rules',
      'rules/ommen.json',
      '--answers',
      file('empty.json', {}),
      '--date',
      '2026-07-01',
    ]);
    expect(JSON.parse(first.stdout)).toEqual({ question: 'woont_in_gemeente' });
    const last = await wijzer(['next', '--rules', 'rules/ommen.json', '--answers', file('full.json', makeAnswers())]);
    expect(JSON.parse(last.stdout)).toEqual({ question: null });
  });

  it('errors are one clear line on stderr with exit 2, never a stack trace', async () => {
    const cases = await Promise.all([
      wijzer(['evaluate', '--rules', 'rules/ommen.json', '--answers', file('a.json', makeAnswers()), '--date', '2025-12-31']),
      wijzer(['evaluate', '--rules', 'rules/ommen.json', '--answers', file('b.json', { leeftijd: 'oud' })]),
      wijzer(['evaluate', '--rules', 'rules/ommen.json', '--answers', file('c.json', { inkomen: 1 })]),
      wijzer(['evaluate', '--rules', 'rules/ommen.json', '--answers', join(dir, 'missing.json')]),
      wijzer(['evaluate', '--rules', 'rules/ommen.json']),
      wijzer(['check', join(dir, 'missing.json')]),
      wijzer(['check', 'rules/ommen.json', '--bogus']),
    ]);
    for (const c of cases) {
      expect(c.code).toBe(2);
      expect(c.stdout).toBe('');
      expect(c.stderr).not.toMatch(/\n\s+at /);
      expect(c.stderr.split('\n')[0]).toMatch(/^wijzer: \S/);
    }
    expect(cases[0]?.stderr).toContain('voor de eerste normperiode');
    expect(cases[1]?.stderr).toContain('"leeftijd"');
  });
});

describe('unknown commands', () => {
  it.each(['constructor', 'toString', 'hasOwnProperty', 'valueOf', '__proto__', 'foo'])(
    '"%s" prints the usage and exits 2',
    async (name) => {
      const r = await wijzer([name, '--rules', 'rules/ommen.json']);
      expect(r.code).toBe(2);
      expect(r.stdout).toBe('');
      expect(r.stderr).toBe(`wijzer: onbekende opdracht "${name}"\n${USAGE}\n`);
    },
  );

  it('no command prints the usage and exits 2; --help prints it and exits 0', async () => {
    expect(await wijzer([])).toEqual({ code: 2, stdout: '', stderr: `${USAGE}\n` });
    expect(await wijzer(['--help'])).toEqual({ code: 0, stdout: `${USAGE}\n`, stderr: '' });
  });
});

describe('wijzer check', () => {
  it('JSON when stdout is no terminal (machines, tests): the Ommen file passes', async () => {
    const r = await wijzer(['check', 'rules/ommen.json', '--today', '2026-11-22']);
    expect(r.code).toBe(0);
    const out = JSON.parse(r.stdout);
    expect(out).toMatchObject({ ok: true, errors: [], normsExpired: false });
    expect(out.examples.total).toBe(ommen().file.examples.length);
    // --rules FILE still works, as does --json on a terminal.
    const old = await wijzer(['check', '--rules', 'rules/ommen.json', '--today', '2026-11-22', '--json'], true);
    expect(JSON.parse(old.stdout).ok).toBe(true);
  });

  it('a Dutch summary on a terminal or with --text: counts, warnings with file:line:column, freshness', async () => {
    const r = await wijzer(['check', 'rules/ommen.json', '--today', '2026-10-01'], true);
    expect(r.code).toBe(0);
    const f = ommen().file;
    expect(r.stdout).toContain(
      `${f.regelingen.length} regelingen, ${f.hulppunten.length} hulppunten, ${f.questions.length} vragen, ${f.examples.length} voorbeeldhuishoudens (${f.examples.length} kloppen)`,
    );
    const line =
      readFileSync('rules/ommen.json', 'utf8')
        .split('\n')
        .findIndex((l) => l.includes('"te-controleren"')) + 1;
    expect(r.stdout).toContain(
      `rules/ommen.json:${line}:7  "${f.regelingen.find((x) => x.status === 'te-controleren')?.id}" is te-controleren`,
    );
    expect(r.stdout).toContain('Actualiteit:\n  De normen gelden tot 31-12-2026.');
    expect(r.stdout.trimEnd().endsWith('Resultaat: in orde.')).toBe(true);
    expect((await wijzer(['check', 'rules/ommen.json', '--today', '2026-10-01', '--text'])).stdout).toBe(r.stdout);
  });

  it('a JSON syntax error shows its line and column and the line with a caret', async () => {
    const broken = file('broken.json', '{\n  "gemeente": {\n    "name": "X",,\n  }\n}\n');
    const json = await wijzer(['check', broken]);
    expect(json.code).toBe(1);
    expect(json.stderr.trim()).toBe(`${broken}:3:17: $: geen geldige JSON (regel 3, kolom 17)`);
    const text = await wijzer(['check', broken, '--text']);
    expect(text.code).toBe(1);
    expect(text.stdout).toContain(
      `${broken}:3:17  $\n    geen geldige JSON (regel 3, kolom 17)\n      "name": "X",,\n                  ^\n`,
    );
  });

  it('a problem and a failing example household name their line; the example says expected against got', async () => {
    const f = JSON.parse(readFileSync('rules/ommen.json', 'utf8'));
    f.regelingen[6].conditions.all.push({ fact: 'inkomen', operator: 'lessThan', value: 3 });
    const bad = file('problem.json', f);
    const r = await wijzer(['check', bad, '--text', '--today', '2026-11-22']);
    expect(r.code).toBe(1);
    const lines = readFileSync(bad, 'utf8').split('\n');
    const at = lines.findIndex((l) => l.includes('"inkomen"')) + 1;
    expect(r.stdout).toContain(`${bad}:${at}:`);
    expect(r.stdout).toContain('onbekend feit "inkomen"');

    const g = JSON.parse(readFileSync('rules/ommen.json', 'utf8'));
    g.examples[3].expect.regelingen.bijstand = 'ja';
    const wrong = file('example.json', g);
    const e = await wijzer(['check', wrong, '--text', '--today', '2026-11-22']);
    expect(e.code).toBe(1);
    expect(e.stdout).toContain(`Voorbeeldhuishoudens die niet kloppen (1):\n  "${g.examples[3].name}"  ${wrong}:`);
    expect(e.stdout).toContain('    expect.regelingen.bijstand: verwacht ja, uitkomst misschien');
    expect(e.stdout).toContain('Resultaat: NIET in orde.');
  });

  it('a source folder: checks its bundle and names the source file of each problem', async () => {
    const folder = join(dir, 'ommen');
    cpSync('rules/ommen', folder, { recursive: true });
    const ok = await wijzer(['check', folder, '--today', '2026-11-22']);
    expect(ok.code).toBe(0);
    const path = join(folder, 'regelingen', 'bijstand.json');
    const r = JSON.parse(readFileSync(path, 'utf8'));
    r.conditions.all.push({ fact: 'inkomen', operator: 'lessThan', value: 3 });
    writeFileSync(path, JSON.stringify(r, null, 2));
    const at =
      readFileSync(path, 'utf8')
        .split('\n')
        .findIndex((l) => l.includes('"inkomen"')) + 1;
    const bad = await wijzer(['check', folder, '--today', '2026-11-22']);
    expect(bad.code).toBe(1);
    expect(bad.stderr.split('\n')[0]).toMatch(
      new RegExp(`^${path.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}:${at}:\\d+: \\$\\.regelingen\\[6\\]`),
    );
    writeFileSync(join(folder, 'regelingen', 'extra.json'), '{ "id": "extra" }');
    const stray = await wijzer(['check', folder, '--text', '--today', '2026-11-22']);
    expect(stray.code).toBe(1);
    expect(stray.stdout).toContain(
      `${join(folder, 'regelingen', 'extra.json')}  $\n    staat niet in gemeente.json bij "volgorde.regelingen"`,
    );
  });

  it.each([
    ['2026-10-31', 0, null],
    ['2026-11-01', 0, 'De normen gelden tot 31-12-2026: werk ze bij voor 1 januari'],
    ['2026-12-31', 0, 'De normen gelden tot 31-12-2026: werk ze bij voor 1 januari'],
    ['2027-01-01', 1, 'FOUT: De normen gelden tot 31-12-2026 en zijn verlopen: voeg de nieuwe normperiode toe'],
  ])('on %s: exit %d, freshness %s', async (today, code, message) => {
    const r = await wijzer(['check', 'rules/ommen.json', '--today', today, '--text']);
    expect(r.code).toBe(code);
    const freshness = r.stdout.split('Actualiteit:\n')[1]?.split('\n')[0];
    expect(freshness).toBe(message ? `  ${message}.` : '  De normen gelden tot 31-12-2026.');
    const json = JSON.parse((await wijzer(['check', 'rules/ommen.json', '--today', today])).stdout);
    expect(json.ok).toBe(code === 0);
    expect(json.normsExpired).toBe(code === 1);
  });
});

describe('wijzer split and bundle', () => {
  it('split writes the folder, bundle -o writes the same file back, bundle without -o prints it', async () => {
    const folder = join(dir, 'split');
    const s = await wijzer(['split', 'rules/voorbeeldgemeente.json', folder]);
    expect(s.code).toBe(0);
    expect(JSON.parse(readFileSync(join(folder, 'gemeente.json'), 'utf8')).volgorde.regelingen).toEqual(
      JSON.parse(readFileSync('rules/voorbeeldgemeente.json', 'utf8')).regelingen.map((r: { id: string }) => r.id),
    );
    const out = join(dir, 'bundled.json');
    expect((await wijzer(['bundle', folder, '-o', out])).code).toBe(0);
    expect(readFileSync(out, 'utf8')).toBe(readFileSync('rules/voorbeeldgemeente.json', 'utf8'));
    expect((await wijzer(['bundle', folder])).stdout).toBe(readFileSync('rules/voorbeeldgemeente.json', 'utf8'));
  });

  it('bundle of a broken folder is one line naming the file, exit 2', async () => {
    const r = await wijzer(['bundle', join(dir, 'nope')]);
    expect(r).toMatchObject({ code: 2, stdout: '' });
    expect(r.stderr.split('\n')[0]).toBe(`wijzer: "${join(dir, 'nope')}" is geen map`);
  });
});

// A Node start with tsx each: test:all only (tests/support/test-tier.ts).
describe.runIf(ALL_TESTS)('the real process', () => {
  const spawn = (...args: string[]) =>
    spawnSync(process.execPath, ['--import', 'tsx', 'widget/cli/wijzer.ts', ...args], { encoding: 'utf8' });

  it('check: exit 0 and JSON on stdout when piped', () => {
    const r = spawn('check', 'rules/ommen.json', '--today', '2026-11-22');
    expect(r.status).toBe(0);
    expect(JSON.parse(r.stdout).ok).toBe(true);
  });

  it('an unknown command: usage on stderr, exit 2', () => {
    const r = spawn('constructor');
    expect(r.status).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toContain('gebruik: wijzer <opdracht>');
  });
});
