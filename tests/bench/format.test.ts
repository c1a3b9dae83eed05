// The bench's markdown block and its place in docs/kwaliteit.md: pure functions, no browser and no timer (the
// timings themselves are never asserted on; they live in `npm run bench`).
import { describe, expect, it } from 'vitest';
import { BLOCK_END, BLOCK_START, type Report, renderReport, replaceBenchBlock } from './format.ts';
import { spread } from './measure.ts';

const report = (over: Partial<Report> = {}): Report => ({
  startedAt: '2026-12-03T12:34:56.000Z',
  wallSeconds: 21.6,
  machine: { cores: 2, cpu: 'Test CPU 9000', node: 'v20.20.2', chromium: '150.0.7871.100' },
  load: { start: [0.5, 0.25, 0.125], end: [1.5, 1, 0.75] },
  peildatum: '2026-07-01',
  rate: 4,
  startup: [
    {
      scenario: 'nl',
      widget: spread([300, 250, 400]),
      bare: spread([100, 125, 150]),
      difference: spread([200, 125, 250]),
      next: spread([500, 600, 700]),
    },
  ],
  evaluation: [
    {
      set: 'Ommen',
      engine: 'shimmed (shipped)',
      warm: spread([0.3, 0.2, 0.25]),
      warmCpu: spread([0.2, 0.2, 0.2]),
      floorWarm: spread([0.1, 0.1, 0.1]),
      floorWarmCpu: spread([0.05, 0.05, 0.05]),
      cold: spread([20, 30, 40]),
      checks: spread([15, 16, 17]),
    },
  ],
  bytes: {
    files: [
      { path: '/dist/voorzieningen-wijzer.es.js', raw: 43435, gzip: 10471 },
      { path: '/dist/app-mount-x.js', raw: 148129, gzip: 36421 },
    ],
    raw: 191564,
    gzip: 46892,
    beforePaint: [{ path: '/dist/after-questions-y.js', raw: 12594, gzip: 3784 }],
    paintGapMs: 87.5,
  },
  extras: [],
  omitted: [],
  ...over,
});

describe('replaceBenchBlock', () => {
  const doc = `# Kwaliteit\n\nintro\n\n${BLOCK_START}\nold table\n${BLOCK_END}\n\nafter\n`;

  it('replaces only what is between the markers and keeps them', () => {
    const out = replaceBenchBlock(doc, 'new table');
    expect(out).toBe(`# Kwaliteit\n\nintro\n\n${BLOCK_START}\nnew table\n${BLOCK_END}\n\nafter\n`);
  });

  it('gives the same document when run twice with the same block', () => {
    const once = replaceBenchBlock(doc, '| a |\n| b |\n');
    expect(replaceBenchBlock(once, '| a |\n| b |\n')).toBe(once);
  });

  it.each([
    ['no start marker', `x\n${BLOCK_END}\n`, BLOCK_START],
    ['no end marker', `${BLOCK_START}\nx\n`, BLOCK_END],
    ['a doubled start marker', `${BLOCK_START}\n${BLOCK_START}\n${BLOCK_END}\n`, 'twice'],
    ['a doubled end marker', `${BLOCK_START}\n${BLOCK_END}\n${BLOCK_END}\n`, 'twice'],
    ['the markers in the wrong order', `${BLOCK_END}\nx\n${BLOCK_START}\n`, 'before'],
  ])('refuses a document with %s, naming the file', (_, text, said) => {
    expect(() => replaceBenchBlock(text, 'new', 'docs/kwaliteit.md')).toThrow(said);
    expect(() => replaceBenchBlock(text, 'new', 'docs/kwaliteit.md')).toThrow('docs/kwaliteit.md');
  });
});

describe('renderReport', () => {
  it('starts with the date, the machine and the load at start and end', () => {
    const first = renderReport(report()).split('\n')[0] ?? '';
    for (const part of ['2026-12-03 12:34 UTC', '2 cores', 'Test CPU 9000', 'Node v20.20.2', 'Chromium 150.0.7871.100'])
      expect(first).toContain(part);
    expect(first).toContain('0.50 / 0.25 / 0.13 at the start');
    expect(first).toContain('1.50 / 1.00 / 0.75 at the end');
    expect(first).toContain('22 s wall');
  });

  it('gives each start-up scenario its medians with the range, the ratio to the bare page and n', () => {
    const line = renderReport(report())
      .split('\n')
      .find((l) => l.startsWith('| nl |'));
    // widget median 300, bare median 125: ratio 2.4x; difference median 200; next median 600.
    expect(line).toBe(
      '| nl | 300 ms (250 ms-400 ms) | 125 ms (100 ms-150 ms) | 200 ms (125 ms-250 ms) | 2.4x | 600 ms (500 ms-700 ms) | 3 |',
    );
  });

  it('writes a negative difference (the bare page slower in a round) in ms, and big times with separators', () => {
    const startup = [{ ...(report().startup[0] as Report['startup'][number]), difference: spread([-37.6, 1203, 200]) }];
    const line = renderReport(report({ startup }))
      .split('\n')
      .find((l) => l.startsWith('| nl |'));
    expect(line).toContain('| 200 ms (-37.6 ms-1,203 ms) |');
  });

  it('gives the evaluation ratio engine / floor in wall and CPU time', () => {
    const line = renderReport(report())
      .split('\n')
      .find((l) => l.startsWith('| Ommen |'));
    expect(line).toContain('| 250 µs (200 µs-300 µs) | 100 µs (100 µs-100 µs) | 2.5x / 4.0x |');
    expect(line).toContain('| 30.0 ms (20.0 ms-40.0 ms) | 16.0 ms |');
  });

  it('lists every file loaded before the first question and the total', () => {
    const lines = renderReport(report()).split('\n');
    expect(lines).toContain('| `/dist/app-mount-x.js` | 36,421 | 148,129 |');
    expect(lines).toContain('| **total** | **46,892** | **191,564** |');
  });

  it('lists a file asked for between the first question entering the page and its paint apart, outside the total', () => {
    const lines = renderReport(report()).split('\n');
    const total = lines.findIndex((l) => l.startsWith('| **total**'));
    const later = lines.findIndex((l) => l.startsWith('| `/dist/after-questions-y.js`'));
    expect(later).toBeGreaterThan(total);
    expect(lines[later]).toContain('not in the total');
    expect(lines[later]).toContain('87.5 ms before the frame that painted it');
    expect(lines[later]).toContain('| 3,784 | 12,594 |');
  });

  it('says what the run left out, and leaves out tables it has no figures for', () => {
    const text = renderReport(
      report({
        startup: [],
        bytes: null,
        machine: { ...report().machine, chromium: null },
        omitted: ['Chromium (`--no-browser`)'],
      }),
    );
    expect(text).toContain('Not in this run: Chromium (`--no-browser`).');
    expect(text).toContain('no Chromium');
    expect(text).not.toContain('**Start-up**');
    expect(text).not.toContain('**Bytes');
    expect(text).toContain('**Evaluation**');
  });

  it('puts the --full figures in their own table', () => {
    const text = renderReport(report({ extras: [{ label: 'wijkteam keystroke', value: '9.5 ms (6.6 ms-16.2 ms)' }] }));
    expect(text).toContain('| wijkteam keystroke | 9.5 ms (6.6 ms-16.2 ms) |');
  });
});
