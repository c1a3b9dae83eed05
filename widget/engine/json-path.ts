// JSON Pointer (ajv's instancePath) to the JSONPath form policy staff see: $.regelingen[2].conditions.

/** The keys of a JSON Pointer, unescaped. */
export function pointerKeys(pointer: string): string[] {
  return pointer
    .split('/')
    .slice(1)
    .map((raw) => raw.replace(/~1/g, '/').replace(/~0/g, '~'));
}

export function pointerToPath(pointer: string): string {
  return pointerKeys(pointer).reduce((path, key) => (/^\d+$/.test(key) ? `${path}[${key}]` : prop(path, key)), '$');
}

/** True when `text` is a valid JSON start that merely ends too soon (or is complete). */
const endOfInput = (text: string) => {
  try {
    JSON.parse(text);
    return true;
  } catch (e) {
    const message = e instanceof Error ? e.message : '';
    const position = /position (\d+)/.exec(message);
    // V8 reports "position N" with N = the length for several "ran out" errors ("Expected property name").
    return /end of (JSON )?(input|data)/i.test(message) || (position !== null && Number(position[1]) >= text.length);
  }
};

/**
 * Where a JSON.parse error is, as line and column. V8 (Node 20, Chromium) no longer reports a position,
 * so find the shortest prefix that fails for another reason than "unexpected end": a valid prefix only
 * ever runs out of input, so the first character that breaks it is where the problem is.
 */
export function jsonErrorPlace(text: string, error: unknown): string {
  const { line, column } = jsonErrorPosition(text, error);
  return `regel ${line}, kolom ${column}`;
}

/** The line and column (from 1) of a JSON.parse error in `text`. */
export function jsonErrorPosition(text: string, error: unknown): { line: number; column: number } {
  const message = error instanceof Error ? error.message : String(error);
  const lineCol = /line (\d+) column (\d+)/.exec(message);
  if (lineCol) return { line: Number(lineCol[1]), column: Number(lineCol[2]) };
  let lo = 0;
  let hi = text.length;
  while (lo < hi) {
    const mid = Math.floor((lo + hi) / 2);
    if (endOfInput(text.slice(0, mid + 1))) lo = mid + 1;
    else hi = mid;
  }
  const before = text.slice(0, lo);
  return { line: before.split('\n').length, column: before.length - before.lastIndexOf('\n') };
}

/** `base.key` for identifier-like keys, `base['key']` otherwise: the same form pointerToPath gives. */
export function prop(base: string, key: string): string {
  return /^[A-Za-z_$][\w$]*$/.test(key) ? `${base}.${key}` : `${base}['${key}']`;
}
