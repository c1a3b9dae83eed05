// What a Dutch resident downloads before the first question, measured in Chromium rather than predicted from
// chunk names (which the build may change): the page's own resource timing lists every file it asked for; those
// requested before the first question entered the page count, each at its gzip size (level 9, as a server sends it).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import type { Page } from 'playwright-core';
import type { BytesFigure } from './format.ts';

export interface Resource {
  url: string;
  /** When the request started, on the page's performance.now() clock. */
  start: number;
}

/** The resources `tab` requested up to `before` (its performance.now() time). Waits until no new entry lands for
 *  a moment: an entry appears when its response ends, and a request started in time still counts. */
export async function resourcesBefore(tab: Page, before: number): Promise<Resource[]> {
  return (await tab.evaluate(`(async (before) => {
    const entries = () => performance.getEntriesByType('resource');
    for (let i = 0, n = -1; i < 20 && n !== entries().length; i++) {
      n = entries().length;
      await new Promise((ok) => setTimeout(ok, 150));
    }
    return entries().filter((e) => e.startTime <= before).map((e) => ({ url: e.name, start: e.startTime }));
  })(${before})`)) as Resource[];
}

const own = (path: string) => path.startsWith('/dist/') || path.startsWith('/locales/') || path.startsWith('/rules/');

function sizes(resources: Resource[], root: string) {
  const paths = [...new Set(resources.map((r) => new URL(r.url).pathname))].filter(own);
  return paths.map((path) => {
    const bytes = readFileSync(join(root, path));
    return { path, raw: bytes.length, gzip: gzipSync(bytes, { level: 9 }).length };
  });
}

/** Sizes of the widget's own files (dist/, locales/, rules/ of `root`; not the host page): those requested before
 *  the first question entered the DOM, which it needed, and apart those requested after that but before the frame
 *  that paints it (already the next screens' prefetch, yet sharing the line with the first question). */
export function bytesOf(r: { resources: Resource[]; inDom: number; painted: number }, root = process.cwd()): BytesFigure {
  const files = sizes(
    r.resources.filter((x) => x.start <= r.inDom),
    root,
  );
  const seen = new Set(files.map((f) => f.path));
  const beforePaint = sizes(
    r.resources.filter((x) => x.start > r.inDom && x.start <= r.painted),
    root,
  ).filter((f) => !seen.has(f.path));
  return {
    files,
    raw: files.reduce((t, f) => t + f.raw, 0),
    gzip: files.reduce((t, f) => t + f.gzip, 0),
    beforePaint,
    paintGapMs: r.painted - r.inDom,
  };
}
