// The other demo pages: an AMD host page, two independent widgets, and a broken rules URL.
import { afterAll, beforeAll, expect, it } from 'vitest';
import { launch } from './support/chromium.ts';
import { t } from './support/flow.ts';
import { type StaticServer, startServer } from './support/server.ts';

let server: StaticServer;
beforeAll(async () => {
  server = await startServer();
});
afterAll(() => server.close());

it('works on a host page with an AMD define() (IIFE build)', async () => {
  const browser = await launch();
  const errors: string[] = [];
  browser.page.on('pageerror', (e) => errors.push(String(e)));
  try {
    await browser.page.goto(`${server.origin}/demo/amd.html`);
    expect(await browser.page.evaluate(() => typeof (window as unknown as { define?: { amd?: unknown } }).define?.amd)).not.toBe(
      'undefined',
    );
    const widget = browser.page.locator('voorzieningen-wijzer').first();
    await widget.getByRole('button', { name: t('nl').intro.start }).click();
    await widget.locator('legend').first().waitFor();
    expect(errors).toEqual([]);
  } finally {
    await browser.close();
  }
});

it('two widgets on one page work independently', async () => {
  const browser = await launch();
  try {
    await browser.page.goto(`${server.origin}/demo/two.html`);
    const nl = browser.page.locator('#widget-nl');
    const en = browser.page.locator('#widget-en');
    await nl.getByRole('button', { name: t('nl').intro.start }).click();
    await nl.locator('legend').first().waitFor();
    // The English widget is still on its intro: starting one does not start the other.
    await expect(en.getByRole('button', { name: t('en').intro.start }).isVisible()).resolves.toBe(true);
    expect(await en.locator('legend').count()).toBe(0);
    await en.getByRole('button', { name: t('en').intro.start }).click();
    await en.locator('legend').first().waitFor();
    expect(await nl.locator('legend').first().innerText()).not.toBe(await en.locator('legend').first().innerText());
  } finally {
    await browser.close();
  }
});

it("Back, and Vorige in one widget, never move the other widget's step", async () => {
  const browser = await launch();
  const { page } = browser;
  try {
    await page.goto(`${server.origin}/demo/two.html`);
    const nl = page.locator('#widget-nl');
    const en = page.locator('#widget-en');
    const legend = (w: typeof nl) => w.locator('legend').first().innerText();
    await nl.getByRole('button', { name: t('nl').intro.start }).click();
    await nl.getByRole('radio', { name: t('nl').question.yes, exact: true }).check();
    const first = await legend(nl);
    await nl.getByRole('button', { name: t('nl').nav.next, exact: true }).click();
    await expect.poll(() => legend(nl)).not.toBe(first);
    const second = await legend(nl);
    await en.getByRole('button', { name: t('en').intro.start }).click();
    await en.locator('legend').first().waitFor();
    // Back lands on the Dutch widget's newest entry; the English widget's Vorige then must not walk further back.
    await page.goBack();
    await page.waitForTimeout(300);
    await en.getByRole('button', { name: t('en').nav.back, exact: true }).click();
    await en.getByRole('button', { name: t('en').intro.start }).waitFor();
    await page.waitForTimeout(300);
    expect(await legend(nl)).toBe(second);
    await nl.getByRole('button', { name: t('nl').nav.back, exact: true }).click();
    await expect.poll(() => legend(nl)).toBe(first);
    await page.waitForTimeout(300);
    expect(await en.locator('legend').count()).toBe(0);
    expect(new URL(page.url()).pathname).toBe('/demo/two.html');
  } finally {
    await browser.close();
  }
});

it('a broken rules URL shows the calm message with a phone number, and no page error', async () => {
  const browser = await launch();
  const errors: string[] = [];
  browser.page.on('pageerror', (e) => errors.push(String(e)));
  try {
    await browser.page.goto(`${server.origin}/demo/broken.html`);
    const widget = browser.page.locator('voorzieningen-wijzer').first();
    // The calm message replaces the first screen (whose own status line is there, empty, from the start).
    await widget.getByRole('heading', { name: t('nl').failure.heading }).waitFor();
    const message = widget.locator('.utrecht-alert [role="status"]');
    // The host element's innerText is empty (the text lives in the shadow root), so read the message itself.
    const text = await message.innerText();
    expect(text).toContain('werkt nu even niet');
    expect(text).toMatch(/\b14 ?0529\b|\d{3,4}[ -]?\d{6,7}/);
    expect(errors).toEqual([]);
  } finally {
    await browser.close();
  }
});

it('the default embed never downloads the rules checker; a host rules URL does', async () => {
  const checkerRequests = () => server.requests.filter((r) => /\/dist\/checker-[\w-]+\.js$/.test(r.url)).length;
  const browser = await launch();
  try {
    const before = checkerRequests();
    await browser.page.goto(`${server.origin}/demo/csp.html`);
    await browser.page
      .locator('voorzieningen-wijzer')
      .first()
      .getByRole('button', { name: t('nl').intro.start })
      .waitFor();
    expect(checkerRequests(), 'bundled, CI-checked rules need no validator').toBe(before);
    await browser.page.goto(`${server.origin}/demo/broken.html`);
    await browser.page
      .locator('voorzieningen-wijzer')
      .first()
      .getByRole('heading', { name: t('nl').failure.heading })
      .waitFor();
    expect(checkerRequests(), "a host's own file is checked in full").toBeGreaterThan(before);
  } finally {
    await browser.close();
  }
});
