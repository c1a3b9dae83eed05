// `wijzer check` for people: a short Dutch summary instead of JSON. What is in the file, every problem with
// file:line:column, the example households that do not hold (expected against got), and how fresh it is.
import type { CheckReport } from '../engine/checker.ts';
import type { RulesFile, RulesProblem } from '../engine/types.ts';
import { excerpt, type Position } from './json-position.ts';

export interface CheckResult {
  /** The file or source folder given on the command line. */
  target: string;
  report: CheckReport;
  /** The (bundled) file as parsed, null when it is no JSON. */
  file: Partial<RulesFile> | null;
  /** The (bundled) text that was checked. */
  text: string;
  /** The norms' end when it is near (a warning) or past (the check fails); null when far or unknown. */
  deadline: { expired: boolean; problem: RulesProblem } | null;
  /** Per error, then per warning: the source file and position of its JSONPath. */
  places: { file: string; position: Position | null }[];
}

const count = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;
const where = (p: CheckResult['places'][number] | undefined, fallback: string) =>
  p ? `${p.file}${p.position ? `:${p.position.line}:${p.position.column}` : ''}` : fallback;

/** A JSON syntax error names line and column; show that line with a caret. */
function syntaxExcerpt(result: CheckResult, message: string): string | null {
  const m = /^geen geldige JSON \(regel (\d+), kolom (\d+)\)/.exec(message);
  if (!m) return null;
  return excerpt(result.text, { line: Number(m[1]), column: Number(m[2]) });
}

export function checkText(result: CheckResult, today: string): string {
  const { report, file, target } = result;
  const lines: string[] = [];
  const name = file?.gemeente?.name;
  lines.push(`Controle van ${target}${name ? ` (${name}, versie ${file?.version ?? '?'})` : ''}, peildatum ${today}`);
  if (file && Array.isArray(file.regelingen)) {
    const examples = report.examples;
    lines.push(
      `  ${count(file.regelingen.length, 'regeling', 'regelingen')}, ${count(file.hulppunten?.length ?? 0, 'hulppunt', 'hulppunten')}, ` +
        `${count(file.questions?.length ?? 0, 'vraag', 'vragen')}, ${count(file.examples?.length ?? 0, 'voorbeeldhuishouden', 'voorbeeldhuishoudens')}` +
        (examples ? ` (${examples.passed} kloppen)` : ''),
    );
  }

  const exampleErrors = report.errors.map((e, i) => ({ e, i })).filter(({ e }) => e.path.startsWith('$.examples['));
  const otherErrors = report.errors.map((e, i) => ({ e, i })).filter(({ e }) => !e.path.startsWith('$.examples['));
  if (otherErrors.length > 0) {
    lines.push('', `Fouten (${otherErrors.length}):`);
    for (const { e, i } of otherErrors) {
      lines.push(`  ${where(result.places[i], target)}  ${e.path}`, `    ${e.message}`);
      const shown = syntaxExcerpt(result, e.message);
      if (shown) lines.push(shown);
    }
  }
  const failures = report.examples?.failures ?? [];
  if (failures.length > 0) {
    const byExample = new Map<number, typeof failures>();
    for (const f of failures) byExample.set(f.index, [...(byExample.get(f.index) ?? []), f]);
    lines.push('', `Voorbeeldhuishoudens die niet kloppen (${byExample.size}):`);
    for (const list of byExample.values()) {
      const first = exampleErrors.find(({ e }) => e.path === list[0]?.path);
      lines.push(`  "${list[0]?.name}"  ${where(first ? result.places[first.i] : undefined, target)}`);
      for (const f of list) lines.push(`    ${f.path.replace(/^\$\.examples\[\d+\]\.?/, '') || 'uitkomst'}: ${f.message}`);
    }
  }
  const warnings = report.warnings
    .map((w, i) => ({ w, i: report.errors.length + i }))
    .filter(({ w }) => w.path !== '$.norms.validUntil');
  if (warnings.length > 0) {
    lines.push('', `Waarschuwingen (${warnings.length}):`);
    for (const { w, i } of warnings) lines.push(`  ${where(result.places[i], target)}  ${w.message}`);
  }
  const { deadline } = result;
  lines.push('', 'Actualiteit:');
  if (deadline) lines.push(`  ${deadline.expired ? 'FOUT: ' : ''}${deadline.problem.message}.`);
  else if (typeof file?.norms?.validUntil === 'string')
    lines.push(`  De normen gelden tot ${file.norms.validUntil.split('-').reverse().join('-')}.`);
  else lines.push('  onbekend: het bestand kon niet worden gelezen.');
  const ok = report.ok && !deadline?.expired;
  lines.push('', ok ? 'Resultaat: in orde.' : 'Resultaat: NIET in orde. Los de fouten hierboven op.');
  return `${lines.join('\n')}\n`;
}
