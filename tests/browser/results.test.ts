// The resident results in Chromium (built widget, strict-CSP demo page), SPEC household 3: the overview fits two
// phone screens at 320 px, the printed summary is at most two A4 pages with the date, the rules version and every
// regeling to apply for, axe finds nothing in nl, en and ar, and a detail opens with the keyboard only.
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Locator } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { evaluate } from '../../widget/engine/index.ts';
import { household3, ommen } from '../support/ommen.ts';
import { axeViolations } from './support/axe.ts';
import { launch } from './support/chromium.ts';
import { type Lang, neeGroup, regelingTitle, t, walk } from './support/flow.ts';
import { type StaticServer, startServer } from './support/server.ts';

const SCREENSHOTS = join(process.cwd(), 'demo/screenshots');
const PHONE = { width: 320, height: 640 };
const startsWith = (text: string) => new RegExp(`^${text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}`);
const rulesFile = JSON.parse(readFileSync(join(process.cwd(), 'rules/ommen.json'), 'utf8')) as { version: string };

let server: StaticServer;
let applyFor: string[];
beforeAll(async () => {
  server = await startServer();
  mkdirSync(SCREENSHOTS, { recursive: true });
  // The csp page's peildatum; the regelingen household 3 can apply for (ja or misschien).
  const result = await evaluate(ommen(), household3, '2026-06-01');
  applyFor = Object.entries(result.regelingen)
    .filter(([, r]) => r.outcome !== 'nee')
    .map(([id]) => id);
});
afterAll(() => server.close());

async function household3Results(lang: Lang, viewport = PHONE) {
  const browser = await launch(viewport);
  const { page } = browser;
  await page.goto(`${server.origin}/demo/csp.html`);
  const widget = page.locator('voorzieningen-wijzer').first();
  if (lang !== 'nl') await widget.evaluate((el, l) => el.setAttribute('lang', l), lang);
  await walk(page, widget, household3, { lang });
  return { browser, page, widget };
}

/** The overview's extent: from the "Uw uitkomst" heading to the end of the help points. Layout: classes on
 *  purpose, the boxes of the parts print.css and widget.css lay out are what is measured. */
const overviewBox = (widget: Locator) =>
  widget.evaluate((host) => {
    const root = host.shadowRoot as ShadowRoot;
    const heading = root.querySelector('.vw-results > :is(h2, h3, h4, h5, h6)')?.getBoundingClientRect();
    const overview = root.querySelector('.vw-overview')?.getBoundingClientRect();
    const nee = root.querySelector('.vw-group--nee')?.getBoundingClientRect();
    return { top: heading?.top ?? 0, bottom: overview?.bottom ?? 0, nee: nee?.top ?? 0, scroll: window.scrollY };
  });

describe('household 3 at 320 px', () => {
  it('the overview (what to do first, every regeling row, the help points) fits in two phone screens', async () => {
    const { browser, page, widget } = await household3Results('nl');
    try {
      const box = await overviewBox(widget);
      expect(box.bottom - box.top, 'overview height in CSS px').toBeLessThanOrEqual(2 * PHONE.height);
      expect(box.nee, '"Niet van toepassing" comes after the overview').toBeGreaterThan(box.bottom);
      for (const id of applyFor) await widget.getByRole('button', { name: startsWith(regelingTitle(id)) }).waitFor();
      // The README's screenshot: the first two phone screens of the results.
      await page.screenshot({
        path: join(SCREENSHOTS, 'results.png'),
        fullPage: true,
        clip: { x: 0, y: box.top + box.scroll - 16, width: PHONE.width, height: 2 * PHONE.height },
      });
    } finally {
      await browser.close();
    }
  });

  it('a detail opens with the keyboard only: Tab to its title, Enter', async () => {
    const { browser, page, widget } = await household3Results('nl');
    try {
      const name = regelingTitle('participatiefonds');
      const toggle = widget.getByRole('button', { name: startsWith(name) });
      expect(await toggle.getAttribute('aria-expanded')).toBe('false');
      // Focus is on the "Uw uitkomst" heading; Tab walks the page in order until it reaches the toggle.
      let reached = false;
      for (let i = 0; i < 10 && !reached; i++) {
        await page.keyboard.press('Tab');
        reached = await toggle.evaluate(
          (el) => el.getRootNode() instanceof ShadowRoot && (el.getRootNode() as ShadowRoot).activeElement === el,
        );
      }
      expect(reached, 'the toggle is reached with Tab').toBe(true);
      await page.keyboard.press('Enter');
      expect(await toggle.getAttribute('aria-expanded')).toBe('true');
      const panel = widget.locator(`#${await toggle.getAttribute('aria-controls')}`);
      expect(await panel.isVisible()).toBe(true);
      expect(await panel.getByRole('heading', { name: t('nl').results.documents }).isVisible()).toBe(true);
      await page.keyboard.press('Enter');
      expect(await panel.isVisible()).toBe(false);
    } finally {
      await browser.close();
    }
  });
});

it('prints at most two A4 pages with the date, the rules version and every regeling to apply for', async () => {
  const { browser, page } = await household3Results('nl', { width: 1280, height: 800 });
  const dir = mkdtempSync(join(tmpdir(), 'vw-print-'));
  try {
    await page.emulateMedia({ media: 'print' });
    const pdf = join(dir, 'results.pdf');
    writeFileSync(pdf, await page.pdf({ format: 'A4' }));
    const pages = Number(/Pages:\s+(\d+)/.exec(execFileSync('pdfinfo', [pdf], { encoding: 'utf8' }))?.[1]);
    expect(pages).toBeGreaterThanOrEqual(1);
    expect(pages).toBeLessThanOrEqual(2);
    const text = execFileSync('pdftotext', [pdf, '-'], { encoding: 'utf8' }).replace(/\s+/g, ' ');
    const today = new Intl.DateTimeFormat('nl-NL', { dateStyle: 'long', timeZone: 'Europe/Amsterdam' }).format(new Date());
    expect(text).toContain(today);
    expect(text).toContain(rulesFile.version);
    for (const id of applyFor) expect(text, id).toContain(regelingTitle(id));
    // Nothing interactive on paper.
    for (const button of [t('nl').results.print, t('nl').results.restart]) expect(text).not.toContain(button);
  } finally {
    rmSync(dir, { recursive: true, force: true });
    await browser.close();
  }
});

describe.each(['nl', 'en', 'ar'] as const)('axe on the results (%s)', (lang) => {
  it('finds nothing, also with a detail and "Niet van toepassing" open', async () => {
    const { browser, page, widget } = await household3Results(lang, { width: 800, height: 700 });
    try {
      expect(await axeViolations(page)).toEqual([]);
      await widget.getByRole('button', { name: startsWith(regelingTitle('participatiefonds', lang)) }).click();
      await widget.locator('summary').first().click();
      await neeGroup(widget, lang).getByRole('article').first().getByRole('button').first().click();
      expect(await axeViolations(page)).toEqual([]);
    } finally {
      await browser.close();
    }
  });
});
