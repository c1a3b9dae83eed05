// What a Dutch resident downloads before the first question, measured in Chromium rather than predicted: the
// default embed (demo/csp.html, bundled rules, nl), "Beginnen" pressed, the first question's legend on screen;
// then every file the page asked the server for, at its gzip size (level 9, as a server would send it).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { launch } from '../browser/support/chromium.ts';
import { startServer } from '../browser/support/server.ts';

export interface BytesResult {
  files: { path: string; raw: number; gzip: number }[];
  raw: number;
  gzip: number;
}

export async function bytesBeforeFirstQuestion(): Promise<BytesResult> {
  const server = await startServer();
  const browser = await launch();
  try {
    const { page } = browser;
    await page.goto(`${server.origin}/demo/csp.html`);
    const widget = page.locator('voorzieningen-wijzer');
    await widget.getByRole('button', { name: 'Beginnen' }).click({ timeout: 30_000 });
    await widget.locator('legend').first().waitFor({ timeout: 30_000 });
    const paths = [...new Set(server.requests.map((r) => new URL(r.url, server.origin).pathname))].filter(
      (p) => p.startsWith('/dist/') || p.startsWith('/locales/') || p.startsWith('/rules/'),
    );
    const files = paths.map((path) => {
      const bytes = readFileSync(join(process.cwd(), path));
      return { path, raw: bytes.length, gzip: gzipSync(bytes, { level: 9 }).length };
    });
    return { files, raw: files.reduce((t, f) => t + f.raw, 0), gzip: files.reduce((t, f) => t + f.gzip, 0) };
  } finally {
    await browser.close();
    await server.close();
  }
}
