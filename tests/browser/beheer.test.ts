// The beheer and overview pages in real Chromium. The main test does what a policy officer does, without
// reading JSON: raise the participatiefonds limit from 110 % to 120 % in the form, read the before/after
// impact, take over the new example outcomes and download a valid file with a raised version. Also: axe,
// a condition bomb that cannot freeze the page, and no request leaving 127.0.0.1. The pages are TypeScript
// modules, so this test serves them with Vite's dev server (support/server.ts serves built files only).
// @vitest-environment node
import { readFileSync, realpathSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import type { Page, Request } from 'playwright-core';
import { createServer, searchForWorkspaceRoot, type ViteDevServer } from 'vite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { nextVersion } from '../../widget/beheer/download.ts';
import { checkRulesText, todayInAmsterdam } from '../../widget/engine/checker.ts';
import { conditionBomb } from '../beheer/bomb.ts';
import { examplesBetween110And120, OMMEN_TEXT, participatiefondsAt120 } from '../beheer/support.ts';
import { axeViolations } from './support/axe.ts';
import { type Browser, launch } from './support/chromium.ts';

let vite: ViteDevServer;
let browser: Browser;
let origin = '';
const requests: string[] = [];
const ommen = JSON.parse(OMMEN_TEXT);

beforeAll(async () => {
  vite = await createServer({
    // node_modules may be a link to a shared install outside the project (a git worktree): allow it too.
    server: {
      host: '127.0.0.1',
      port: 0,
      strictPort: false,
      hmr: false,
      fs: { allow: [searchForWorkspaceRoot(process.cwd()), realpathSync('node_modules')] },
    },
    // The worker's imports too, so no dependency is found late (which reloads the page mid-test).
    optimizeDeps: { entries: ['demo/beheer.html', 'demo/overzicht.html', 'widget/beheer/check/check-worker.ts'] },
    logLevel: 'error',
  });
  await vite.listen();
  const address = vite.httpServer?.address() as AddressInfo | null;
  origin = `http://127.0.0.1:${address?.port}`;
  browser = await launch({ width: 1280, height: 900 });
  browser.page.on('request', (r: Request) => requests.push(r.url()));
}, 60000);

afterAll(async () => {
  await browser?.close();
  await vite?.close();
});

async function openBeheer(page: Page) {
  await page.goto(`${origin}/demo/beheer.html`);
  await page.getByText(/van de \d+ voorbeeldhuishoudens kloppen/).waitFor({ timeout: 60000 });
}

const section = (page: Page, name: RegExp) => page.getByRole('region', { name });

describe('beheer page in Chromium', () => {
  it('is axe clean after loading, with the editor and the widget shown', async () => {
    const { page } = browser;
    await openBeheer(page);
    await page.getByRole('textbox', { name: 'Het regelbestand (JSON)' }).waitFor();
    await page.getByRole('heading', { name: /Regelingencheck Ommen/ }).waitFor({ timeout: 30000 });
    expect(await axeViolations(page)).toEqual([]);
  }, 90000);

  it('a policy officer raises participatiefonds to 120 %, accepts the new outcomes and downloads a valid file', async () => {
    const { page } = browser;
    await openBeheer(page);
    const form = section(page, /Bewerken/);
    await form.getByLabel('Regeling of hulppunt').selectOption({ label: 'Participatiefonds' });
    const percentage = form.getByLabel('Percentage van de bijstandsnorm');
    expect(await percentage.inputValue()).toBe('110');
    // The form says which other regelingen share the limit, and changes only this one by default.
    await expect.poll(() => form.getByText(/Die gebruiken ook:/).textContent()).toContain('Kwijtschelding');
    expect(await form.getByRole('radio', { name: 'Alleen voor Participatiefonds' }).isChecked()).toBe(true);
    await percentage.fill('120');
    await percentage.press('Tab');

    // The impact in plain words: before → after, who gets it, and the money.
    const gained = examplesBetween110And120(participatiefondsAt120().file);
    const before = ommen.examples.filter(
      (e: { expect: { regelingen?: Record<string, string> } }) => e.expect.regelingen?.participatiefonds === 'ja',
    ).length;
    const impact = section(page, /Gevolgen van uw wijziging/);
    const summary = impact.getByRole('list', { name: 'Samenvatting van de gevolgen' });
    await summary.waitFor({ timeout: 60000 });
    expect(await summary.textContent()).toContain(
      `Participatiefonds: ${before} → ${before + gained.length} van de ${ommen.examples.length} voorbeeldhuishoudens; ${gained.length} erbij, 0 eraf.`,
    );
    const names = await impact.getByRole('list', { name: 'Erbij: Participatiefonds' }).getByRole('listitem').allTextContents();
    expect(names.map((n) => n.replace('Erbij: ', '')).sort()).toEqual([...gained].sort());
    expect(await axeViolations(page)).toEqual([]);

    // The red example households take over their new outcome.
    const examples = section(page, /Voorbeeldhuishoudens/);
    await examples.getByRole('button', { name: `Nieuwe uitkomst overnemen voor alle ${gained.length} huishoudens` }).click();
    const n = ommen.examples.length;
    await examples.getByText(`${n} van de ${n} voorbeeldhuishoudens kloppen.`).waitFor({ timeout: 60000 });

    // Download with the next version; the file passes the same checker as wijzer check.
    const today = todayInAmsterdam();
    const version = nextVersion(ommen.version, today);
    const download = section(page, /Downloaden/);
    expect(
      await download.getByRole('checkbox', { name: `Versie verhogen van ${ommen.version} naar ${version}` }).isChecked(),
    ).toBe(true);
    const button = download.getByRole('button', { name: /Download uw versie/ });
    await expect.poll(() => button.getAttribute('aria-disabled'), { timeout: 60000 }).toBeNull();
    const [file] = await Promise.all([page.waitForEvent('download'), button.click()]);
    expect(file.suggestedFilename()).toBe('ommen.json');
    const text = readFileSync((await file.path()) as string, 'utf8');
    const report = await checkRulesText(text, today);
    expect(report.errors).toEqual([]);
    const out = JSON.parse(text);
    expect(out.version).toBe(version);
    const pf = out.regelingen.find((r: { id: string }) => r.id === 'participatiefonds');
    expect(JSON.stringify(pf.conditions)).toContain('{"fact":"inkomensgrens","params":{"percentage":120}}');
    expect(pf.lastChecked).toBe(today);
    const others = out.regelingen.filter((r: { id: string }) => r.id !== 'participatiefonds');
    expect(others.map((r: { lastChecked: string }) => r.lastChecked)).toEqual(
      ommen.regelingen
        .filter((r: { id: string }) => r.id !== 'participatiefonds')
        .map((r: { lastChecked: string }) => r.lastChecked),
    );
    expect(out.conditions).toEqual(ommen.conditions);
    for (const name of gained) {
      expect(out.examples.find((e: { name: string }) => e.name === name).expect.regelingen.participatiefonds).toBe('ja');
    }
  }, 240000);

  it('an invalid e-mail in the form: the error at the field and in the list, download refused, axe clean', async () => {
    const { page } = browser;
    await openBeheer(page);
    const form = section(page, /Bewerken/);
    const email = form.getByLabel('E-mail');
    await email.fill('administratie at ommen');
    await email.press('Tab');
    await expect.poll(() => email.getAttribute('aria-invalid'), { timeout: 60000 }).toBe('true');
    const errorId = (await email.getAttribute('aria-describedby'))?.split(' ').find((id) => id.endsWith('-error'));
    expect(await page.locator(`[id="${errorId}"]`).textContent()).toMatch(/heeft niet de goede vorm/);
    await section(page, /Controle/)
      .getByRole('list', { name: 'Fouten' })
      .waitFor();
    const download = section(page, /Downloaden/);
    expect(await download.getByRole('button', { name: /Download uw versie/ }).getAttribute('aria-disabled')).toBe('true');
    expect(await download.getByText(/U kunt nog niet downloaden/).isVisible()).toBe(true);
    expect(await axeViolations(page)).toEqual([]);
  }, 120000);

  it('a pasted condition bomb does not freeze the page: the problem is named with its place', async () => {
    const { page } = browser;
    await openBeheer(page);
    const { text, regelingIndex } = conditionBomb(OMMEN_TEXT, 6);
    const editor = page.getByRole('textbox', { name: 'Het regelbestand (JSON)' });
    await editor.click();
    await page.keyboard.press('Control+A');
    // A paste, as staff do it (keyboard.insertText of 300 kB crashes the DevTools connection).
    await editor.evaluate((el, t) => {
      const data = new DataTransfer();
      data.setData('text/plain', t);
      el.dispatchEvent(new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true }));
    }, text);
    const check = section(page, /Controle/);
    // A checker with bounded work refuses it at once; without that bound the worker's time limit stops the
    // check and the heaviest conditions are named. Either way the place is given.
    const problem = check
      .getByRole('listitem')
      .filter({ hasText: `$.regelingen[${regelingIndex}].conditions` })
      .first();
    await problem.waitFor({ timeout: 60000 });
    // The page answered all along: a click in the form still works while and after checking.
    await section(page, /Bewerken/)
      .getByLabel('Regeling of hulppunt')
      .selectOption({ index: 2 });
    await problem.getByRole('button', { name: /Naar regel \d+/ }).click();
    expect(await editor.evaluate((el) => el.contains(document.activeElement) || el === document.activeElement)).toBe(true);
  }, 120000);

  it('opens the source folder rules/ommen, bundled in the browser into the published file', async () => {
    const { page } = browser;
    await openBeheer(page);
    await page.getByLabel('Of een map met bronbestanden').setInputFiles('rules/ommen');
    // A local source has no bundled overview link: its disappearing shows the folder was opened.
    await page.getByRole('link', { name: 'Leesbaar overzicht van dit bestand' }).waitFor({ state: 'detached', timeout: 30000 });
    expect((await page.getByText('Geopend: ommen.json.').textContent())?.trim()).toBe('Geopend: ommen.json.');
    const n = ommen.examples.length;
    await page.getByText(`${n} van de ${n} voorbeeldhuishoudens kloppen.`).waitFor({ timeout: 60000 });
  }, 120000);

  it('runs the voorbeeldgemeente file in the live widget', async () => {
    const { page } = browser;
    await openBeheer(page);
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
