// Chromium timings of the built widget. Start-up (this file's first part, also runnable alone:
// `npx tsx tests/bench/browser.ts`): the documented embed (<voorzieningen-wijzer> + dist/voorzieningen-wijzer.es.js,
// bundled Ommen rules) on generated pages served gzip-compressed (the build's .gz files), a fresh browser context
// per sample, CPU 4x slowdown, and per round a bare page (one <h1>) interleaved with each widget page, so both see
// the same machine load. "First control" = the frame in which the widget's start button (wijkteam mode: its first
// screen, then its first input) is first there to paint, minus the frame in which the bare page's heading is, in
// the same round. "Beginnen → first question": the button is clicked in the frame it appears (so a click before the
// app has loaded is included), until the first question's legend is there to paint.
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import { CHROMIUM, launch } from '../browser/support/chromium.ts';
import { startServer } from '../browser/support/server.ts';
import { generateRules } from './generate-rules.ts';
import { median } from './measure.ts';

export interface BrowserResult {
  label: string;
  samples: number[];
  medianMs: number;
}

const BARE =
  '<!doctype html><html lang="nl"><meta charset="utf-8"><meta name="viewport" content="width=device-width"><title>bare</title><h1>Regelingencheck</h1>';
const page = (attributes: string) =>
  `<!doctype html><html lang="nl"><meta charset="utf-8"><meta name="viewport" content="width=device-width"><title>widget</title><script type="module" src="/dist/voorzieningen-wijzer.es.js"></script><h1>Regelingencheck</h1><voorzieningen-wijzer date="2026-06-01" ${attributes}></voorzieningen-wijzer>`;

/** The start-up pages: URL path, what to wait for, whether to click "Beginnen". */
const SCENARIOS = [
  {
    name: 'nl',
    path: '/bench/nl.html',
    html: page('lang="nl"'),
    first: '.vw-intro .utrecht-button--primary-action',
    ready: 'legend',
  },
  {
    name: 'ar (rtl)',
    path: '/bench/ar.html',
    html: page('lang="ar"'),
    first: '.vw-intro .utrecht-button--primary-action',
    ready: 'legend',
  },
  { name: 'professional', path: '/bench/pro.html', html: page('mode="professional"'), first: '.vw-title', ready: 'input' },
];

// Runs in the page before its scripts: per frame, records when the selectors are first present (inside the
// widget's shadow root, or the page heading), and clicks the start button in the frame it appears.
const PROBE = `(() => {
  const seen = (window.__vw = {});
  const frame = (now) => {
    const w = window.__vwWant;
    if (!w) return requestAnimationFrame(frame);
    const root = document.querySelector('voorzieningen-wijzer')?.shadowRoot;
    for (const [key, selector] of Object.entries(w)) {
      if (seen[key] !== undefined) continue;
      const el = selector === 'h1' ? document.querySelector('h1') : root?.querySelector(selector);
      if (el && el.getClientRects().length > 0) {
        seen[key] = performance.now();
        if (key === 'first' && w.click) el.click();
      }
    }
    if (Object.keys(seen).length < Object.keys(w).filter((k) => k !== 'click').length) requestAnimationFrame(frame);
  };
  requestAnimationFrame(frame);
})();`;

const spreadOf = (xs: number[]) => `${Math.round(Math.min(...xs))}-${Math.round(Math.max(...xs))}`;

export interface StartupResult extends BrowserResult {
  /** "min-max" of the samples. */
  spread: string;
}

/** Start-up at `rate`x CPU slowdown, ≥ 9 interleaved rounds; for each scenario first control − bare heading and
 *  "Beginnen" → first question (wijkteam mode: first screen → first input). `builds` names checkouts to serve
 *  (each with dist/ built): with two, both run in the same rounds, under the same machine load. */
