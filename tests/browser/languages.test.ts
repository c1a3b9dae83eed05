// Every language in real Chromium (built ES bundle, strict-CSP page): a household through the UI in Arabic and
// in Ukrainian, Arabic right to left (in the DOM, in computed style and in where the text lands, plus a kept
// screenshot), axe clean on the start and results screens in every language, only the chosen language's
// locale chunk downloaded, and the language taken from the host page when the element has no lang.
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Answers } from '../../widget/engine/types.ts';
import { makeAnswers } from '../support/ommen.ts';
import { axeViolations } from './support/axe.ts';
import { launch } from './support/chromium.ts';
import {
  HOUSEHOLD_1,
  LANGS,
  type Lang,
  officialName,
  outcomeGroup,
  t,
  regelingTitle as title,
  walk,
  widgetLanguage,
} from './support/flow.ts';
import { type StaticServer, startServer } from './support/server.ts';

const ARTIFACTS = join(process.cwd(), 'tests/browser/artifacts');

// docs/regels-ommen.md §6 household 1.
const base: Answers = makeAnswers();

let server: StaticServer;
beforeAll(async () => {
  server = await startServer();
  mkdirSync(ARTIFACTS, { recursive: true });
});
afterAll(() => server.close());

async function open(lang: Lang) {
  const browser = await launch();
  const { page } = browser;
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(String(e)));
  await page.goto(`${server.origin}/demo/csp.html`);
  const widget = page.locator('voorzieningen-wijzer').first();
  await widget.evaluate((el, l) => el.setAttribute('lang', l), lang);
  await widget.getByRole('button', { name: t(lang).intro.start, exact: true }).waitFor();
  return { browser, page, widget, errors };
}

const groupText = (widget: Locator, outcome: 'ja' | 'misschien', lang: Lang) => outcomeGroup(widget, outcome, lang).innerText();

/** Which languages' locale chunks (dist/<lang>-first-<hash>.js, dist/<lang>-later-<hash>.js) the page downloaded. */
function localeChunks(since: number): string[] {
  const pattern = new RegExp(`/dist/(?:assets/)?(${LANGS.join('|')})-[\\w-]+\\.js$`);
  return [
    ...new Set(
      server.requests
        .slice(since)
        .map((r) => pattern.exec(r.url)?.[1])
        .filter((l): l is string => l !== undefined),
    ),
  ].sort();
}

async function completeHousehold(lang: Lang, page: Page, widget: Locator) {
  const violations: string[] = [];
  await walk(page, widget, base, {
    lang,
    onStep: async (step) => {
      if (step === 'intro' || step === 'results') for (const v of await axeViolations(page)) violations.push(`${step}: ${v}`);
    },
  });
  const ja = await groupText(widget, 'ja', lang);
  const misschien = await groupText(widget, 'misschien', lang);
  for (const id of HOUSEHOLD_1.ja) expect(ja).toContain(title(id, lang));
  for (const id of HOUSEHOLD_1.misschien) expect(misschien).toContain(title(id, lang));
  // The official Dutch name stays next to the translation.
  expect(ja).toContain(officialName('participatiefonds'));
  return violations;
}

describe.each(['ar', 'uk'] as const)('a household through the UI in %s', (lang) => {
  it('reaches the expected results, axe clean, with only the chosen language downloaded', async () => {
    const since = server.requests.length;
    const { browser, page, widget, errors } = await open(lang);
    try {
      const violations = await completeHousehold(lang, page, widget);
      expect(violations).toEqual([]);
      expect(await widget.getByText(t(lang).language.notice).count()).toBe(1);
      // nl is the source and fallback, always loaded; no other language was fetched.
      expect(localeChunks(since)).toEqual(['nl', lang].sort());
      expect(errors).toEqual([]);
      if (lang === 'ar') await checkRightToLeft(page, widget);
    } finally {
      await browser.close();
    }
  });
});

