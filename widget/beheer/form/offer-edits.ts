// Small, named edits of one regeling or help point, for the form: set or remove a value at a place, and
// read numbers the way staff type them ("12,50" or "12.50").
import { isWholeCents } from '../../engine/money.ts';
import type { Json } from './json-edit.ts';

export type Key = string | number;
type Obj = { [key: string]: Json };
const isObj = (v: Json | undefined): v is Obj => typeof v === 'object' && v !== null && !Array.isArray(v);

export function getAt(root: Json, keys: Key[]): Json | undefined {
  let v: Json | undefined = root;
  for (const k of keys) {
    if (Array.isArray(v) && typeof k === 'number') v = v[k];
    else if (isObj(v) && typeof k === 'string') v = v[k];
    else return undefined;
  }
  return v;
}

/**
 * Set a value, creating objects on the way; `undefined` removes the key (an optional text left empty).
 * A new key goes at the end of its object, where a person would type it.
 */
export function setAt(root: Json, keys: Key[], value: Json | undefined): void {
  const parentKeys = keys.slice(0, -1);
  const last = keys.at(-1);
  if (last === undefined) return;
  let parent: Json | undefined = root;
  for (const [i, k] of parentKeys.entries()) {
    let next = getAt(parent as Json, [k]);
    if (next === undefined && value !== undefined) {
      next = typeof keys[i + 1] === 'number' ? [] : {};
      if (isObj(parent as Json) && typeof k === 'string') (parent as Obj)[k] = next;
      else if (Array.isArray(parent) && typeof k === 'number') parent[k] = next;
    }
    parent = next;
  }
  if (Array.isArray(parent) && typeof last === 'number') {
    if (value === undefined) parent.splice(last, 1);
    else parent[last] = value;
  } else if (isObj(parent) && typeof last === 'string') {
    if (value === undefined) delete parent[last];
    else parent[last] = value;
  }
}

/** A typed number: comma or point for decimals, no thousands separators. Null when it is no number. */
export function parseTypedNumber(typed: string): number | null {
  const t = typed.trim().replace(',', '.');
  if (!/^-?\d+(\.\d+)?$/.test(t)) return null;
  return Number(t);
}

/** Euro to the cent, or null ("12,505" has more than 2 decimals). */
export function parseEuro(typed: string): number | null {
  const n = parseTypedNumber(typed);
  return n !== null && n >= 0 && isWholeCents(n) ? n : null;
}

/** A percentage for an income limit: more than 0, at most 1000, at most 2 decimals. */
export function parsePercentage(typed: string): number | null {
  const n = parseTypedNumber(typed);
  return n !== null && n > 0 && n <= 1000 && isWholeCents(n) ? n : null;
}
