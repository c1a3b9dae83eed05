// The printed overview for the gemeenteraad in real Chromium: page 1 is the whole summary table on one
// landscape A4, the details follow in portrait. Read back from Chromium's PDF with pdfinfo and pdftotext
// (poppler-utils). The page is a TypeScript module, so it is served by Vite's dev server.
// @vitest-environment node
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createServer, type ViteDevServer } from 'vite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ommen } from '../support/ommen.ts';
import { type Browser, launch } from './support/chromium.ts';

let vite: ViteDevServer;
let browser: Browser;
let dir = '';
let pdf = '';

beforeAll(async () => {
  vite = await createServer({ server: { host: '127.0.0.1', port: 0, strictPort: false, hmr: false }, logLevel: 'error' });
  await vite.listen();
  const address = vite.httpServer?.address() as AddressInfo | null;
  browser = await launch({ width: 1100, height: 900 });
  const { page } = browser;
  await page.goto(`http://127.0.0.1:${address?.port}/demo/overzicht.html`);
  await page.getByRole('region', { name: 'Participatiefonds' }).waitFor({ timeout: 30000 });
  dir = mkdtempSync(join(tmpdir(), 'vw-overzicht-'));
  pdf = join(dir, 'overzicht.pdf');
  // preferCSSPageSize: the print sheet's own @page sizes (landscape summary, portrait details).
  writeFileSync(pdf, await page.pdf({ preferCSSPageSize: true }));
}, 90000);

afterAll(async () => {
  await browser?.close();
  await vite?.close();
  if (dir) rmSync(dir, { recursive: true, force: true });
});

const pageText = (n: number) =>
  execFileSync('pdftotext', ['-f', String(n), '-l', String(n), '-layout', pdf, '-'], { encoding: 'utf8' }).replace(/\s+/g, ' ');

/** Width and height in points of page n. */
function pageSize(n: number): [number, number] {
  const info = execFileSync('pdfinfo', ['-f', String(n), '-l', String(n), pdf], { encoding: 'utf8' });
  const m = info.match(new RegExp(`Page\\s+${n} size:\\s+([\\d.]+) x ([\\d.]+)`));
  if (!m) throw new Error(`no size for page ${n}:\n${info}`);
  return [Number(m[1]), Number(m[2])];
}

describe('printed overview', () => {
  it('page 1 is the whole summary on landscape A4, every regeling in it, and nothing of the details', () => {
    const [w, h] = pageSize(1);
    expect(Math.round(w)).toBe(842);
    expect(Math.round(h)).toBe(595);
    const first = pageText(1);
    expect(first).toContain('Samenvatting');
    for (const r of ommen().file.regelingen) expect(first, r.id).toContain(r.lastChecked);
    const titles = ommen().file.regelingen.map((r) => r.texts.nl?.title ?? r.officialName);
    // The last row's title is on page 1, so no row of the table went to page 2.
    const lastTitle = titles.at(-1) as string;
    expect(first).toContain(lastTitle.split(' ')[0]);
    expect(first).not.toContain('Voorwaarden');
    expect(first).not.toContain('Bronnen');
  });

  it('the details follow on portrait pages: page 2 starts them, every regeling and help point comes after', () => {
    const [w, h] = pageSize(2);
    expect(Math.round(w)).toBe(595);
    expect(Math.round(h)).toBe(842);
    const second = pageText(2);
    expect(second).not.toContain('Samenvatting');
    expect(second).toContain('Voorwaarden');
    const pages = Number(execFileSync('pdfinfo', [pdf], { encoding: 'utf8' }).match(/Pages:\s+(\d+)/)?.[1]);
    // Without any whitespace: pdftotext ends a wrapped heading's line after "AIO-".
    const squash = (s: string) => s.replace(/\s+/g, '');
    const rest = squash(Array.from({ length: pages - 1 }, (_, i) => pageText(i + 2)).join(''));
    for (const o of [...ommen().file.regelingen, ...ommen().file.hulppunten])
      expect(rest, o.id).toContain(squash(o.officialName));
  });
});
