// The checker's problems with their place in the text, for the lint markers and the problem list. A JSON
// syntax error is placed and worded by json-places.ts: the checker's JSON.parse knows no better place than $.
import type { CheckReport, RulesProblem } from '../../engine/checker.ts';
import { isTextValue, lineColumn, parseForPlaces, placeOfPath, syntaxProblem } from './json-places.ts';

export interface PlacedProblem {
  severity: 'error' | 'warning';
  message: string;
  /** The checker's JSONPath; '' for a syntax error. */
  path: string;
  from: number;
  to: number;
  line: number;
  column: number;
  /** Whatever else the checker said about it, shown as it is. */
  extra: string[];
  /** The checker's "Bedoelt u …?" as an edit: the misspelt name replaced by the known one. */
  fix: { from: number; to: number; insert: string; name: string } | null;
}

/** A checker problem; `suggestion` is the known name a misspelt one most likely means ("Bedoelt u …?"). */
type CheckerProblem = RulesProblem & { suggestion?: string };

/** Extra text fields a checker problem may carry besides path and message, shown as they are. */
function extraTexts(p: RulesProblem): string[] {
  return Object.entries(p)
    .filter(([k, v]) => !['path', 'message', 'suggestion'].includes(k) && typeof v === 'string' && v !== '')
    .map(([, v]) => v as string);
}

export function placeProblems(text: string, report: CheckReport): PlacedProblem[] {
  const syntax = syntaxProblem(text);
  if (syntax) {
    const { line, column } = lineColumn(text, syntax.from);
    return [
      {
        severity: 'error',
        message: syntax.message,
        path: '',
        from: syntax.from,
        to: syntax.to,
        line,
        column,
        extra: [],
        fix: null,
      },
    ];
  }
  const root = parseForPlaces(text);
  const place = (p: CheckerProblem, severity: PlacedProblem['severity']): PlacedProblem => {
    const at = placeOfPath(root, p.path) ?? { from: 0, to: 0 };
    const { line, column } = lineColumn(text, at.from);
    // Only a name written as a JSON text can be swapped for the suggestion (not an object or a key).
    const named = p.suggestion !== undefined && isTextValue(root, p.path);
    const fix = named && p.suggestion ? { ...at, insert: JSON.stringify(p.suggestion), name: p.suggestion } : null;
    return { severity, message: p.message, path: p.path, ...at, line, column, extra: extraTexts(p), fix };
  };
  return [...report.errors.map((p) => place(p, 'error')), ...report.warnings.map((p) => place(p, 'warning'))];
}
