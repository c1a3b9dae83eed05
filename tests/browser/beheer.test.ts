// The beheer and overview pages in real Chromium: axe clean, the live widget runs the edited rules, and no
// request leaves 127.0.0.1. The pages are TypeScript modules, so this test serves them with Vite's dev
// server (tests/browser/support/server.ts serves the built files only).
// @vitest-environment node
import type { AddressInfo } from 'node:net';
import type { Page, Request } from 'playwright-core';
import { createServer, type ViteDevServer } from 'vite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { axeViolations } from './support/axe.ts';
import { type Browser, launch } from './support/chromium.ts';

let vite: ViteDevServer;
let browser: Browser;
let origin = '';
const requests: string[] = [];

beforeAll(async () => {
  vite = await createServer({ server: { host: '127.0.0.1', port: 0, strictPort: false, hmr: false }, logLevel: 'error' });
  await vite.listen();
  const address = vite.httpServer?.address() as AddressInfo | null;
  origin = `http://127.0.0.1:${address?.port}`;
  browser = await launch({ width: 1100, height: 900 });
  browser.page.on('request', (r: Request) => requests.push(r.url()));
}, 60000);

afterAll(async () => {
  await browser?.close();
  await vite?.close();
});

async function openBeheer(page: Page) {
  await page.goto(`${origin}/demo/beheer.html`);
  await page.getByText(/van de \d+ voorbeeldhuishoudens kloppen/).waitFor({ timeout: 30000 });
}

/** Replace the whole editor text at once; Playwright's fill() types a 300 kB file far too slowly. */
async function setEditor(page: Page, text: string) {
  await page.getByLabel('Het regelbestand (JSON)').evaluate((el, value) => {
    (el as HTMLTextAreaElement).value = value;
    el.dispatchEvent(new Event('input', { bubbles: true }));
  }, text);
}

describe('beheer page in Chromium', () => {
  it('is axe clean after loading, with the widget shown', async () => {
    const { page } = browser;
    await openBeheer(page);
    await page.locator('voorzieningen-wijzer, .bh-widget').first().waitFor();
    await page.getByRole('heading', { name: /Regelingencheck Ommen/ }).waitFor({ timeout: 30000 });
    expect(await axeViolations(page)).toEqual([]);
  }, 60000);

  it('is axe clean with a schema error and the impact preview on screen', async () => {
    const { page } = browser;
    const editor = page.getByLabel('Het regelbestand (JSON)');
    const text = await editor.inputValue();
    await setEditor(page, text.replace('"status": "actief"', '"status": "klaar"'));
    await page.getByRole('list', { name: 'Fouten' }).waitFor({ timeout: 30000 });
    expect(await page.getByRole('status').first().textContent()).toMatch(/fout/);
    expect(await axeViolations(page)).toEqual([]);
    await setEditor(page, text.replace('"percentage": 110', '"percentage": 120'));
    await page.getByRole('list', { name: 'Samenvatting van de gevolgen' }).waitFor({ timeout: 60000 });
    expect(await axeViolations(page)).toEqual([]);
  }, 120000);

  it('runs the voorbeeldgemeente file in the live widget', async () => {
    const { page } = browser;
    page.once('dialog', (d) => void d.accept());
    await page.getByLabel('Meegeleverd bestand').selectOption('voorbeeldgemeente');
    await page.getByRole('button', { name: 'Openen' }).click();
    await page.getByRole('heading', { name: 'Regelingencheck Voorbeeldgemeente' }).waitFor({ timeout: 30000 });
  }, 60000);

  it('the overview page is axe clean and has a section per regeling', async () => {
    const { page } = browser;
    await page.goto(`${origin}/demo/overzicht.html`);
    await page.getByRole('region', { name: 'Participatiefonds' }).waitFor({ timeout: 30000 });
    expect(await page.getByRole('region').count()).toBeGreaterThanOrEqual(19);
    expect(await axeViolations(page)).toEqual([]);
  }, 60000);

  it('sends nothing anywhere: every request stays on the dev server or in the browser', () => {
    const outside = requests.filter((u) => !u.startsWith(origin) && !u.startsWith('blob:') && !u.startsWith('data:'));
    expect(outside).toEqual([]);
  });
});
