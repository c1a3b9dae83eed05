// `npm run build` step 2: prints raw / gzip (level 9) / brotli sizes of what the widget loads and fails when the
// ES embed is over budget. Two budgets, only in size-budget.json so raising one is a visible, reviewed change: the
// entry (what is parsed before the first screen paints) and everything a Dutch resident on the default embed loads
// before the first question (entry, app chunk, the bundled rules' Dutch core, the first part of the Dutch interface
// texts).
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';

const root = fileURLToPath(new URL('../../', import.meta.url));
const dist = join(root, 'dist');
const ES_ENTRY = 'voorzieningen-wijzer.es.js';
const IIFE = 'voorzieningen-wijzer.iife.js';
const budget = JSON.parse(readFileSync(new URL('./size-budget.json', import.meta.url), 'utf8'));

function fail(message) {
  process.stderr.write(`\nreport-size: ${message}\n`);
  process.exit(1);
}

if (!existsSync(join(dist, ES_ENTRY))) {
  fail(`${join('dist', ES_ENTRY)} not found: run "vite build" first (does widget/element.ts exist and build?)`);
}

function measure(file) {
  const bytes = readFileSync(join(dist, file));
  return {
    file,
    raw: bytes.length,
    gzip: gzipSync(bytes, { level: 9 }).length,
    brotli: brotliCompressSync(bytes, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length,
  };
}

// Chunks an ES file imports, from the minified output: static `import ... from"./x.js"` / `export ... from"./x.js"`
// load with the entry; dynamic `import("./x.js")` loads later (rules, locales). Vite lib chunks are siblings in dist/.
function importsOf(file) {
  const code = readFileSync(join(dist, file), 'utf8');
  // Quotes may be ', " or ` (rolldown writes dynamic imports with backticks).
  const clean = (spec) => spec.replace(/^\.\//, '');
  const statics = [...code.matchAll(/(?:\bimport|\bexport)\s*(?:[\w$*{}\s,]*?\s*from\s*)?["'`](\.\/[^"'`]+\.js)["'`]/g)].map(
    (m) => clean(m[1]),
  );
  const dynamics = [...code.matchAll(/\bimport\(\s*["'`](\.\/[^"'`]+\.js)["'`]\s*\)/g)].map((m) => clean(m[1]));
  return { statics, dynamics };
}

/** A file and every chunk it imports statically (what loads with it). */
function closure(file, into = new Set()) {
  if (into.has(file)) return into;
  into.add(file);
  for (const s of importsOf(file).statics) closure(s, into);
  return into;
}

/** Walk the ES entry's imports: `initial` = entry + static closure, `lazy` = dynamic chunks (and their closure). */
function esGraph() {
  const initial = new Set();
  const lazy = new Set();
  const visit = (file, isLazy) => {
    if (initial.has(file) || (isLazy && lazy.has(file))) return;
    if (!existsSync(join(dist, file))) fail(`${file} is imported by the ES build but missing from dist/`);
    (isLazy ? lazy : initial).add(file);
    const { statics, dynamics } = importsOf(file);
    for (const s of statics) visit(s, isLazy);
    for (const d of dynamics) visit(d, true);
  };
  visit(ES_ENTRY, false);
  for (const f of initial) lazy.delete(f);
  return { initial: [...initial], lazy: [...lazy] };
}

const sum = (rows) =>
  rows.reduce((t, r) => ({ raw: t.raw + r.raw, gzip: t.gzip + r.gzip, brotli: t.brotli + r.brotli }), {
    raw: 0,
    gzip: 0,
    brotli: 0,
  });

const graph = esGraph();
const initialRows = graph.initial.map(measure);
const lazyRows = graph.lazy.map(measure);
const cssRows = readdirSync(dist)
  .filter((f) => f.endsWith('.css'))
  .map(measure);
const iifeRows = existsSync(join(dist, IIFE)) ? [measure(IIFE)] : [];
const esInitial = sum([...initialRows, ...cssRows]);
const esAll = sum([...initialRows, ...lazyRows, ...cssRows]);

const pad = (v, n) => String(v).padStart(n);
const line = (label, r) => process.stdout.write(`${label.padEnd(48)}${pad(r.raw, 10)}${pad(r.gzip, 10)}${pad(r.brotli, 10)}\n`);
process.stdout.write(
  `\nWidget sizes (bytes; gzip level 9, brotli quality 11)\n${'file'.padEnd(48)}${pad('raw', 10)}${pad('gzip', 10)}${pad('brotli', 10)}\n`,
);
for (const r of initialRows) line(`ES  ${r.file}`, r);
for (const r of lazyRows) line(`ES  ${r.file} (lazy)`, r);
for (const r of cssRows) line(`CSS ${r.file}`, r);
for (const r of iifeRows) line(`IIFE ${r.file}`, r);
// Before the first question, a Dutch resident on the default embed: the entry, the app chunk, the bundled rules'
// Dutch core and the first part of the Dutch interface texts, each with what it imports. Found by their chunk names.
const lazyNamed = (pattern) => {
  const file = graph.lazy.find((f) => pattern.test(f));
  if (!file) fail(`no lazy chunk matches ${pattern}: did a chunk get renamed?`);
  return file;
};
const firstQuestionFiles = new Set(graph.initial);
// The interface texts: the first part of locales/nl.json only (widget/i18n/text-parts.ts); the later part downloads
// after the first question has painted.
for (const pattern of [/^app-mount-[\w-]+\.js$/, /^rules-nl-[\w-]+\.js$/, /^nl-first-[\w-]+\.js$/])
  closure(lazyNamed(pattern), firstQuestionFiles);
const firstQuestion = sum([...firstQuestionFiles].map(measure));

line('ES embed, initial load (entry + static chunks)', esInitial);
line('ES embed, Dutch resident before the first question', firstQuestion);
line('ES embed, everything it can load (+ lazy)', esAll);

const report = {
  budget,
  esInitial,
  firstQuestion: { ...firstQuestion, files: [...firstQuestionFiles] },
  esAll,
  files: { initial: initialRows, lazy: lazyRows, css: cssRows, iife: iifeRows },
};
writeFileSync(join(dist, 'size-report.json'), `${JSON.stringify(report, null, 2)}\n`);

// Other lazy chunks (other languages, wijkteam mode, the checker) are printed and recorded but not budgeted.
const checks = [
  ['the entry (initial load)', esInitial.gzip, budget.entryGzipBytes],
  ['a Dutch resident before the first question', firstQuestion.gzip, budget.firstQuestionGzipBytes],
];
for (const [what, bytes, limit] of checks) {
  if (typeof limit !== 'number') fail(`size-budget.json has no number for ${what}`);
  if (bytes > limit) fail(`${what} is ${bytes} bytes gzip, over the budget of ${limit} (widget/build/size-budget.json)`);
  process.stdout.write(`Budget OK: ${what} ${bytes} of ${limit} bytes gzip (${Math.round((bytes / limit) * 100)} %)\n`);
}
