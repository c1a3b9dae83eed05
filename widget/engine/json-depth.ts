// How deep a parsed JSON value nests, measured without recursion: a file nested 100,000 levels deep must end
// in a located message, not in "Maximum call stack size exceeded" from the first recursive walk after it.
import { prop } from './json-path.ts';

/** Deeper than this is refused before any recursive check runs; rules/ommen.json nests 8 levels. */
export const MAX_DEPTH = 64;

interface Frame {
  value: unknown;
  depth: number;
  parent: Frame | null;
  key: string | number;
}

function pathOf(frame: Frame): string {
  const keys: (string | number)[] = [];
  for (let f: Frame | null = frame; f?.parent; f = f.parent) keys.push(f.key);
  return keys.reverse().reduce<string>((path, k) => (typeof k === 'number' ? `${path}[${k}]` : prop(path, k)), '$');
}

/** The JSONPath of the first object or array nested deeper than `limit`, or null when the value stays within it. */
export function tooDeepAt(json: unknown, limit: number = MAX_DEPTH): string | null {
  const stack: Frame[] = [{ value: json, depth: 0, parent: null, key: '' }];
  while (stack.length > 0) {
    const frame = stack.pop() as Frame;
    const { value, depth } = frame;
    if (typeof value !== 'object' || value === null) continue;
    if (depth + 1 > limit) return pathOf(frame);
    const entries: [string | number, unknown][] = Array.isArray(value) ? value.map((v, i) => [i, v]) : Object.entries(value);
    // Reversed, so the first child is looked at first and the reported place is the first one in the file.
    for (let i = entries.length - 1; i >= 0; i--) {
      const [key, child] = entries[i] as [string | number, unknown];
      if (typeof child === 'object' && child !== null) stack.push({ value: child, depth: depth + 1, parent: frame, key });
    }
  }
  return null;
}
