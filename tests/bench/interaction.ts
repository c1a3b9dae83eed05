// Interaction timings of the built widget in Chromium (`npm run bench -- --full`): wijkteam mode from an input
// change to the updated result, on the Ommen rules and on a big generated rules file, and the resident flow's
// "Volgende" on that file. The big file is the most regelingen the widget still reads (its size limit,
// MAX_RULES_BYTES: 1000 generated regelingen are over it and get the calm error screen). Each in its own fresh
// context of the one bench Chromium.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { startServer } from '../browser/support/server.ts';
import type { ExtraFigure } from './format.ts';
import { generateRules } from './generate-rules.ts';
import { fmtSpread, spread } from './measure.ts';

const BIG_RULES = '/bench/regelingen-big.json';

/** The widget's size limit, read from its source: the module imports a vite-only virtual module Node cannot load. */
function maxRulesBytes(): number {
  const source = readFileSync(join(process.cwd(), 'widget/first-screen/fetch-rules.ts'), 'utf8');
  const found = /export const MAX_RULES_BYTES = ([\d_]+);/.exec(source)?.[1];
  if (!found) throw new Error('widget/first-screen/fetch-rules.ts: no `export const MAX_RULES_BYTES = <number>;`');
  return Number(found.replaceAll('_', ''));
}

/** The largest multiple of 100 generated regelingen whose file the widget still reads. */
export function biggestReadable(): { count: number; text: string } {
  const MAX_RULES_BYTES = maxRulesBytes();
  let best = { count: 0, text: '' };
  for (let count = 100; count <= 2000; count += 100) {
    const text = JSON.stringify(generateRules(count, 1));
    if (Buffer.byteLength(text) > MAX_RULES_BYTES) break;
    best = { count, text };
  }
  return best;
}

export async function interactionBench(browser: Browser, keystrokes: number): Promise<ExtraFigure[]> {
  const { count, text } = biggestReadable();
  const server = await startServer({ files: { [BIG_RULES]: text } });
  const mb = (Buffer.byteLength(text) / 1e6).toFixed(2);
  try {
    const ommen = await proUpdate(browser, server.origin, keystrokes * 3);
    const big = await proUpdate(browser, server.origin, keystrokes, BIG_RULES);
    const steps = await residentSteps(browser, server.origin);
    const frames = spread(ommen.frames);
    return [
      {
        label: `wijkteam mode: input change → updated result in the DOM (n=${ommen.ms.length})`,
        value: fmtSpread(spread(ommen.ms)),
      },
      {
        label: 'wijkteam mode: frames until that result is painted (1 = the next frame)',
        value: `${frames.median} (${frames.min}-${frames.max})`,
      },
      {
        label: `wijkteam mode, ${count} generated regelingen (${mb} MB): input change → updated result (n=${big.ms.length})`,
        value: fmtSpread(spread(big.ms)),
      },
      {
        label: `resident flow, ${count} generated regelingen: "Volgende" → the next step (n=${steps.length})`,
        value: fmtSpread(spread(steps)),
      },
    ];
  } finally {
    await server.close();
  }
}

// Wijkteam mode: from an input change to the updated result on screen. The page flips the income between two
// values around the participatiefonds limit. Per change it records when the results' DOM shows the new evaluation
// (data-vw-evaluation, seen by a MutationObserver) and how many animation frames passed until a frame showed it.
// With `rules`, the same on a rules file of that URL (the big generated file).
async function proUpdate(browser: Browser, origin: string, samples: number, rules?: string) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, locale: 'nl-NL' });
  try {
    const page = await context.newPage();
    await page.goto(`${origin}/demo/wijkteam.html`);
    const widget = page.locator('voorzieningen-wijzer');
    await widget.evaluate((el, url) => {
      if (url) el.setAttribute('rules', url);
      el.setAttribute('date', '2026-07-01');
    }, rules);
    await widget.locator('.vw-professional-results').waitFor({ timeout: 60_000 });
    await widget.locator('[data-question="netto_inkomen"] input[type="text"]').waitFor();
    // A string, not a function: tsx would wrap named inner functions in a helper the page does not have.
    const runs = (await page.evaluate(`(async (n) => {
      const root = document.querySelector('voorzieningen-wijzer').shadowRoot;
      const input = root.querySelector('[data-question="netto_inkomen"] input[type="text"]');
      const evaluation = () => root.querySelector('.vw-professional-results')?.getAttribute('data-vw-evaluation');
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
    return { ms: runs.map((r) => r.ms), frames: runs.map((r) => r.frames) };
  } finally {
    await context.close();
  }
}

// The resident flow on the big generated file (its own rules URL, so checked on load): per step, from the click
// on "Volgende" to the next question (or the results) in the DOM; each step is a full evaluation plus the render.
// Booleans are answered "Nee", numbers with 40.
async function residentSteps(browser: Browser, origin: string): Promise<number[]> {
  const context = await browser.newContext({ viewport: { width: 800, height: 700 }, locale: 'nl-NL' });
  try {
    const page = await context.newPage();
    await page.goto(`${origin}/demo/csp.html`);
    return (await page.evaluate(`(async (url) => {
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
  } finally {
    await context.close();
  }
}
