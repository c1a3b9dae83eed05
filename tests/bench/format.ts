// The bench report as markdown: one block that `npm run bench` prints and that `--write-docs` puts between the
// markers in docs/kwaliteit.md, so the published tables are always a run's output and never typed by hand.
// Pure functions only (tests/bench/format.test.ts runs them without a browser or a timer).
import { fmt, fmtSpread, type Spread } from './measure.ts';

export const BLOCK_START = '<!-- bench:start -->';
export const BLOCK_END = '<!-- bench:end -->';

export interface Machine {
  cores: number;
  cpu: string;
  node: string;
  /** browser.version(), or null when Chromium did not run. */
  chromium: string | null;
}

export interface StartupFigure {
  scenario: string;
  /** When the widget's first control is there to paint, ms after navigation start. */
  widget: Spread;
  /** When the bare page's heading is there to paint, same rounds. */
  bare: Spread;
  /** Per round: widget first control − bare heading. */
  difference: Spread;
  /** "Beginnen" clicked the moment it shows → the first question (wijkteam: first screen → first input, which
   *  its scenario name says). */
  next: Spread;
}

export interface EvaluationFigure {
  set: string;
  engine: string;
  /** Wall ms per warm evaluate() (batch means); CPU ms beside it, the steadier figure on a shared machine. */
  warm: Spread;
  warmCpu: Spread;
  floorWarm: Spread;
  floorWarmCpu: Spread;
  /** Parse, schema and meaning checks, compile, first evaluate(); `checks` is that sample's parse + checks. */
  cold: Spread;
  checks: Spread;
}

export interface FileSize {
  path: string;
  raw: number;
  gzip: number;
}

export interface BytesFigure {
  /** Requested before the first question entered the DOM: what it needed. */
  files: FileSize[];
  raw: number;
  gzip: number;
  /** Requested after that, before the frame that painted it (in the sum of neither). */
  beforePaint: FileSize[];
  /** From the first question in the DOM to the frame that painted it. */
  paintGapMs: number;
}

/** A figure of the --full extras (wijkteam keystrokes, long tasks, …): a label and a preformatted value. */
export interface ExtraFigure {
  label: string;
  value: string;
}

export interface Report {
  /** When the run started, ISO 8601. */
  startedAt: string;
  wallSeconds: number;
  machine: Machine;
  /** os.loadavg() (1, 5, 15 minutes) at the start and at the end. */
  load: { start: number[]; end: number[] };
  peildatum: string;
  /** CPU slowdown of the start-up pages. */
  rate: number;
  startup: StartupFigure[];
  evaluation: EvaluationFigure[];
  bytes: BytesFigure | null;
  extras: ExtraFigure[];
  /** What this run left out (flags), said in the block so a table is never mistaken for a full run. */
  omitted: string[];
}

const int = (n: number) => Math.round(n).toLocaleString('en-US');
const ratio = (a: number, b: number) => (b > 0 ? `${(a / b).toFixed(1)}x` : '-');
const load = (xs: number[]) => xs.map((x) => x.toFixed(2)).join(' / ');
const row = (cells: (string | number)[]) => `| ${cells.join(' | ')} |`;

function header(r: Report): string {
  const m = r.machine;
  const when = `${r.startedAt.slice(0, 10)} ${r.startedAt.slice(11, 16)} UTC`;
  const chromium = m.chromium ? `Chromium ${m.chromium}` : 'no Chromium';
  return (
    `\`npm run bench\`, ${when}: ${m.cores} cores (${m.cpu}), Node ${m.node}, ${chromium}; ` +
    `load average (1 / 5 / 15 min) ${load(r.load.start)} at the start, ${load(r.load.end)} at the end; ` +
    `${r.wallSeconds.toFixed(0)} s wall. Every figure: median (min-max).` +
    (r.omitted.length > 0 ? ` Not in this run: ${r.omitted.join('; ')}.` : '')
  );
}

