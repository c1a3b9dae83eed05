// Which condition is the most work, counted with shared conditions expanded where they are used. When the
// check runs out of time, this names the likely place ("condition bomb": a shared condition that uses
// another one ten times, which uses another ten times, ...). Linear in the file: every shared condition
// is sized once.
import { keysPath } from '../editor/json-places.ts';

export interface Heaviest {
  path: string;
  size: number;
}

type Json = unknown;

function isObject(v: Json): v is Record<string, Json> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

/** The heaviest conditions of regelingen, help points and shared conditions, largest first. */
export function heaviestConditions(file: Json, top = 3): Heaviest[] {
  if (!isObject(file)) return [];
  const shared = isObject(file.conditions) ? file.conditions : {};
  const sizes = new Map<string, number>();
  const busy = new Set<string>();
  const sizeOf = (c: Json): number => {
    if (Array.isArray(c)) return c.reduce<number>((n, x) => n + sizeOf(x), 0);
    if (!isObject(c)) return 0;
    if (typeof c.condition === 'string') return 1 + sharedSize(c.condition);
    let n = 1;
    for (const key of ['all', 'any', 'not']) if (key in c) n += sizeOf(c[key]);
    return n;
  };
  const sharedSize = (name: string): number => {
    const known = sizes.get(name);
    if (known !== undefined) return known;
    if (busy.has(name) || !(name in shared)) return 0; // cycles and dangling names are the checker's to report
    busy.add(name);
    const n = sizeOf(shared[name]);
    busy.delete(name);
    sizes.set(name, n);
    return n;
  };
  const out: Heaviest[] = [];
  for (const name of Object.keys(shared)) out.push({ path: keysPath(['conditions', name]), size: sharedSize(name) });
  for (const group of ['regelingen', 'hulppunten'] as const) {
    const list = file[group];
    if (!Array.isArray(list)) continue;
    list.forEach((o, i) => {
      if (isObject(o)) out.push({ path: keysPath([group, i, 'conditions']), size: sizeOf(o.conditions) });
    });
  }
  return out.sort((a, b) => b.size - a.size).slice(0, top);
}
