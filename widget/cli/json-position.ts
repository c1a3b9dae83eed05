// Where a JSONPath ($.regelingen[2].conditions.all[0].fact) is in the text of a JSON file, as line and column,
// so `wijzer check` can say "rules/ommen/regelingen/bijstand.json:12:9". jsonc-parser keeps the offsets that
// JSON.parse throws away.
import { findNodeAtLocation, type Node, parseTree } from 'jsonc-parser';
import { lineColumn, pathKeys } from '../engine/json-path.ts';

export interface Position {
  line: number;
  column: number;
}

/**
 * The position of the deepest part of `path` that exists in `text` (a missing field points at its object);
 * a property points at its key. null when the text is no JSON at all.
 */
export function findPosition(text: string, path: string): Position | null {
  const root = parseTree(text);
  if (!root) return null;
  const keys = pathKeys(path) ?? [];
  let node: Node | undefined;
  for (let n = keys.length; n >= 0 && !node; n--) node = findNodeAtLocation(root, keys.slice(0, n));
  if (!node) return lineColumn(text, root.offset);
  const at = node.parent?.type === 'property' ? node.parent : node;
  return lineColumn(text, at.offset);
}

/** The line of `text` at `position` with a caret under the column, for a JSON syntax error. */
export function excerpt(text: string, position: Position): string {
  const line = text.split('\n')[position.line - 1] ?? '';
  const start = Math.max(0, position.column - 40);
  const shown = line.slice(start, start + 80);
  return `  ${shown}\n  ${' '.repeat(position.column - 1 - start)}^`;
}
