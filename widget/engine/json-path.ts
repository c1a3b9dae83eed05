// JSON Pointer (ajv's instancePath) to the JSONPath form policy staff see: $.regelingen[2].conditions.

export function pointerToPath(pointer: string): string {
  if (pointer === '') return '$';
  return `$${pointer
    .split('/')
    .slice(1)
    .map((raw) => raw.replace(/~1/g, '/').replace(/~0/g, '~'))
    .map((key) => (/^\d+$/.test(key) ? `[${key}]` : /^[A-Za-z_$][\w$]*$/.test(key) ? `.${key}` : `['${key}']`))
    .join('')}`;
}

/** Where a JSON.parse error is, as line and column, from the position Node and browsers report. */
export function jsonErrorPlace(text: string, error: unknown): string {
  const message = error instanceof Error ? error.message : String(error);
  const position = /position (\d+)/.exec(message);
  const lineCol = /line (\d+) column (\d+)/.exec(message);
  if (lineCol) return `regel ${lineCol[1]}, kolom ${lineCol[2]}`;
  if (!position) return 'onbekende plek';
  const before = text.slice(0, Number(position[1]));
  const line = before.split('\n').length;
  return `regel ${line}, kolom ${before.length - before.lastIndexOf('\n')}`;
}