async function checkRightToLeft(page: Page, widget: Locator) {
  // Layout: classes on purpose, the box and the computed style of a card and its heading are what is measured.
  const layout = await widget.evaluate((host) => {
    const root = host.shadowRoot?.querySelector('.vw-root') as HTMLElement;
    const card = host.shadowRoot?.querySelector('section.vw-group--ja article.vw-card') as HTMLElement;
    const heading = card.querySelector('.vw-card__heading') as HTMLElement;
    const range = document.createRange();
    range.selectNodeContents(heading);
    const text = range.getBoundingClientRect();
    const box = card.getBoundingClientRect();
    const style = getComputedStyle(card);
    return {
      dir: root.getAttribute('dir'),
      lang: root.getAttribute('lang'),
      direction: style.direction,
      textAlign: getComputedStyle(heading).textAlign,
      // The accent border is on the inline start: the right side in Arabic.
      borderRight: Number.parseFloat(style.borderRightWidth),
      borderLeft: Number.parseFloat(style.borderLeftWidth),
      gapRight: box.right - text.right,
      gapLeft: text.left - box.left,
    };
  });
  expect(layout.dir).toBe('rtl');
  expect(layout.lang).toBe('ar');
  expect(layout.direction).toBe('rtl');
  expect(['start', 'right']).toContain(layout.textAlign);
  expect(layout.borderRight).toBeGreaterThan(layout.borderLeft);
  // The heading's text hugs the right edge of the card, not the left.
  expect(layout.gapRight).toBeLessThan(layout.gapLeft);
  await page.screenshot({ path: join(ARTIFACTS, 'ar-results.png'), fullPage: true });
}

describe('axe on the start and results screens in every language', () => {
  it.each(LANGS)('%s', async (lang) => {
    const { browser, page, widget, errors } = await open(lang);
    try {
      const violations = await completeHousehold(lang, page, widget);
      expect(violations).toEqual([]);
      expect(await widgetLanguage(widget, 'lang')).toBe(lang);
      expect(await widgetLanguage(widget, 'dir')).toBe(lang === 'ar' ? 'rtl' : 'ltr');
      expect(errors).toEqual([]);
    } finally {
      await browser.close();
    }
  });
});

it('takes the language of the host page when the element has none, and stores nothing', async () => {
  const browser = await launch();
  const { page } = browser;
  try {
    await page.goto(`${server.origin}/demo/csp.html`);
    await page
      .locator('voorzieningen-wijzer')
      .first()
      .getByRole('button', { name: t('nl').intro.start })
      .waitFor();
    await page.evaluate(() => {
      const section = document.createElement('section');
      section.setAttribute('lang', 'uk-UA');
      const el = document.createElement('voorzieningen-wijzer');
      el.setAttribute('date', '2026-06-01');
      el.id = 'from-host';
      section.appendChild(el);
      document.body.appendChild(section);
    });
    const widget = page.locator('#from-host');
    await widget.getByRole('button', { name: t('uk').intro.start, exact: true }).waitFor();
    expect(await widgetLanguage(widget, 'lang')).toBe('uk');
    // The compact menu names the current language; opened, every language in its own name.
    await widget.getByRole('button', { name: `${t('uk').nav.language}: Українська`, expanded: false }).click();
    const names = await widget
      .getByRole('navigation', { name: t('uk').nav.language })
      .getByRole('list')
      .getByRole('button')
      .allInnerTexts();
    expect(names).toEqual(['Nederlands', 'English', 'العربية', 'Українська', 'Polski', 'Türkçe', 'ትግርኛ']);
    await widget.getByRole('button', { name: 'Türkçe' }).click();
    await widget.getByRole('button', { name: t('tr').intro.start, exact: true }).waitFor();
    const stored = await page.evaluate(() => ({
      local: localStorage.length,
      session: sessionStorage.length,
      cookie: document.cookie,
    }));
    expect(stored).toEqual({ local: 0, session: 0, cookie: '' });
  } finally {
    await browser.close();
  }
});
