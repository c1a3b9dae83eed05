// Start-up of the built widget in Chromium (the protocol of issue #14): the documented embed
// (<voorzieningen-wijzer> + dist/voorzieningen-wijzer.es.js, bundled Ommen rules) on generated pages served
// gzip-compressed (the build's .gz files), a fresh browser context per sample (one Chromium for all: contexts are
// fresh profiles, and never run side by side, which would distort the timings), CPU 4x slowdown, and per round a
// bare page (one <h1>) right before each widget page, so both see the same machine load. "First control" = the
// frame in which the widget's start button (wijkteam mode: its title) is first there to paint; the bare page's
// figure is the frame of its heading. "Beginnen → first question": the button is clicked in the frame it appears
// (so a click before the app has loaded is included), until the first question's legend is there to paint.
// One more nl sample lists the files Chromium asked for before that legend (bytes.ts sizes them).
// Alone: `npx tsx tests/bench/browser.ts [rounds] [--all] [--compare DIR]`: --all adds ar and wijkteam mode; with
// --compare a second checkout's build (built in DIR) runs in the same rounds.
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, CDPSession } from 'playwright-core';
import { launchBrowser } from '../browser/support/chromium.ts';
import { startServer } from '../browser/support/server.ts';
import { type Resource, resourcesBefore } from './bytes.ts';
import type { StartupFigure } from './format.ts';
import { fmtSpread, spread } from './measure.ts';

const BARE =
  '<!doctype html><html lang="nl"><meta charset="utf-8"><meta name="viewport" content="width=device-width"><title>bare</title><h1>Regelingencheck</h1>';
const page = (attributes: string) =>
  `<!doctype html><html lang="nl"><meta charset="utf-8"><meta name="viewport" content="width=device-width"><title>widget</title><script type="module" src="/dist/voorzieningen-wijzer.es.js"></script><h1>Regelingencheck</h1><voorzieningen-wijzer date="2026-06-01" ${attributes}></voorzieningen-wijzer>`;

/** The start-up pages: URL path, what counts as the first control, what as the next step, whether to click. */
export const SCENARIOS = [
  {
    id: 'nl',
    name: 'nl',
    path: '/bench/nl.html',
    html: page('lang="nl"'),
    first: '.vw-intro .utrecht-button--primary-action',
    ready: 'legend',
  },
  {
    id: 'ar',
    name: 'ar (rtl)',
    path: '/bench/ar.html',
    html: page('lang="ar"'),
    first: '.vw-intro .utrecht-button--primary-action',
    ready: 'legend',
  },
  {
    id: 'pro',
    name: 'wijkteam mode (its title; next: first screen → first input)',
    path: '/bench/pro.html',
    html: page('mode="professional"'),
    first: '.vw-title',
    ready: 'input',
  },
] as const;
export type ScenarioId = (typeof SCENARIOS)[number]['id'];

// Runs in the page before its scripts: per frame, records when the selectors are first present (inside the
// widget's shadow root, or the page heading), and clicks the start button in the frame it appears. window.__vwDone
// resolves with the times once all are there: the bench awaits it over CDP, not with Playwright's waitForFunction,
// whose injected script would be compiled and polled on the measured page's main thread (at 4x, some 400 ms).
// With `watch` (the bytes sample only, not a timing sample) a MutationObserver also records `inDom`: when the
// `ready` element entered the shadow root, laid out. The frame that paints it can come 100 ms and more later at 4x,
// and a request started in between is not one the first question needed.
const FLAGS = ['click', 'watch'];
const PROBE = `(() => {
  const seen = {};
  const flags = ${JSON.stringify(FLAGS)};
  let done;
  let watched = false;
  window.__vwDone = new Promise((ok) => (done = ok));
  const frame = () => {
    const w = window.__vwWant;
    if (!w) return requestAnimationFrame(frame);
    const root = document.querySelector('voorzieningen-wijzer')?.shadowRoot;
    if (w.watch && root && !watched) {
      watched = true;
      new MutationObserver(() => {
        const el = root.querySelector(w.ready);
        if (seen.inDom === undefined && el && el.getClientRects().length > 0) seen.inDom = performance.now();
      }).observe(root, { subtree: true, childList: true });
    }
    for (const [key, selector] of Object.entries(w)) {
      if (flags.includes(key) || seen[key] !== undefined) continue;
      const el = selector === 'h1' ? document.querySelector('h1') : root?.querySelector(selector);
      if (el && el.getClientRects().length > 0) {
        seen[key] = performance.now();
        if (key === 'first' && w.click) el.click();
      }
    }
    const keys = Object.keys(w).filter((k) => !flags.includes(k));
    if (keys.some((k) => seen[k] === undefined)) requestAnimationFrame(frame);
    else done(seen);
  };
  requestAnimationFrame(frame);
})();`;

const TIMEOUT_MS = 60_000;

/** The probe's times, awaited in the page's main world over the raw CDP session (nothing injected). */
async function awaitTimes(cdp: CDPSession, url: string): Promise<Record<string, number>> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const timeout = new Promise<never>((_, fail) => {
    timer = setTimeout(() => fail(new Error(`${url}: not all elements there after ${TIMEOUT_MS / 1000} s`)), TIMEOUT_MS);
  });
  try {
    const reply = await Promise.race([
      cdp.send('Runtime.evaluate', { expression: 'window.__vwDone', awaitPromise: true, returnByValue: true }),
      timeout,
    ]);
    if (reply.exceptionDetails) throw new Error(`${url}: ${reply.exceptionDetails.text}`);
    return reply.result.value as Record<string, number>;
  } finally {
    clearTimeout(timer);
  }
}

interface Sample {
  times: Record<string, number>;
  resources: Resource[] | null;
}

