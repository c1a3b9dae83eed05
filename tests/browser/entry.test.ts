// The first-screen entry (widget/first-screen/contract.ts) in real Chromium: the first question fits a 320 x 640
// phone, a click on "Beginnen" before the rest of the widget has loaded is honoured, wijkteam mode's own first
// screen, and the hardening: a browser without Object.hasOwn gets the calm message, an enumerable
// Object.prototype property on the host page breaks neither the ES nor the IIFE build.
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ommenText } from '../support/ommen.ts';
import { axeViolations } from './support/axe.ts';
import { launch } from './support/chromium.ts';
import { t } from './support/flow.ts';
import { type StaticServer, startServer } from './support/server.ts';

const nl = t('nl');
let server: StaticServer;
beforeAll(async () => {
  server = await startServer();
});
afterAll(() => server.close());

/** Holds back the app chunk until `release()`: the entry's first screen alone, as on a slow connection. */
async function holdAppChunk(page: Page) {
  let release = () => {};
  const released = new Promise<void>((ok) => {
    release = ok;
  });
  await page.route(/\/dist\/app-mount-[\w-]+\.js$/, async (route) => {
    await released;
    await route.continue();
  });
  return release;
}

/** A fresh browser for one test: `run` gets its page and the page errors seen so far; closed afterwards. */
async function inBrowser(run: (page: Page, errors: string[]) => Promise<void>, viewport?: { width: number; height: number }) {
  const browser = await launch(viewport);
  const errors: string[] = [];
  browser.page.on('pageerror', (e) => errors.push(String(e)));
  try {
    await run(browser.page, errors);
  } finally {
    await browser.close();
  }
}

const within = (page: Page, selector: string) =>
  page.locator(selector).evaluate((el) => {
    const box = el.getBoundingClientRect();
    return box.top >= 0 && box.left >= 0 && box.bottom <= window.innerHeight && box.right <= window.innerWidth;
  });

describe('at 320 x 640', () => {
  it('the language menu takes one line, and the first question and its "Volgende" fit on the screen', async () => {
    await inBrowser(
      async (page) => {
        await page.goto(`${server.origin}/demo/csp.html`);
        const widget = page.locator('voorzieningen-wijzer');
        const toggle = widget.getByRole('button', { name: `${nl.nav.language}: Nederlands`, expanded: false });
        const height = await toggle.evaluate((b) => b.getBoundingClientRect().height);
        expect(height, 'one compact button, not a list of seven').toBeLessThan(60);
        // The list of every language is not laid out until it is opened.
        expect(await widget.getByRole('navigation', { name: nl.nav.language }).getByRole('list').count()).toBe(0);
        await widget.getByRole('button', { name: nl.intro.start }).click();
        const legend = widget.locator('legend').first();
        await legend.waitFor();
        // Scrolled to the top of the widget, as a resident would be after the heading took the focus.
        await page.evaluate(() => document.querySelector('voorzieningen-wijzer')?.scrollIntoView());
        expect(await legend.evaluate((el) => el.contains((el.getRootNode() as ShadowRoot).activeElement))).toBe(true);
        const next = widget.getByRole('button', { name: nl.nav.next, exact: true });
        expect(await within(page, 'voorzieningen-wijzer >> legend')).toBe(true);
        expect(
          await next.evaluate((el) => {
            const box = el.getBoundingClientRect();
            return box.top >= 0 && box.bottom <= window.innerHeight;
          }),
        ).toBe(true);
      },
      { width: 320, height: 640 },
    );
  });
});

describe('a click before the rest of the widget has loaded', () => {
  it('is remembered, shown as busy with a status, and the first question appears when ready', async () => {
    await inBrowser(async (page, errors) => {
      const release = await holdAppChunk(page);
      await page.goto(`${server.origin}/demo/csp.html`);
      const widget = page.locator('voorzieningen-wijzer');
      const start = widget.getByRole('button', { name: nl.intro.start });
      const started = page.evaluate(
        () => new Promise<boolean>((ok) => document.addEventListener('vw-started', () => ok(true), { once: true })),
      );
      await start.click();
      expect(await started).toBe(true);
      expect(await start.getAttribute('aria-disabled')).toBe('true');
      expect(await widget.getByRole('status').innerText()).toBe(nl.app.busy);
      expect(await widget.locator('legend').count()).toBe(0);
      expect(await axeViolations(page)).toEqual([]);
      release();
      const legend = widget.locator('legend').first();
      await legend.waitFor();
      // The question's heading has the focus, so a screen reader reads the question.
      const focused = await widget.evaluate((host) => host.shadowRoot?.activeElement?.closest('legend') !== null);
      expect(focused).toBe(true);
      expect(await widget.getByText(/^Stap 1 van \d+$/).count()).toBe(1);
      expect(errors).toEqual([]);
    });
  });

  it('wijkteam mode has its own first screen: the title and a status, then the wijkteam view', async () => {
    await inBrowser(
      async (page) => {
        const release = await holdAppChunk(page);
        await page.goto(`${server.origin}/demo/wijkteam.html`);
        const widget = page.locator('voorzieningen-wijzer');
        await widget.getByRole('status').filter({ hasText: nl.app.loading }).waitFor();
        expect(await widget.getByRole('heading', { level: 2 }).first().innerText()).toContain('Ommen');
        expect(await widget.getByRole('button', { name: nl.intro.start }).count()).toBe(0);
        release();
        await widget.getByRole('region', { name: nl.professional.results.heading }).waitFor({ timeout: 30_000 });
        expect(await widget.getByRole('status').filter({ hasText: nl.app.loading }).count()).toBe(0);
      },
      { width: 1280, height: 900 },
    );
  });
});

describe('hardening', () => {
  it('a browser without Object.hasOwn (Safari < 15.4) gets the calm message, not an exception', async () => {
    await inBrowser(async (page, errors) => {
      await page.addInitScript(() => {
        delete (Object as { hasOwn?: unknown }).hasOwn;
      });
      await page.goto(`${server.origin}/demo/csp.html`);
      const widget = page.locator('voorzieningen-wijzer');
      await widget.getByRole('heading', { name: nl.failure.heading }).waitFor();
      // The message under the failure heading.
      const heading = widget.getByRole('heading', { name: nl.failure.heading });
      const text = await heading.evaluate((h) => (h.parentElement?.textContent ?? '').replace(/\u00a0/g, ' '));
      // The bundled rules name the gemeente and its number even though nothing else loaded.
      const { gemeente } = JSON.parse(ommenText);
      expect(text).toContain(nl.failure.text.replace('{{gemeente}}', gemeente.name).replace('{{phone}}', gemeente.contact.phone));
      expect(await widget.getByRole('button', { name: nl.intro.start }).count()).toBe(0);
      expect(errors).toEqual([]);
    });
  });

  it.each([
    ['ES', '/demo/csp.html'],
    ['IIFE', '/demo/amd.html'],
  ])('an enumerable Object.prototype property on the host page breaks nothing (%s build)', async (_, path) => {
    await inBrowser(async (page, errors) => {
      await page.addInitScript(() => {
        // What an old prototype-extending library does.
        Object.defineProperty(Object.prototype, 'vwHostExtra', {
          value: 'x',
          enumerable: true,
          configurable: true,
          writable: true,
        });
      });
      await page.goto(`${server.origin}${path}`);
      const widget = page.locator('voorzieningen-wijzer').first();
      await widget.getByRole('button', { name: nl.intro.start }).click();
      await widget.locator('legend').first().waitFor();
      expect(errors).toEqual([]);
    });
  });
});
