// The `wijzer` command for policy staff, CI and tests: `run(argv, io)` does everything but touch the process,
// so tests call it in-process; wijzer.ts is the thin entry that the build turns into dist/cli/wijzer.js.
// Exit codes: 0 fine, 1 the rules (or links) have problems, 2 the command itself was wrong (usage, unreadable
// file, bad answers). Errors are one line on stderr, never a stack trace.
import { readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { type Answers, type CompiledRules, checkRulesText, evaluate, nextQuestion, parseRulesText } from '../engine/checker.ts';
import { normsDeadline } from '../engine/freshness.ts';
import { parseDate, todayInAmsterdam } from '../engine/peildatum.ts';
import type { RulesFile, RulesProblem } from '../engine/types.ts';
import { checkLinks } from './check-links.ts';
import { type CheckResult, checkText } from './check-text.ts';
import { findPosition } from './json-position.ts';
import { publicResult } from './public-result.ts';
import { type Bundle, bundleRules, SourceError, splitRules } from './rules-source.ts';
import { readFolder, writeFolder } from './source-folder.ts';

export const USAGE = `gebruik: wijzer <opdracht> [opties]
  check    BESTAND|MAP [--today JJJJ-MM-DD] [--text|--json]
  bundle   MAP [-o BESTAND]
  split    BESTAND MAP
  evaluate --rules BESTAND --answers BESTAND [--date JJJJ-MM-DD]
  next     --rules BESTAND --answers BESTAND [--date JJJJ-MM-DD]
  links    --rules BESTAND [--timeout MS]`;

export interface Io {
  out(text: string): void;
  err(text: string): void;
  /** stdout is a terminal: `check` then writes a summary for people instead of JSON. */
  tty: boolean;
}

class CliError extends Error {}

type Options = Record<string, string | boolean | undefined>;
interface Parsed {
  options: Options;
  positionals: string[];
}

function read(path: string | undefined, what: string): string {
  if (!path) throw new CliError(`${what} ontbreekt\n${USAGE}`);
  try {
    return readFileSync(path, 'utf8');
  } catch {
    throw new CliError(`kan ${what} "${path}" niet lezen`);
  }
}

/** A date option through the engine's one date parser; absent stays absent, anything else unusable is an error. */
function dateOption(options: Options, name: 'date' | 'today'): string | undefined {
  const text = options[name];
  if (text === undefined || typeof text === 'boolean') return undefined;
  const date = parseDate(text);
  if (date === null)
    throw new CliError(`--${name} "${text}" is geen bestaande datum: gebruik JJJJ-MM-DD, bijvoorbeeld 2026-07-01`);
  return date;
}

/** `--timeout`: whole milliseconds, 1 up to 10 minutes. */
function timeoutOption(options: Options): number {
  const text = str(options.timeout) ?? '10000';
  const ms = /^\d+$/.test(text.trim()) ? Number(text) : Number.NaN;
  if (!(ms >= 1 && ms <= 600_000))
    throw new CliError(
      `--timeout "${text}" is geen aantal milliseconden: gebruik een heel getal van 1 tot 600000, bijvoorbeeld 10000`,
    );
  return ms;
}

function loadRules(path: string | undefined): CompiledRules {
  const { rules, problems } = parseRulesText(read(path, 'regelbestand'));
  if (!rules) throw new CliError(problems.map((p) => `${path}: ${p.path}: ${p.message}`).join('\n'));
  return rules;
}

function loadAnswers(path: string | undefined): { list: Answers[]; single: boolean } {
  const text = read(path, 'antwoordenbestand');
  let json: unknown;
  try {
    // One leading byte order mark is dropped, as parseRulesText does for a rules file.
    json = JSON.parse(text.startsWith('\uFEFF') ? text.slice(1) : text);
  } catch {
    throw new CliError(`${path}: geen geldige JSON`);
  }
  return Array.isArray(json) ? { list: json as Answers[], single: false } : { list: [json as Answers], single: true };
}

const isFolder = (path: string) => {
  try {
    return statSync(path).isDirectory();
  } catch {
    return false;
  }
};

const str = (v: string | boolean | undefined) => (typeof v === 'string' ? v : undefined);

/** The file (or source folder) to check, then every problem with its source file and position. */
export async function checkTarget(target: string, today: string): Promise<CheckResult> {
  let text: string;
  let bundle: Bundle | null = null;
  let sources: Map<string, string> | null = null;
  if (isFolder(target)) {
    sources = readFolder(target);
    try {
      bundle = bundleRules(sources);
    } catch (e) {
      if (!(e instanceof SourceError)) throw e;
      const [file, ...rest] = e.message.split(': ');
      const named = rest.length > 0 && sources.has(file as string);
      return {
        target,
        report: {
          ok: false,
          errors: [{ path: '$', message: named ? rest.join(': ') : e.message }],
          warnings: [],
          examples: null,
        },
        file: null,
        text: '',
        deadline: null,
        places: [{ file: named ? join(target, file as string) : target, position: null }],
      };
    }
    text = bundle.text;
  } else text = read(target, 'regelbestand');
  const report = await checkRulesText(text, today);
  let file: CheckResult['file'] = null;
  try {
    file = JSON.parse(text);
  } catch {}
  // The norms' end counts even when the file has other problems: a stale file must never look fresh.
  const deadline = typeof file?.norms?.validUntil === 'string' ? normsDeadline(file as RulesFile, today) : null;
  const place = (p: RulesProblem) => {
    const syntax = /^geen geldige JSON \(regel (\d+), kolom (\d+)\)/.exec(p.message);
    if (syntax) return { file: target, position: { line: Number(syntax[1]), column: Number(syntax[2]) } };
    if (!bundle || !sources) return { file: target, position: findPosition(text, p.path) };
    const at = bundle.locate(p.path);
    return { file: join(target, at.file), position: findPosition(sources.get(at.file) ?? '', at.path) };
  };
  const places = [...report.errors, ...report.warnings].map(place);
  return { target, report, file, text, deadline, places };
}

const commands: Record<string, (p: Parsed, io: Io) => Promise<number>> = {
  async check({ options, positionals }, io) {
    const target = positionals[0] ?? str(options.rules);
    if (!target) throw new CliError(`regelbestand of map ontbreekt\n${USAGE}`);
    if (!isFolder(target)) read(target, 'regelbestand');
    const today = dateOption(options, 'today') ?? todayInAmsterdam();
    const result = await checkTarget(target, today);
    const expired = result.deadline?.expired ?? false;
    const ok = result.report.ok && !expired;
    if (options.text || (io.tty && !options.json)) {
      io.out(checkText(result, today));
      return ok ? 0 : 1;
    }
    const { report, places } = result;
    const at = (i: number) => {
      const p = places[i];
      return p ? `${p.file}${p.position ? `:${p.position.line}:${p.position.column}` : ''}` : target;
    };
    report.errors.forEach((p, i) => io.err(`${at(i)}: ${p.path}: ${p.message}\n`));
    report.warnings.forEach((p, i) => {
      const kind = expired && p.path === '$.norms.validUntil' ? '' : 'waarschuwing: ';
      io.err(`${at(report.errors.length + i)}: ${kind}${p.path}: ${p.message}\n`);
    });
    io.out(`${JSON.stringify({ ...report, ok, normsExpired: expired }, null, 2)}\n`);
    return ok ? 0 : 1;
  },
  async bundle({ options, positionals }, io) {
    const dir = positionals[0];
    if (!dir || !isFolder(dir)) throw new CliError(`${dir ? `"${dir}" is geen map` : 'map ontbreekt'}\n${USAGE}`);
    let text: string;
    try {
      text = bundleRules(readFolder(dir)).text;
    } catch (e) {
      if (e instanceof SourceError) throw new CliError(`${dir}/${e.message}`);
      throw e;
    }
    const out = str(options.output);
    if (out) writeFileSync(out, text);
    else io.out(text);
    return 0;
  },
  async split({ positionals }, io) {
    const [file, dir] = positionals;
    if (!file || !dir) throw new CliError(`bestand en map ontbreken\n${USAGE}`);
    try {
      const files = splitRules(read(file, 'regelbestand'));
      writeFolder(dir, files);
      io.err(`${files.size} bestanden geschreven in ${dir}\n`);
    } catch (e) {
      if (e instanceof SourceError) throw new CliError(`${file}: ${e.message}`);
      throw e;
    }
    return 0;
  },
  async evaluate({ options }, io) {
    const rules = loadRules(str(options.rules));
    const { list, single } = loadAnswers(str(options.answers));
    const results = [];
    for (const answers of list) results.push(publicResult(await evaluate(rules, answers, dateOption(options, 'date'))));
    io.out(`${JSON.stringify(single ? results[0] : results, null, 2)}\n`);
    return 0;
  },
  async next({ options }, io) {
    const rules = loadRules(str(options.rules));
    const { list, single } = loadAnswers(str(options.answers));
    const results = [];
    for (const answers of list)
      results.push({ question: nextQuestion(rules, answers, await evaluate(rules, answers, dateOption(options, 'date'))) });
    io.out(`${JSON.stringify(single ? results[0] : results, null, 2)}\n`);
    return 0;
  },
  async links({ options }, io) {
    const path = str(options.rules);
    const timeout = timeoutOption(options);
    const report = await checkLinks(loadRules(path).file, timeout);
    for (const b of report.broken) io.err(`${path}: ${b.path}: ${b.url}: ${b.problem}\n`);
    io.out(`${JSON.stringify(report, null, 2)}\n`);
    return report.broken.length === 0 ? 0 : 1;
  },
};

/** Runs one command line; resolves to the exit code. Never throws for anything a user can cause. */
export async function run(argv: string[], io: Io): Promise<number> {
  const [name, ...rest] = argv;
  if (name === undefined || name === 'help' || name === '--help' || name === '-h') {
    (name === undefined ? io.err : io.out)(`${USAGE}\n`);
    return name === undefined ? 2 : 0;
  }
  // Own properties only: `wijzer constructor` or `wijzer toString` must not reach Object.prototype.
  const command = Object.hasOwn(commands, name) ? commands[name] : undefined;
  try {
    if (!command) throw new CliError(`onbekende opdracht "${name}"\n${USAGE}`);
    let parsed: Parsed;
    try {
      const { values, positionals } = parseArgs({
        args: rest,
        allowPositionals: true,
        options: {
          rules: { type: 'string' },
          answers: { type: 'string' },
          date: { type: 'string' },
          today: { type: 'string' },
          timeout: { type: 'string' },
          output: { type: 'string', short: 'o' },
          text: { type: 'boolean' },
          json: { type: 'boolean' },
        },
      });
      parsed = { options: values, positionals };
    } catch (e) {
      throw new CliError(`${(e as Error).message}\n${USAGE}`);
    }
    return await command(parsed, io);
  } catch (e) {
    // Known problems (bad date, bad answers, bad file) are the user's to fix: one line each, no trace.
    io.err(`wijzer: ${e instanceof Error ? e.message : String(e)}\n`);
    return 2;
  }
}
