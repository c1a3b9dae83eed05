// The hostile host page (demo/hostile.css): `all: unset`, Comic Sans in magenta at 6 px with line-height 0.9,
// `display: inline` on every block, red buttons, hidden inputs, hidden .card/.form/.results. None of it may reach
// into the shadow root: the resident still walks household 3 to its results, readable, and axe finds nothing.
import { AxeBuilder } from '@axe-core/playwright';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { household3 } from '../support/ommen.ts';
import { AXE_TAGS } from './support/axe.ts';
import { launch } from './support/chromium.ts';
import { outcomeGroup, regelingTitle, walk } from './support/flow.ts';
import { type StaticServer, startServer } from './support/server.ts';

let server: StaticServer;
beforeAll(async () => {
  server = await startServer();
});
afterAll(() => server.close());

/** What the host CSS would have changed, read inside the shadow root: one line per element that shows it. */
function hostStyleLeaks(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const root = document.querySelector('voorzieningen-wijzer')?.shadowRoot;
    const leaks: string[] = [];
    for (const el of root?.querySelectorAll<HTMLElement>('p, legend, label, button, input, h2, h3, h4, li') ?? []) {
      // The app waits hidden beside the entry's first screen until "Beginnen" (widget/first-screen/contract.ts).
      if (el.closest('[hidden]')) continue;
      // Print-only parts (the date line, the contacts list) are display: none on screen by design: the class that
      // hides them is the only mark they have.
      if (el.closest('.vw-print-only')) continue;
      const style = getComputedStyle(el);
      const name = `${el.tagName.toLowerCase()} "${(el.textContent ?? '').trim().slice(0, 30)}"`;
      if (/comic/i.test(style.fontFamily)) leaks.push(`${name}: font ${style.fontFamily}`);
      if (style.color === 'rgb(255, 0, 255)') leaks.push(`${name}: magenta text`);
      // Radios and checkboxes show no text of their own (their label does).
      const box = el instanceof HTMLInputElement && (el.type === 'radio' || el.type === 'checkbox');
      if (!box && Number.parseFloat(style.fontSize) < 14) leaks.push(`${name}: font-size ${style.fontSize}`);
      if (el.tagName === 'BUTTON' && style.backgroundColor === 'rgb(255, 0, 0)') leaks.push(`${name}: red button`);
      if (el.tagName === 'INPUT' && style.visibility !== 'visible') leaks.push(`${name}: input ${style.visibility}`);
      if (el.getClientRects().length === 0 && el.closest('details:not([open])') === null) leaks.push(`${name}: not rendered`);
    }
    return leaks;
  });
}

it('hostile host CSS does not reach the widget: household 3 completes, readable, axe clean', async () => {
  const browser = await launch();
  const { page } = browser;
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(String(e)));
  try {
    await page.goto(`${server.origin}/demo/hostile.html`);
    // The host page really is hostile: its own .card text is gone and its heading is Comic Sans.
    expect(await page.locator('p.card').isVisible()).toBe(false);
    expect(await page.locator('h1').evaluate((h) => getComputedStyle(h).fontFamily)).toMatch(/comic/i);

    const widget = page.locator('voorzieningen-wijzer');
    const leaks: string[] = [];
    const violations: string[] = [];
    await walk(page, widget, household3, {
      onStep: async (step) => {
        for (const leak of await hostStyleLeaks(page)) leaks.push(`${step}: ${leak}`);
        const axe = await new AxeBuilder({ page }).include('voorzieningen-wijzer').withTags(AXE_TAGS).analyze();
        for (const v of axe.violations)
          violations.push(`${step}: ${v.id} ${v.nodes.map((n) => JSON.stringify(n.target)).join(' ')}`);
      },
    });
    expect(leaks).toEqual([]);
    expect(violations).toEqual([]);
    expect(await outcomeGroup(widget, 'ja').innerText()).toContain(regelingTitle('participatiefonds'));
    expect(errors).toEqual([]);
  } finally {
    await browser.close();
  }
});
