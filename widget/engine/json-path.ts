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
  return lineColumn(text, lo);
}

/** 1-based line and column of an offset in `text`. */
export function lineColumn(text: string, offset: number): { line: number; column: number } {
  const before = text.slice(0, offset);
  return { line: before.split('\n').length, column: offset - before.lastIndexOf('\n') };
}

const PATH_PART = /\.([A-Za-z_$][\w$]*)|\[(\d+)\]|\['((?:[^'\\]|\\.)*)'\]/y;

/** The keys of a JSONPath as the checks write it (`$.regelingen[2]['a-b']` → ['regelingen', 2, 'a-b']); null for
 *  anything that is not such a path. */
export function pathKeys(path: string): (string | number)[] | null {
  if (!path.startsWith('$')) return null;
  const keys: (string | number)[] = [];
  PATH_PART.lastIndex = 1;
  while (PATH_PART.lastIndex < path.length) {
    const at = PATH_PART.lastIndex;
    const m = PATH_PART.exec(path);
    if (!m || m.index !== at) return null;
    if (m[1] !== undefined) keys.push(m[1]);
    else if (m[2] !== undefined) keys.push(Number(m[2]));
    else keys.push((m[3] ?? '').replace(/\\(.)/g, '$1'));
  }
  return keys;
}

/** `base.key` for identifier-like keys, `base['key']` otherwise: the same form pointerToPath gives. */
export function prop(base: string, key: string): string {
  return /^[A-Za-z_$][\w$]*$/.test(key) ? `${base}.${key}` : `${base}['${key}']`;
}
