// The edited rules file as a download: built in the browser from the editor text, never uploaded. Before
// it goes out, a raised version (when staff want it) and today's lastChecked on every regeling and help
// point that changed compared to the opened file.
import { editJson, type Json } from './form/json-edit.ts';

/** The media type of a rules file, for downloads and blob: URLs. */
export const RULES_TYPE = 'application/json';

/** A file name for the download: the opened file's name, or the gemeente's, ending in .json. */
export function downloadName(opened: string): string {
  const base = opened.replace(/\.json$/i, '').replace(/[^a-zA-Z0-9._-]+/g, '-') || 'regels';
  return `${base}.json`;
}

/**
 * The next version in the form YYYY.MM.N: the next number within this month, else number 1 of this month.
 * A version already ahead of today (prepared for next month) keeps its month and counts on.
 */
export function nextVersion(current: string, today: string): string {
  const month = today.slice(0, 7).replace('-', '.');
  const m = /^(\d{4})\.(\d{2})\.(\d+)$/.exec(current.trim());
  if (m && `${m[1]}.${m[2]}` >= month) return `${m[1]}.${m[2]}.${Number(m[3]) + 1}`;
  return `${month}.1`;
}

type Obj = { [key: string]: Json };
const isObj = (v: Json | undefined): v is Obj => typeof v === 'object' && v !== null && !Array.isArray(v);

function usedShared(c: Json | undefined, out: Set<string>): Set<string> {
  if (isObj(c)) {
    if (typeof c.condition === 'string') out.add(c.condition);
    for (const k of ['all', 'any', 'not']) usedShared(c[k], out);
  } else if (Array.isArray(c)) for (const x of c) usedShared(x, out);
  return out;
}

function withoutLastChecked(o: Obj): string {
  const { lastChecked: _, ...rest } = o;
  return JSON.stringify(rest);
}

export interface EditedOffer {
  group: 'regelingen' | 'hulppunten';
  id: string;
  officialName: string;
}

/**
 * Regelingen and help points that differ from the opened file: their own fields (lastChecked aside), or a
 * shared condition they use. A new one counts as edited.
 */
export function editedOffers(openedText: string, text: string): EditedOffer[] {
  let before: Obj;
  let after: Obj;
  try {
    before = JSON.parse(openedText);
    after = JSON.parse(text);
  } catch {
    return [];
  }
  const sharedBefore = isObj(before.conditions) ? before.conditions : {};
  const sharedAfter = isObj(after.conditions) ? after.conditions : {};
  const changedShared = new Set(
    [...new Set([...Object.keys(sharedBefore), ...Object.keys(sharedAfter)])].filter(
      (k) => JSON.stringify(sharedBefore[k]) !== JSON.stringify(sharedAfter[k]),
    ),
  );
  const out: EditedOffer[] = [];
  for (const group of ['regelingen', 'hulppunten'] as const) {
    const old = new Map<string, Obj>();
    for (const o of Array.isArray(before[group]) ? before[group] : []) if (isObj(o)) old.set(String(o.id), o);
    for (const o of Array.isArray(after[group]) ? after[group] : []) {
      if (!isObj(o)) continue;
      const was = old.get(String(o.id));
      const viaShared = [...usedShared(o.conditions, new Set())].some((n) => changedShared.has(n));
      if (!was || withoutLastChecked(was) !== withoutLastChecked(o) || viaShared) {
        out.push({ group, id: String(o.id), officialName: String(o.officialName ?? o.id) });
      }
    }
  }
  return out;
}

export interface PreparedDownload {
  text: string;
  version: { from: string; to: string } | null;
  touched: EditedOffer[];
}

/** The text to download: lastChecked = today on every edited offer, and the version raised when asked. */
export function prepareDownload(openedText: string, text: string, today: string, newVersion: string | null): PreparedDownload {
  const touched = editedOffers(openedText, text);
  let version: PreparedDownload['version'] = null;
  const out = editJson(text, (file) => {
    for (const t of touched) {
      const list = file[t.group];
      const o = Array.isArray(list) ? list.find((x) => isObj(x) && x.id === t.id) : undefined;
      if (isObj(o)) o.lastChecked = today;
    }
    if (newVersion !== null && typeof file.version === 'string' && file.version !== newVersion) {
      version = { from: file.version, to: newVersion };
      file.version = newVersion;
    }
  });
  return { text: out ?? text, version, touched };
}
