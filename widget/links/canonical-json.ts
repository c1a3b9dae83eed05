// Canonical JSON for link payloads, result codes and the rules hash: object keys sorted, and built by hand
// so a host page's `Array.prototype.toJSON` or `Object.prototype.toJSON` (Prototype.js and friends) cannot
// change or double-encode what we hash or put in a link. JSON.stringify is used on primitives only: the
// spec calls toJSON on objects, never on a string, number or boolean.

/** The JSON text of `value` with sorted keys; undefined members are left out, as JSON.stringify does. */
export function canonicalJson(value: unknown): string {
  if (value === null || typeof value !== 'object') {
    // Non-finite numbers become null, like JSON.stringify; functions and undefined cannot be encoded.
    if (typeof value === 'number') return Number.isFinite(value) ? String(value) : 'null';
    if (typeof value === 'string' || typeof value === 'boolean') return JSON.stringify(value);
    return 'null';
  }
  if (Array.isArray(value)) return `[${value.map((v) => (v === undefined ? 'null' : canonicalJson(v))).join(',')}]`;
  const record = value as Record<string, unknown>;
  const members = Object.keys(record)
    .filter((k) => record[k] !== undefined && typeof record[k] !== 'function')
    .sort()
    .map((k) => `${JSON.stringify(k)}:${canonicalJson(record[k])}`);
  return `{${members.join(',')}}`;
}
