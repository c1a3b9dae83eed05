// Where a JSONPath ($.regelingen[2].conditions.all[0].fact) is in the text of a JSON file, as line and column,
// so `wijzer check` can say "rules/ommen/regelingen/bijstand.json:12:9". jsonc-parser keeps the offsets that
// JSON.parse throws away.
import { findNodeAtLocation, type Node, parseTree } from 'jsonc-parser';

export interface Position {
  line: number;
  column: number;
}

/** The keys of a JSONPath as the checks write it: `.key`, `['key']` and `[3]`. */
export function pathKeys(path: string): (string | number)[] {
  const keys: (string | number)[] = [];
  for (const m of path.replace(/^\$/, '').matchAll(/\.([A-Za-z_$][\w$]*)|\['((?:[^'\\]|\\.)*)'\]|\[(\d+)\]/g))
    keys.push(m[3] !== undefined ? Number(m[3]) : (m[1] ?? m[2] ?? ''));
  return keys;
}

/** Line and column (from 1) of an offset. */
export function positionOf(text: string, offset: number): Position {
  const before = text.slice(0, offset);
  return { line: before.split('\n').length, column: offset - before.lastIndexOf('\n') };
}

/**
 * The position of the deepest part of `path` that exists in `text` (a missing field points at its object);
 * a property points at its key. null when the text is no JSON at all.
 */
export function findPosition(text: string, path: string): Position | null {
  const root = parseTree(text);
  if (!root) return null;
  const keys = pathKeys(path);
  let node: Node | undefined;
  for (let n = keys.length; n >= 0 && !node; n--) node = findNodeAtLocation(root, keys.slice(0, n));
  if (!node) return positionOf(text, root.offset);
  const at = node.parent?.type === 'property' ? node.parent : node;
  return positionOf(text, at.offset);
}

/** The line of `text` at `position` with a caret under the column, for a JSON syntax error. */
export function excerpt(text: string, position: Position): string {
  const line = text.split('\n')[position.line - 1] ?? '';
  const start = Math.max(0, position.column - 40);
  const shown = line.slice(start, start + 80);
  return `  ${shown}\n  ${' '.repeat(position.column - 1 - start)}^`;
}