async function sample(browser: Browser, url: string, want: Record<string, string | boolean>, rate: number): Promise<Sample> {
  const context = await browser.newContext({ viewport: { width: 800, height: 700 }, locale: 'nl-NL' });
  try {
    const tab = await context.newPage();
    const cdp = await context.newCDPSession(tab);
    await cdp.send('Emulation.setCPUThrottlingRate', { rate });
    await tab.addInitScript(`window.__vwWant = ${JSON.stringify(want)};`);
    await tab.addInitScript(PROBE);
    await tab.goto(url);
    const times = await awaitTimes(cdp, url);
    return { times, resources: want.watch ? await resourcesBefore(tab, times.ready as number) : null };
  } finally {
    await context.close();
  }
}

// Cross-origin isolation gives performance.now() its full resolution (docs/stack.md §4).
const ISOLATION = { 'cross-origin-opener-policy': 'same-origin', 'cross-origin-embedder-policy': 'require-corp' };

/** True when every build root has the gzip files the start-up server sends. */
export const hasBuild = (root: string) => existsSync(join(root, 'dist/voorzieningen-wijzer.es.js.gz'));

/** Start-up at `rate`x CPU slowdown over `rounds` interleaved rounds (≥ 9 for a published figure). `builds` names
 *  checkouts to serve (each with dist/ built): with two, both run in the same rounds, under the same load. */
export async function startupBench(
  browser: Browser,
  options: {
    rounds: number;
    rate: number;
    scenarios: readonly ScenarioId[];
    builds?: Record<string, string>;
    onRound?: (round: number) => void;
  },
): Promise<StartupFigure[]> {
  const builds = options.builds ?? { 'this build': process.cwd() };
  for (const root of Object.values(builds))
    if (!hasBuild(root)) throw new Error(`${root}: no dist/voorzieningen-wijzer.es.js.gz; run \`npx vite build\` first`);
  const scenarios = SCENARIOS.filter((s) => options.scenarios.includes(s.id));
  const files: Record<string, string> = { '/bench/bare.html': BARE };
  for (const s of scenarios) files[s.path] = s.html;
  const servers = Object.fromEntries(
    await Promise.all(
      Object.entries(builds).map(
        async ([name, root]) => [name, await startServer({ files, gzip: true, root, headers: ISOLATION })] as const,
      ),
    ),
  );
  const bareOrigin = Object.values(servers)[0]?.origin as string;
  const samples: Record<string, { widget: number[]; bare: number[]; next: number[] }> = {};
  try {
    for (let round = 0; round < options.rounds; round++) {
      for (const s of scenarios) {
        for (const [build, server] of Object.entries(servers)) {
          // The bare page right before each widget page: the same load on the machine, the same round.
          const bare = await sample(browser, `${bareOrigin}/bench/bare.html`, { heading: 'h1' }, options.rate);
          const widget = await sample(
            browser,
            `${server.origin}${s.path}`,
            { first: s.first, ready: s.ready, click: s.ready === 'legend' },
            options.rate,
          );
          const key = Object.keys(builds).length > 1 ? `${build}: ${s.name}` : s.name;
          const into = (samples[key] ??= { widget: [], bare: [], next: [] });
          into.widget.push(widget.times.first as number);
          into.bare.push(bare.times.heading as number);
          into.next.push((widget.times.ready as number) - (widget.times.first as number));
        }
      }
      options.onRound?.(round + 1);
    }
  } finally {
    for (const server of Object.values(servers)) await server.close();
  }
  const figures = Object.entries(samples).map(([scenario, x]) => ({
    scenario,
    widget: spread(x.widget),
    bare: spread(x.bare),
    difference: spread(x.widget.map((w, i) => w - (x.bare[i] as number))),
    next: spread(x.next),
  }));
  return figures;
}

/** One more nl sample, not a timing one: the files it asked for, with when the first question entered the DOM
 *  and when the frame that paints it began (bytes.ts splits the list there). */
export async function firstQuestionResources(browser: Browser, rate: number) {
  const nl = SCENARIOS[0];
  const server = await startServer({ files: { [nl.path]: nl.html }, gzip: true, headers: ISOLATION });
  try {
    const { times, resources } = await sample(
      browser,
      `${server.origin}${nl.path}`,
      { first: nl.first, ready: nl.ready, click: true, watch: true },
      rate,
    );
    if (!resources || times.inDom === undefined || times.ready === undefined)
      throw new Error('the nl page gave no resource list or no time for its first question');
    return { resources, inDom: times.inDom, painted: times.ready };
  } finally {
    await server.close();
  }
}

if (process.argv[1]?.endsWith('tests/bench/browser.ts')) {
  const args = process.argv.slice(2);
  const at = args.indexOf('--compare');
  const compare = at >= 0 ? args[at + 1] : undefined;
  const rounds = Math.max(9, Number(args.find((a) => /^\d+$/.test(a)) ?? 9));
  const builds: Record<string, string> = compare
    ? { 'this build': process.cwd(), compared: compare }
    : { 'this build': process.cwd() };
  const scenarios = args.includes('--all') ? SCENARIOS.map((s) => s.id) : (['nl'] as const);
  const browser = await launchBrowser();
  try {
    const figures = await startupBench(browser, {
      rounds,
      rate: 4,
      scenarios,
      builds,
      onRound: (r) => process.stderr.write(`  start-up round ${r} of ${rounds}\n`),
    });
    for (const f of figures)
      process.stdout.write(
        `${f.scenario}: first control ${fmtSpread(f.widget)}, bare heading ${fmtSpread(f.bare)}, difference ${fmtSpread(f.difference)}, next ${fmtSpread(f.next)}, n=${f.widget.n}\n`,
      );
  } finally {
    await browser.close();
  }
}
