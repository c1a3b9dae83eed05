// Start-to-first-question in headless Chromium: the built ES widget on demo/csp.html (demo/index.html loads the TS source, for the dev server), served from 127.0.0.1,
// with and without 4x CPU throttling. "Script start" is the widget script's responseEnd (resource timing);
// "first question" is the first control inside the shadow root: the intro's start button (the widget opens on an intro).
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { launch } from '../browser/support/chromium.ts';
import { startServer } from '../browser/support/server.ts';
import { generateRules } from './generate-rules.ts';
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
  if (!existsSync(join(process.cwd(), 'dist/voorzieningen-wijzer.es.js')) || !existsSync(join(process.cwd(), 'demo/csp.html'))) {
    process.stderr.write('  chromium: skipped (run `npx vite build` first; demo/csp.html must exist)\n');
    return null;
  }
  const server = await startServer({ files: { [BIG_RULES]: JSON.stringify(generateRules(1000, 1)) } });
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
    results.push(...(await proUpdateBench(server.origin, samples * 3)));
    results.push(...(await proUpdateBench(server.origin, samples, BIG_RULES)));
    results.push(await residentStepBench(server.origin));
  } finally {
    await server.close();
  }
  return results;
}

// Wijkteam mode: from an input change to the updated result on screen. The page flips the income between
// two values around the participatiefonds limit. Per change it records when the results' DOM shows the new
// evaluation (data-vw-evaluation, seen by a MutationObserver) and how many animation frames passed until a
// frame showed it: "within one frame" means the change is painted in the very next frame.
// With `rules`, the same on a rules file of that URL (the 1000 generated regelingen): then only the DOM time counts.
async function proUpdateBench(origin: string, samples: number, rules?: string): Promise<BrowserResult[]> {
  const browser = await launch({ width: 1280, height: 900 });
  try {
    const { page } = browser;
    await page.goto(`${origin}/demo/wijkteam.html`);
    const widget = page.locator('voorzieningen-wijzer');
    await widget.evaluate((el, url) => {
      if (url) el.setAttribute('rules', url);
      el.setAttribute('date', '2026-07-01');
    }, rules);
    await widget.locator('.vw-pro-results').waitFor({ timeout: 60_000 });
    await widget.locator('[data-question="netto_inkomen"] input[type="text"]').waitFor();
    // A string, not a function: tsx would wrap named inner functions in a helper the page does not have.
    const runs = (await page.evaluate(`(async (n) => {
      const root = document.querySelector('voorzieningen-wijzer').shadowRoot;
      const input = root.querySelector('[data-question="netto_inkomen"] input[type="text"]');
      const evaluation = () => root.querySelector('.vw-pro-results')?.getAttribute('data-vw-evaluation');
      const frame = () => new Promise((ok) => requestAnimationFrame(ok));
      const out = [];
      for (let i = 0; i < n; i++) {
        await frame();
        const before = evaluation();
        let shown = null;
        const seen = new MutationObserver(() => {
          if (shown === null && evaluation() !== before) shown = performance.now();
        });
        seen.observe(root, { subtree: true, attributes: true, childList: true, characterData: true });
        input.value = i % 2 === 0 ? '1486,47' : '1486,46';
        const t0 = performance.now();
        input.dispatchEvent(new Event('input', { bubbles: true }));
        let frames = 1;
        await frame();
        while (evaluation() === before) {
          await frame();
          frames++;
        }
        seen.disconnect();
        out.push({ ms: shown - t0, frames });
      }
      return out;
    })(${samples})`)) as { ms: number; frames: number }[];
    const ms = runs.map((r) => r.ms);
    const frames = runs.map((r) => r.frames);
    if (rules) return [{ label: 'wijkteam mode, 1000 regelingen: input change to updated result', samples: ms, medianMs: median(ms) }];
    return [
      { label: 'wijkteam mode: input change to updated result in the DOM', samples: ms, medianMs: median(ms) },
      {
        label: 'wijkteam mode: frames until the result is painted (1 = next)',
        samples: frames,
        medianMs: median(frames),
      },
    ];
  } finally {
    await browser.close();
  }
}

const BIG_RULES = '/bench/regelingen-1000.json';

// The resident flow on a rules file with 1000 generated regelingen (its own rules URL, so checked on load):
// per step, from the click on "Volgende" to the next question (or the results) in the DOM. Each step is a full
// evaluation of the 1000 regelingen plus the render. Booleans are answered "Nee", numbers with 40.
async function residentStepBench(origin: string): Promise<BrowserResult> {
  const browser = await launch();
  try {
    const { page } = browser;
    await page.goto(`${origin}/demo/csp.html`);
    const times = (await page.evaluate(`(async (url) => {
      const frame = () => new Promise((ok) => requestAnimationFrame(ok));
      const el = document.createElement('voorzieningen-wijzer');
      el.setAttribute('rules', url);
      el.setAttribute('date', '2026-07-01');
      document.querySelector('voorzieningen-wijzer').replaceWith(el);
      const button = (name) => [...(el.shadowRoot?.querySelectorAll('button') ?? [])].find((b) => b.textContent.trim() === name);
      while (!button('Beginnen')) await frame();
      button('Beginnen').click();
      const root = el.shadowRoot;
      const legend = () => root.querySelector('legend')?.textContent ?? null;
      while (!legend()) await frame();
      const out = [];
      for (let step = 0; step < 40 && legend(); step++) {
        const radios = [...root.querySelectorAll('input[type="radio"]')];
        const label = (r) => root.querySelector('label[for="' + r.id + '"]')?.textContent.trim() ?? '';
        const no = radios.find((r) => label(r).startsWith('Nee')) ?? radios[0];
        if (no) no.click();
        for (const box of root.querySelectorAll('input[type="text"], input:not([type])')) {
          box.value = '40';
          box.dispatchEvent(new Event('input', { bubbles: true }));
        }
        await frame();
        const before = legend();
        let shown = null;
        const seen = new MutationObserver(() => {
          if (shown === null && legend() !== before) shown = performance.now();
        });
        seen.observe(root, { subtree: true, childList: true, characterData: true });
        const t0 = performance.now();
        button('Volgende').click();
        while (shown === null) await frame();
        seen.disconnect();
        out.push(shown - t0);
      }
      return out;
    })(${JSON.stringify(BIG_RULES)})`)) as number[];
    return { label: 'resident flow, 1000 regelingen: "Volgende" to the next step', samples: times, medianMs: median(times) };
  } finally {
    await browser.close();
  }
}
