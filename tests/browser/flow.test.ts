// docs/regels-ommen.md §6 households 1 and 3 through the real widget (built ES bundle, strict-CSP demo page), in nl and en:
// the results groups, axe at every step, keyboard only, no CSP violations, no foreign requests, no storage.
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Locator } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Answers } from '../../widget/engine/types.ts';
import { household3, makeAnswers } from '../support/ommen.ts';
import { axeViolations } from './support/axe.ts';
import { launch } from './support/chromium.ts';
import { HOUSEHOLD_1, type Lang, outcomeGroup, t, regelingTitle as title, walk } from './support/flow.ts';
import { type StaticServer, startServer } from './support/server.ts';

const ARTIFACTS = join(process.cwd(), 'tests/browser/artifacts');
const SCREENSHOTS = join(process.cwd(), 'demo/screenshots');

const base: Answers = makeAnswers();

let server: StaticServer;
beforeAll(async () => {
  server = await startServer();
  mkdirSync(ARTIFACTS, { recursive: true });
  mkdirSync(SCREENSHOTS, { recursive: true });
});
afterAll(() => server.close());

async function groupText(widget: Locator, outcome: 'ja' | 'misschien', lang: Lang) {
  return outcomeGroup(widget, outcome, lang).innerText();
}

async function openCsp(lang: Lang, viewport?: { width: number; height: number }) {
  const browser = await launch(viewport);
  const { page } = browser;
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(String(e)));
  await page.addInitScript(() => {
    (window as unknown as { __csp: string[] }).__csp = [];
    document.addEventListener('securitypolicyviolation', (e) =>
      (window as unknown as { __csp: string[] }).__csp.push(`${e.violatedDirective} ${e.blockedURI}`),
    );
  });
  await page.goto(`${server.origin}/demo/csp.html`);
  const widget = page.locator('voorzieningen-wijzer').first();
  if (lang === 'en') await widget.evaluate((el) => el.setAttribute('lang', 'en'));
  return { browser, page, widget, errors };
}

describe.each(['nl', 'en'] as const)('household flows on the strict-CSP page (%s)', (lang) => {
  it('household 1: results, axe clean at every step, no violations, nothing stored, no foreign requests', async () => {
    const { browser, page, widget, errors } = await openCsp(lang);
    const violations: string[] = [];
    try {
      await walk(page, widget, base, {
        lang,
        onStep: async (step) => {
          for (const v of await axeViolations(page)) violations.push(`${step}: ${v}`);
          if (lang === 'nl' && step === 'intro') {
            await page.screenshot({ path: join(ARTIFACTS, 'start.png'), fullPage: true });
            await page.screenshot({ path: join(SCREENSHOTS, 'flow.png'), fullPage: true });
          }
          if (lang === 'nl' && step === 'results') {
            await page.screenshot({ path: join(ARTIFACTS, 'results.png'), fullPage: true });
          }
        },
      });
      expect(violations).toEqual([]);
      const ja = await groupText(widget, 'ja', lang);
      const misschien = await groupText(widget, 'misschien', lang);
      for (const id of HOUSEHOLD_1.ja) expect(ja).toContain(title(id, lang));
      for (const id of HOUSEHOLD_1.misschien) expect(misschien).toContain(title(id, lang));
      expect(ja).not.toContain(title('bijstand', lang));
      expect(await page.evaluate(() => (window as unknown as { __csp: string[] }).__csp)).toEqual([]);
      expect(errors).toEqual([]);
      const origin = new URL(server.origin).host;
      expect(server.requests.filter((r) => r.host !== origin)).toEqual([]);
      const requested = new Set<string>();
      page.context().on('request', (r) => requested.add(new URL(r.url()).host));
      expect([...requested].filter((h) => h !== origin)).toEqual([]);
      expect(await page.context().cookies()).toEqual([]);
      const stored = await page.evaluate(async () => ({
        local: localStorage.length,
        session: sessionStorage.length,
        idb: (await indexedDB.databases()).length,
      }));
      expect(stored).toEqual({ local: 0, session: 0, idb: 0 });
    } finally {
      await browser.close();
    }
  });

  it('household 3 with the keyboard alone', async () => {
    const { browser, page, widget, errors } = await openCsp(lang);
    try {
      await walk(page, widget, household3, { lang, keyboard: true });
      const ja = await groupText(widget, 'ja', lang);
      expect(ja).toContain(title('participatiefonds', lang));
      const misschien = await groupText(widget, 'misschien', lang);
      for (const id of ['kindregelingen', 'kwijtschelding', 'bijstand']) expect(misschien).toContain(title(id, lang));
      expect(errors).toEqual([]);
    } finally {
      await browser.close();
    }
  });
});

it('nothing overflows at 320 px', async () => {
  const { browser, page, widget } = await openCsp('nl', { width: 320, height: 640 });
  try {
    const overflow: string[] = [];
    await walk(page, widget, base, {
      onStep: async (step) => {
        const o = await page.evaluate(() => {
          const host = document.querySelector('voorzieningen-wijzer');
          const wide = [...(host?.shadowRoot?.querySelectorAll('*') ?? [])]
            .filter((el) => el.getBoundingClientRect().width > window.innerWidth)
            .map((el) => `${el.tagName.toLowerCase()}.${el.className}`);
          return { scroll: document.scrollingElement?.scrollWidth ?? 0, wide };
        });
        if (o.scroll > 320 || o.wide.length > 0) overflow.push(`${step}: scrollWidth ${o.scroll}, wide: ${o.wide.join(', ')}`);
      },
    });
    expect(overflow).toEqual([]);
  } finally {
    await browser.close();
  }
});

it(`uses the locale texts (sanity: ${t('nl').intro.start} / ${t('en').intro.start})`, () => {
  expect(t('nl').intro.start).not.toBe(t('en').intro.start);
});
