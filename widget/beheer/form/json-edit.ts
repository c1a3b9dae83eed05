// A form edit is an edit of the parsed file, written back in the file's own layout: its indentation,
// its key order (JSON.parse keeps it) and its final newline. So a form edit gives exactly the text a
// careful hand edit gives, and the editor shows just the changed lines.

export type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

/** The indentation of the first indented line: 2 spaces in the bundled files. */
export function indentOf(text: string): string | number {
  const m = /\n([ \t]+)\S/.exec(text);
  return m?.[1] ?? 2;
}

export function serializeLike(json: unknown, original: string): string {
  const body = JSON.stringify(json, null, indentOf(original));
  return /\n\s*$/.test(original) ? `${body}\n` : body;
}

/** Parse, change, write back. Null when the text is no valid JSON (the form then waits for a fix). */
export function editJson(text: string, change: (file: Record<string, Json>) => void): string | null {
  let file: unknown;
  try {
    file = JSON.parse(text);
  } catch {
    return null;
  }
  if (typeof file !== 'object' || file === null || Array.isArray(file)) return null;
  change(file as Record<string, Json>);
  return serializeLike(file, text);
}
