// Browser Back and Forward in real Chromium (built widget, strict CSP): in the middle of the flow Back stays on
// the page and shows the previous question with its answer filled in, Forward the next one; the address never
// changes. Also "Bewaar uw uitkomst" end to end (the link opens the results on a fresh page) and a host page
// with a Prototype.js-style Array.prototype.toJSON, which must not change the link.
import type { Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeAnswers } from '../support/ommen.ts';
import { axeViolations } from './support/axe.ts';
import { launch } from './support/chromium.ts';
import { neeGroup, outcomeGroup, questionGone, t, walk } from './support/flow.ts';
import { type StaticServer, startServer } from './support/server.ts';

const L = t('nl');
let server: StaticServer;
beforeAll(async () => {
  server = await startServer();
});
afterAll(() => server.close());

const legend = (widget: Locator) => widget.locator('legend').first();
const address = (page: Page) => page.evaluate(() => location.href);
/** "Volgende", then the next question's heading, once it has replaced the current one. */
async function next(page: Page, widget: Locator, current: string): Promise<string> {
  await widget.getByRole('button', { name: L.nav.next, exact: true }).click();
  await questionGone(page, current);
  return legend(widget).innerText();
}

describe('Back and Forward in the resident flow', () => {
  it('go one question back and forward again, stay on the page and keep the answers', async () => {
    const browser = await launch({ width: 390, height: 800 });
    const { page } = browser;
    try {
      await page.goto(`${server.origin}/demo/csp.html`);
      const widget = page.locator('voorzieningen-wijzer');
      const href = await address(page);
      await widget.getByRole('button', { name: L.intro.start }).click();
      const firstLabel = await legend(widget).innerText();
      await widget.getByRole('radio', { name: L.question.yes, exact: true }).check();
      const ageLabel = await next(page, widget, firstLabel);
      await widget.getByRole('textbox').first().fill('40');
      const thirdLabel = await next(page, widget, ageLabel);

      // A host page anchor makes an entry of its own: the step stays, and Back from it returns to the same step.
      await page.evaluate(() => {
        location.hash = 'inhoud';
      });
      await page.waitForTimeout(200);
      expect(await legend(widget).innerText()).toBe(thirdLabel);
      await page.goBack();
      await page.waitForTimeout(200);
      expect(await legend(widget).innerText()).toBe(thirdLabel);

      await page.goBack();
      await expect.poll(() => legend(widget).innerText()).toBe(ageLabel);
      expect(await address(page)).toBe(href);
      expect(await widget.getByRole('textbox').first().inputValue()).toBe('40');
      // Focus is on the step's heading, as after Vorige.
      expect(
        await page.evaluate(() => document.querySelector('voorzieningen-wijzer')?.shadowRoot?.activeElement?.textContent),
      ).toBe(ageLabel);

      await page.goBack();
      await expect.poll(() => widget.getByRole('radio', { name: L.question.yes, exact: true }).isChecked()).toBe(true);
      await page.goForward();
      await expect.poll(() => legend(widget).innerText()).toBe(ageLabel);
      await page.goForward();
      await expect.poll(() => legend(widget).innerText()).toBe(thirdLabel);
      expect(await address(page)).toBe(href);
      expect(await axeViolations(page)).toEqual([]);
    } finally {
      await browser.close();
    }
  });
});

describe('"Bewaar uw uitkomst" in Chromium', () => {
  it('makes a link after consent, copies it, and the link opens the same results on a fresh page', async () => {
    const browser = await launch({ width: 390, height: 800 });
    const { page, context } = browser;
    try {
      await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: server.origin });
      // A host page with Prototype.js 1.6's Array.prototype.toJSON: JSON.stringify double-encodes arrays there.
      await page.addInitScript(() => {
        Object.defineProperty(Array.prototype, 'toJSON', {
          configurable: true,
          value(this: unknown[]) {
            return `[${this.map((v) => JSON.stringify(v)).join(', ')}]`;
          },
        });
      });
      await page.goto(`${server.origin}/demo/csp.html`);
      const widget = page.locator('voorzieningen-wijzer');
      await walk(page, widget, makeAnswers({ leeftijd: 40, leeftijden_kinderen: [4, 13], netto_inkomen: 1200 }));
      const groups = await shownGroups(widget);
      const share = widget.getByRole('region', { name: L.share.heading });
      await share.getByRole('button', { name: L.share.button }).click();
      await share.getByText(L.share.consent).waitFor();
      expect(await axeViolations(page)).toEqual([]);
      await share.getByRole('button', { name: L.share.agree }).click();
      const box = share.getByRole('textbox', { name: L.share.linkLabel });
      const link = await box.inputValue();
      expect(link).toMatch(/#vw=[A-Za-z0-9_-]+$/);
      await share.getByRole('button', { name: L.share.copy }).click();
      await share.getByText(L.share.copied).waitFor();
      expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(link);
      expect(await axeViolations(page)).toEqual([]);

      const fresh = await context.newPage();
      await fresh.goto(link);
      const again = fresh.locator('voorzieningen-wijzer');
      await again.getByRole('heading', { name: L.results.heading, exact: true }).waitFor();
      expect(await shownGroups(again)).toEqual(groups);
      await expect.poll(() => fresh.evaluate(() => location.hash)).toBe('');
      expect(await fresh.evaluate(() => [localStorage.length, sessionStorage.length, document.cookie])).toEqual([0, 0, '']);

      // The same link pasted into a tab that is in the middle of the flow: read on hashchange, then removed.
      const open = await context.newPage();
      await open.goto(`${server.origin}/demo/csp.html`);
      const third = open.locator('voorzieningen-wijzer');
      await third.getByRole('button', { name: L.intro.start }).click();
      await legend(third).waitFor();
      await open.evaluate((hash) => {
        location.hash = hash;
      }, new URL(link).hash);
      await third.getByRole('heading', { name: L.results.heading, exact: true }).waitFor();
      expect(await shownGroups(third)).toEqual(groups);
      await expect.poll(() => open.evaluate(() => location.hash)).toBe('');
      // Back from the opened results goes to the question the resident was on.
      await open.goBack();
      await legend(third).waitFor();
    } finally {
      await browser.close();
    }
  });
});

/** The regeling titles per outcome group on screen: the headings of the rows under each group's heading. */
async function shownGroups(widget: Locator) {
  const out: Record<string, string[]> = {};
  for (const [o, group] of [
    ['ja', outcomeGroup(widget, 'ja')],
    ['misschien', outcomeGroup(widget, 'misschien')],
    ['nee', neeGroup(widget)],
  ] as const) {
    // "Niet van toepassing" is collapsed: its rows are there, not shown.
    const rows = group.getByRole('article', { includeHidden: true });
    out[o] =
      (await group.count()) === 0 ? [] : (await rows.getByRole('heading', { includeHidden: true }).allTextContents()).sort();
  }
  return out;
}
