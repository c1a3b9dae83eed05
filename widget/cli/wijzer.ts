// `npm run --silent wijzer -- <command>`: the engine on the command line for policy staff and tests.
// Output is JSON on stdout; every error is one line on stderr and a non-zero exit, never a stack trace.
import { readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { type Answers, type CompiledRules, checkRulesText, evaluate, nextQuestion, parseRulesText } from '../engine/checker.ts';
import { parseDate } from '../engine/peildatum.ts';
import { checkLinks } from './check-links.ts';
import { publicResult } from './public-result.ts';

const USAGE = `gebruik: wijzer <opdracht> [opties]
  evaluate --rules FILE --answers FILE [--date JJJJ-MM-DD]
  next     --rules FILE --answers FILE [--date JJJJ-MM-DD]
  check    --rules FILE [--today JJJJ-MM-DD]
  links    --rules FILE [--timeout MS]`;

class CliError extends Error {}

function read(path: string | undefined, what: string): string {
  if (!path) throw new CliError(`--${what} ontbreekt\n${USAGE}`);
  try {
    return readFileSync(path, 'utf8');
  } catch {
    throw new CliError(`kan ${what}-bestand "${path}" niet lezen`);
  }
}

function loadRules(path: string | undefined): CompiledRules {
  const { rules, problems } = parseRulesText(read(path, 'rules'));
  if (!rules) throw new CliError(problems.map((p) => `${path}: ${p.path}: ${p.message}`).join('\n'));
  return rules;
}

function loadAnswers(path: string | undefined): { list: Answers[]; single: boolean } {
  const text = read(path, 'answers');
  let json: unknown;
  try {
    // One leading byte order mark is dropped, as parseRulesText does for a rules file.
    json = JSON.parse(text.startsWith('\uFEFF') ? text.slice(1) : text);
  } catch {
    throw new CliError(`${path}: geen geldige JSON`);
  }
  return Array.isArray(json) ? { list: json as Answers[], single: false } : { list: [json as Answers], single: true };
}

type Options = Record<string, string | undefined>;

/** A date option through the engine's one date parser; absent stays absent, anything else unusable is an error. */
function dateOption(o: Options, name: 'date' | 'today'): string | undefined {
  const text = o[name];
  if (text === undefined) return undefined;
  const date = parseDate(text);
  if (date === null)
    throw new CliError(`--${name} "${text}" is geen bestaande datum: gebruik JJJJ-MM-DD, bijvoorbeeld 2026-07-01`);
  return date;
}

/** `--timeout`: whole milliseconds, 1 up to 10 minutes. */
function timeoutOption(o: Options): number {
  const text = o.timeout ?? '10000';
  const ms = /^\d+$/.test(text.trim()) ? Number(text) : Number.NaN;
  if (!(ms >= 1 && ms <= 600_000))
    throw new CliError(
      `--timeout "${text}" is geen aantal milliseconden: gebruik een heel getal van 1 tot 600000, bijvoorbeeld 10000`,
    );
  return ms;
}

const commands: Record<string, (o: Options) => Promise<{ output: unknown; exit: number }>> = {
  async evaluate(o) {
    const rules = loadRules(o.rules);
    const { list, single } = loadAnswers(o.answers);
    const results = [];
    for (const answers of list) results.push(publicResult(await evaluate(rules, answers, dateOption(o, 'date'))));
    return { output: single ? results[0] : results, exit: 0 };
  },
  async next(o) {
    const rules = loadRules(o.rules);
    const { list, single } = loadAnswers(o.answers);
    const results = [];
    for (const answers of list)
      results.push({ question: nextQuestion(rules, answers, await evaluate(rules, answers, dateOption(o, 'date'))) });
    return { output: single ? results[0] : results, exit: 0 };
  },
  async check(o) {
    const today = dateOption(o, 'today');
    const report = await checkRulesText(read(o.rules, 'rules'), today);
    for (const p of report.errors) process.stderr.write(`${o.rules}: ${p.path}: ${p.message}\n`);
    for (const p of report.warnings) process.stderr.write(`${o.rules}: waarschuwing: ${p.path}: ${p.message}\n`);
    return { output: report, exit: report.ok ? 0 : 1 };
  },
  async links(o) {
    const timeout = timeoutOption(o);
    const report = await checkLinks(loadRules(o.rules).file, timeout);
    for (const b of report.broken) process.stderr.write(`${o.rules}: ${b.path}: ${b.url}: ${b.problem}\n`);
    return { output: report, exit: report.broken.length === 0 ? 0 : 1 };
  },
};

async function main(argv: string[]): Promise<number> {
  const [name, ...rest] = argv;
  const command = name ? commands[name] : undefined;
  if (!command) throw new CliError(name ? `onbekende opdracht "${name}"\n${USAGE}` : USAGE);
  let values: Options;
  try {
    values = parseArgs({
      args: rest,
      options: {
        rules: { type: 'string' },
        answers: { type: 'string' },
        date: { type: 'string' },
        today: { type: 'string' },
        timeout: { type: 'string' },
      },
    }).values as Options;
  } catch (e) {
    throw new CliError(`${(e as Error).message}\n${USAGE}`);
  }
  const { output, exit } = await command(values);
  process.stdout.write(`${JSON.stringify(output, null, 2)}\n`);
  return exit;
}

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (e: unknown) => {
    // Known problems (bad date, bad answers, bad file) are the user's to fix: one line each, no trace.
    process.stderr.write(`wijzer: ${e instanceof Error ? e.message : String(e)}\n`);
    process.exitCode = 2;
  },
);
