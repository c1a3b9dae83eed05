// Start-to-first-question in headless Chromium: the built ES widget on demo/csp.html (demo/index.html loads the TS source, for the dev server), served from 127.0.0.1,
// with and without 4x CPU throttling. "Script start" is the widget script's responseEnd (resource timing);
// "first question" is the first control inside the shadow root: the intro's start button (the widget opens on an intro).
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { launch } from '../browser/support/chromium.ts';
import { startServer } from '../browser/support/server.ts';
import { median } from './measure.ts';

export interface BrowserResult {
  label: string;
  samples: number[];
  medianMs: number;
}

// Runs in the page before any other script: polls for the first form control in any open shadow root.
const PROBE = `(() => {
  const t = () => {
    for (const el of document.querySelectorAll('*')) {
      if (el.shadowRoot && el.shadowRoot.querySelector('button, input, select, textarea, fieldset')) {
        window.__firstQuestion = performance.now();
        return;
      }
    }
    setTimeout(t, 1);
  };
  t();
})();`;

export async function browserBench(samples = 7): Promise<BrowserResult[] | null> {
  if (
    !existsSync(join(process.cwd(), 'dist/voorzieningen-wijzer.es.js')) ||
    !existsSync(join(process.cwd(), 'demo/csp.html'))
  ) {
    process.stderr.write('  chromium: skipped (run `npx vite build` first; demo/csp.html must exist)\n');
    return null;
  }
  const server = await startServer();
  const results: BrowserResult[] = [];
  try {
    for (const rate of [1, 4]) {
      const times: number[] = [];
      for (let i = 0; i < samples; i++) {
        const browser = await launch();
        try {
          const { page, context } = browser;
          const cdp = await context.newCDPSession(page);
          await cdp.send('Emulation.setCPUThrottlingRate', { rate });
          await page.addInitScript(PROBE);
          await page.goto(`${server.origin}/demo/csp.html`);
          await page.waitForFunction(
            () => (window as unknown as { __firstQuestion?: number }).__firstQuestion !== undefined,
            null,
            { timeout: 30_000 },
          );
          times.push(
            await page.evaluate(() => {
              const script = performance.getEntriesByType('resource').find((e) => e.name.includes('voorzieningen-wijzer')) as
                | PerformanceResourceTiming
                | undefined;
              return (window as unknown as { __firstQuestion: number }).__firstQuestion - (script?.responseEnd ?? 0);
            }),
          );
        } finally {
          await browser.close();
        }
      }
      results.push({ label: `demo/csp.html, CPU throttling ${rate}x`, samples: times, medianMs: median(times) });
    }
  } finally {
    await server.close();
  }
  return results;
}