function startupTable(r: Report): string[] {
  if (r.startup.length === 0) return [];
  return [
    `**Start-up** (the documented embed: \`<voorzieningen-wijzer>\` and \`dist/voorzieningen-wijzer.es.js\`, bundled ` +
      `Ommen rules; served gzip; a fresh browser context per sample; CPU ${r.rate}x slowdown; each round a bare page ` +
      '(one `<h1>`) right before each widget page; times from navigation start to the frame in which the element is there to paint)',
    '',
    row(['scenario', 'widget first control', 'bare page heading', 'difference', 'ratio', '"Beginnen" → first question', 'n']),
    row(['---', '---:', '---:', '---:', '---:', '---:', '---:']),
    ...r.startup.map((s) =>
      row([
        s.scenario,
        fmtSpread(s.widget),
        fmtSpread(s.bare),
        fmtSpread(s.difference),
        ratio(s.widget.median, s.bare.median),
        fmtSpread(s.next),
        s.widget.n,
      ]),
    ),
    '',
  ];
}

function evaluationTable(r: Report): string[] {
  if (r.evaluation.length === 0) return [];
  return [
    `**Evaluation** (\`evaluate()\` per household in Node, peildatum ${r.peildatum}; warm: wall time per call on ` +
      'compiled rules, batch means; floor: the plain evaluator (tests/bench/plain-evaluator.ts); ratio: engine / floor, ' +
      'wall and CPU time; cold: parse, schema and meaning checks, compile and the first call, of which the checks)',
    '',
    row(['set', 'engine', 'engine warm', 'floor warm', 'ratio (wall / CPU)', 'cold', 'of cold: checks']),
    row(['---', '---', '---:', '---:', '---:', '---:', '---:']),
    ...r.evaluation.map((e) =>
      row([
        e.set,
        e.engine,
        fmtSpread(e.warm),
        fmtSpread(e.floorWarm),
        `${ratio(e.warm.median, e.floorWarm.median)} / ${ratio(e.warmCpu.median, e.floorWarmCpu.median)}`,
        fmtSpread(e.cold),
        fmt(e.checks.median),
      ]),
    ),
    '',
  ];
}

function bytesTable(r: Report): string[] {
  if (!r.bytes) return [];
  return [
    '**Bytes a Dutch resident loads before the first question** (one more sample of the nl start-up page: every ' +
      `file Chromium asked for before the first question entered the page; gzip level 9, as a server sends it)`,
    '',
    row(['file', 'gzip', 'raw']),
    row(['---', '---:', '---:']),
    ...r.bytes.files.map((f) => row([`\`${f.path}\``, int(f.gzip), int(f.raw)])),
    row(['**total**', `**${int(r.bytes.gzip)}**`, `**${int(r.bytes.raw)}**`]),
    ...r.bytes.beforePaint.map((f) =>
      row([
        `\`${f.path}\` (not in the total: asked for after the first question entered the page, ` +
          `${fmt(r.bytes?.paintGapMs ?? 0)} before the frame that painted it)`,
        int(f.gzip),
        int(f.raw),
      ]),
    ),
    '',
  ];
}

function extrasTable(r: Report): string[] {
  if (r.extras.length === 0) return [];
  return [
    '**More figures** (`--full`)',
    '',
    row(['figure', 'value']),
    row(['---', '---:']),
    ...r.extras.map((x) => row([x.label, x.value])),
    '',
  ];
}

/** The markdown block, without the markers: a header line with date, machine and load, then the tables. */
export function renderReport(r: Report): string {
  return [header(r), '', ...startupTable(r), ...evaluationTable(r), ...bytesTable(r), ...extrasTable(r)].join('\n').trimEnd();
}

/** `doc` with everything between the two markers replaced by `block` (the markers stay). Throws, naming `where`,
 *  when a marker is missing, doubled or out of order: a silent append would leave stale tables beside new ones. */
export function replaceBenchBlock(doc: string, block: string, where = 'the document'): string {
  const start = doc.indexOf(BLOCK_START);
  const end = doc.indexOf(BLOCK_END);
  const problem =
    start < 0 || end < 0
      ? `has no ${start < 0 ? BLOCK_START : BLOCK_END} marker`
      : doc.indexOf(BLOCK_START, start + 1) >= 0 || doc.indexOf(BLOCK_END, end + 1) >= 0
        ? 'has a marker twice'
        : end < start
          ? `has ${BLOCK_END} before ${BLOCK_START}`
          : null;
  if (problem)
    throw new Error(`${where} ${problem}: add ${BLOCK_START} and ${BLOCK_END} on their own lines around the bench tables`);
  return `${doc.slice(0, start + BLOCK_START.length)}\n${block.trim()}\n${doc.slice(end)}`;
}
