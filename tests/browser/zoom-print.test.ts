// WCAG 1.4.4 / 1.4.10 and the printed summary. 200 % browser zoom on a 1280 px window leaves 640 CSS px, so
// the widget is walked at that width with the host's text doubled as well; print is Chromium's own print media.

import type { Page } from 'playwright-core';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { makeAnswers } from '../support/ommen.ts';
import { launch } from './support/chromium.ts';
import { officialName, t, walk } from './support/flow.ts';
import { type StaticServer, startServer } from './support/server.ts';

let server: StaticServer;
beforeAll(async () => {
  server = await startServer();
});
afterAll(() => server.close());

/** Elements inside the widget wider than the viewport, and the page's horizontal scroll width. */
const overflowAt = (page: Page) =>
  page.evaluate(() => {
    const host = document.querySelector('voorzieningen-wijzer');
    const wide = [...(host?.shadowRoot?.querySelectorAll('*') ?? [])]
      .filter((el) => el.getBoundingClientRect().right > window.innerWidth + 1)
      .map((el) => `${el.tagName.toLowerCase()}.${el.className}`);
    return { scroll: document.scrollingElement?.scrollWidth ?? 0, width: window.innerWidth, wide };
  });

it('at 200 % zoom with doubled host text, every step reflows without horizontal scrolling', async () => {
  const browser = await launch({ width: 640, height: 480 });
  try {
    const { page } = browser;
    await page.goto(`${server.origin}/demo/csp.html`);
    // CSSOM, so the strict CSP of the page allows it; the widget's rem-based sizes follow the host's text size.
    await page.evaluate(() => {
      document.documentElement.style.fontSize = '200%';
    });
    const widget = page.locator('voorzieningen-wijzer').first();
    const problems: string[] = [];
    await walk(page, widget, makeAnswers(), {
      onStep: async (step) => {
        const o = await overflowAt(page);
        if (o.scroll > o.width || o.wide.length > 0)
          problems.push(`${step}: scrollWidth ${o.scroll} > ${o.width}: ${o.wide.join(', ')}`);
      },
    });
    expect(problems).toEqual([]);
    const size = await widget
      .locator('h2, h3')
      .first()
      .evaluate((el) => Number.parseFloat(getComputedStyle(el).fontSize));
    expect(size, 'host text size reaches the widget').toBeGreaterThanOrEqual(32);
  } finally {
    await browser.close();
  }
});

it('prints a clean summary: results and disclaimer, no buttons, on A4', async () => {
  const browser = await launch();
  try {
    const { page } = browser;
    await page.goto(`${server.origin}/demo/csp.html`);
    const widget = page.locator('voorzieningen-wijzer').first();
    await walk(page, widget, makeAnswers());
    await page.emulateMedia({ media: 'print' });
    const L = t('nl');
    expect(await widget.getByRole('button', { name: L.results.restart }).isVisible(), 'no buttons on paper').toBe(false);
    // Classes on purpose: on paper the screen's headings and buttons may be hidden, and the print layout is what
    // is checked here, so the parts are found as print.css finds them.
    const text = await widget.locator('section.vw-group--ja').innerText();
    expect(text).toContain(officialName('participatiefonds'));
    const disclaimer = L.results.disclaimer.split('{{')[0].trim();
    expect(await widget.locator('.vw-disclaimer').innerText(), 'the disclaimer is on paper').toContain(disclaimer);
    const pdf = await page.pdf({ format: 'A4', printBackground: false });
    expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
    expect(pdf.toString('latin1').match(/\/Type\s*\/Page\b/g)?.length ?? 0).toBeGreaterThanOrEqual(1);
  } finally {
    await browser.close();
  }
});
