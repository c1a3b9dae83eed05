// What a Dutch resident downloads before the first question, measured in Chromium rather than predicted from
// chunk names (which the build may change): the page's own resource timing lists every file it asked for; those
// requested before the first question was there to paint count, each at its gzip size (level 9, as a server sends it).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import type { Page } from 'playwright-core';
import type { BytesFigure } from './format.ts';

/** URLs of the resources `tab` requested up to `before` (its performance.now() time). Waits until no new entry
 *  lands for a moment: an entry appears when its response ends, and a request started in time still counts. */
export async function resourcesBefore(tab: Page, before: number): Promise<string[]> {
  return (await tab.evaluate(`(async (before) => {
    const entries = () => performance.getEntriesByType('resource');
    for (let i = 0, n = -1; i < 20 && n !== entries().length; i++) {
      n = entries().length;
      await new Promise((ok) => setTimeout(ok, 150));
    }
    return entries().filter((e) => e.startTime <= before).map((e) => e.name);
  })(${before})`)) as string[];
}

/** Sizes of the widget's own files among `urls` (dist/, locales/, rules/ of `root`; not the host page). */
export function bytesOf(urls: string[], root = process.cwd()): BytesFigure {
  const paths = [...new Set(urls.map((u) => new URL(u).pathname))].filter(
    (p) => p.startsWith('/dist/') || p.startsWith('/locales/') || p.startsWith('/rules/'),
  );
  const files = paths.map((path) => {
    const bytes = readFileSync(join(root, path));
    return { path, raw: bytes.length, gzip: gzipSync(bytes, { level: 9 }).length };
  });
  return { files, raw: files.reduce((t, f) => t + f.raw, 0), gzip: files.reduce((t, f) => t + f.gzip, 0) };
}