export async function startupBench(
  rounds = 9,
  rate = 4,
  builds: Record<string, string> = { 'this build': process.cwd() },
): Promise<StartupResult[] | null> {
  for (const root of Object.values(builds)) {
    if (!existsSync(join(root, 'dist/voorzieningen-wijzer.es.js.gz'))) {
      process.stderr.write(`  chromium start-up: skipped (${root}: run \`npx vite build\` first: it writes the .gz files)\n`);
      return null;
    }
  }
  const files: Record<string, string> = { '/bench/bare.html': BARE };
  for (const s of SCENARIOS) files[s.path] = s.html;
  const servers = Object.fromEntries(
    await Promise.all(
      Object.entries(builds).map(async ([name, root]) => [name, await startServer({ files, gzip: true, root })] as const),
    ),
  );
  const bareOrigin = Object.values(servers)[0]?.origin as string;
  const browser = await chromium.launch({
    executablePath: CHROMIUM,
    headless: true,
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking'],
  });
  const first: Record<string, number[]> = {};
  const next: Record<string, number[]> = {};
  const sample = async (url: string, want: Record<string, string | boolean>) => {
    const context = await browser.newContext({ viewport: { width: 800, height: 700 }, locale: 'nl-NL' });
    try {
      const tab = await context.newPage();
      const cdp = await context.newCDPSession(tab);
      await cdp.send('Emulation.setCPUThrottlingRate', { rate });
      await tab.addInitScript(`window.__vwWant = ${JSON.stringify(want)};`);
      await tab.addInitScript(PROBE);
      await tab.goto(url);
      const keys = Object.keys(want).filter((k) => k !== 'click');
      await tab.waitForFunction(
        (k) => k.every((key) => (window as unknown as { __vw: Record<string, number> }).__vw[key] !== undefined),
        keys,
        { timeout: 120_000 },
      );
      return (await tab.evaluate(() => (window as unknown as { __vw: Record<string, number> }).__vw)) as Record<string, number>;
    } finally {
      await context.close();
    }
  };
  try {
    for (let round = 0; round < rounds; round++) {
      for (const s of SCENARIOS) {
        for (const [build, server] of Object.entries(servers)) {
          // The bare page right before each widget page: the same load on the machine, the same round.
          const bare = await sample(`${bareOrigin}/bench/bare.html`, { heading: 'h1' });
          const times = await sample(`${server.origin}${s.path}`, {
            first: s.first,
            ready: s.ready,
            click: s.ready === 'legend',
          });
          const key = `${build} ${s.name}`;
          (first[key] ??= []).push((times.first as number) - (bare.heading as number));
          (next[key] ??= []).push((times.ready as number) - (times.first as number));
        }
      }
      process.stderr.write(`  start-up round ${round + 1} of ${rounds}\n`);
    }
  } finally {
    await browser.close();
    for (const server of Object.values(servers)) await server.close();
  }
  return SCENARIOS.flatMap((s) =>
    Object.keys(builds).flatMap((build) => {
      const key = `${build} ${s.name}`;
      const a = first[key] ?? [];
      const b = next[key] ?? [];
      const secondLabel =
        s.ready === 'legend' ? '"Beginnen" clicked at once → first question' : 'first screen → first input of the wijkteam view';
      const c = a.map((x, i) => x + (b[i] ?? Number.NaN));
      const thirdLabel = s.ready === 'legend' ? 'first question − bare page heading' : 'first input − bare page heading';
      return [
        {
          label: `start-up ${key}, ${rate}x: first control − bare page heading`,
          samples: a,
          medianMs: median(a),
          spread: spreadOf(a),
        },
        { label: `start-up ${key}, ${rate}x: ${secondLabel}`, samples: b, medianMs: median(b), spread: spreadOf(b) },
        // Per sample, the two added: when the first question (wijkteam: its first input) is there, after the bare heading.
        { label: `start-up ${key}, ${rate}x: ${thirdLabel}`, samples: c, medianMs: median(c), spread: spreadOf(c) },
      ];
    }),
  );
}

export async function browserBench(samples = 7): Promise<BrowserResult[] | null> {
  if (!existsSync(join(process.cwd(), 'dist/voorzieningen-wijzer.es.js')) || !existsSync(join(process.cwd(), 'demo/csp.html'))) {
    process.stderr.write('  chromium: skipped (run `npx vite build` first; demo/csp.html must exist)\n');
    return null;
  }
  const results: BrowserResult[] = [...((await startupBench(Math.max(9, samples))) ?? [])];
  const server = await startServer({ files: { [BIG_RULES]: JSON.stringify(generateRules(1000, 1)) } });
  try {
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
    const ms = runs.map((r) => r.ms);
    const frames = runs.map((r) => r.frames);
    if (rules)
      return [{ label: 'wijkteam mode, 1000 regelingen: input change to updated result', samples: ms, medianMs: median(ms) }];
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

// Alone: `npx tsx tests/bench/browser.ts [rounds] [--compare DIR]` runs the start-up part only; with --compare, a
// second checkout's build (e.g. main's, built in DIR) runs in the same rounds.
if (process.argv[1]?.endsWith('tests/bench/browser.ts')) {
  const args = process.argv.slice(2);
  const at = args.indexOf('--compare');
  const compare = at >= 0 ? args[at + 1] : undefined;
  const rounds = Number(args.find((a) => /^\d+$/.test(a)) ?? 9);
  const builds: Record<string, string> = compare
    ? { 'this build': process.cwd(), compared: compare }
    : { 'this build': process.cwd() };
  startupBench(Math.max(9, rounds), 4, builds).then((rows) => {
    for (const r of rows ?? [])
      process.stdout.write(
        `${r.label.padEnd(84)}${r.medianMs.toFixed(0).padStart(6)} ms  (${r.spread}, n=${r.samples.length})\n`,
      );
  });
}
