// The look (issue #3, point 4): Utrecht components themed by the host page's --utrecht-* tokens, which reach
// the shadow root by inheritance, and the built-in fallback theme only when the host page defines none or when
// theme="fallback" forces it. Colours are read as computed styles inside the shadow root.
import { readFileSync } from 'node:fs';
import type { Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { axeViolations } from './support/axe.ts';
import { type Browser, launch } from './support/chromium.ts';
import { t } from './support/flow.ts';
import { type StaticServer, startServer } from './support/server.ts';

const TOKEN = '--utrecht-button-primary-action-background-color';
const HOST_COLOUR = 'rgb(1, 2, 3)';
/** #154273 and #ffdd00 from widget/styles/fallback-theme.css. */
const FALLBACK_COLOUR = 'rgb(21, 66, 115)';
const FOCUS_YELLOW = 'rgb(255, 221, 0)';
/** A form token demo/demo-theme.css does not set itself: it comes from the widget's fallback tokens it imports. */
const FORM_TOKEN = '--utrecht-form-control-border-color';
const FORM_VALUE = /--utrecht-form-control-border-color:\s*([^;]+);/.exec(
  readFileSync('widget/styles/fallback-theme-forms.css', 'utf8'),
)?.[1];

let server: StaticServer;
let browser: Browser;
beforeAll(async () => {
  server = await startServer();
  browser = await launch();
});
afterAll(async () => {
  await browser.close();
  await server.close();
});

/** Whether the fallback class is set inside the shadow root, and the start button's computed colours. Classes on
 *  purpose: the fallback theme is a class (README "Theming"), and the colours are computed style. */
async function look(widget: Locator) {
  await widget.getByRole('button', { name: t('nl').intro.start }).waitFor();
  return widget.evaluate((host) => {
    const root = host.shadowRoot as ShadowRoot;
    const button = root.querySelector('.utrecht-button--primary-action') as HTMLElement;
    const style = getComputedStyle(button);
    return {
      fallback: root.querySelector('.vw-fallback-theme') !== null,
      background: style.backgroundColor,
      font: style.fontFamily,
    };
  });
}

/** The strict-CSP page, with the host token set on <body> by CSSOM (allowed under style-src 'self') before the
 *  widget draws, as a theme stylesheet on a gemeente page would be. */
async function cspPage(token?: string): Promise<Page> {
  const page = await browser.context.newPage();
  if (token)
    await page.addInitScript(
      ([name, value]) =>
        document.addEventListener('readystatechange', () => document.body?.style.setProperty(name as string, value as string), {
          once: true,
        }),
      [TOKEN, token],
    );
  await page.goto(`${server.origin}/demo/csp.html`);
  return page;
}

describe('theme', () => {
  it('without host tokens: the fallback theme colours the button and gives a clearly visible focus ring', async () => {
    const page = await cspPage();
    try {
      const widget = page.locator('voorzieningen-wijzer').first();
      expect(await look(widget)).toMatchObject({ fallback: true, background: FALLBACK_COLOUR });
      const button = widget.getByRole('button', { name: t('nl').intro.start });
      await button.focus();
      await page.keyboard.press('Shift+Tab');
      await page.keyboard.press('Tab');
      const ring = await button.evaluate((el) => {
        const s = getComputedStyle(el);
        return {
          outline: `${s.outlineStyle} ${s.outlineWidth} ${s.outlineColor}`,
          background: s.backgroundColor,
          color: s.color,
        };
      });
      expect(ring).toEqual({ outline: 'solid 3px rgb(0, 0, 0)', background: FOCUS_YELLOW, color: 'rgb(0, 0, 0)' });
    } finally {
      await page.close();
    }
  });

  it("a host token on the page's <body> colours the widget's primary button, and no fallback is added", async () => {
    const page = await cspPage(HOST_COLOUR);
    try {
      const widget = page.locator('voorzieningen-wijzer').first();
      expect(await look(widget)).toMatchObject({ fallback: false, background: HOST_COLOUR });
    } finally {
      await page.close();
    }
  });

  it('theme="fallback" forces the built-in theme over the host tokens; theme="host" never adds it', async () => {
    const themed = await cspPage(HOST_COLOUR);
    const bare = await cspPage();
    try {
      const forced = themed.locator('voorzieningen-wijzer').first();
      await look(forced);
      await forced.evaluate((el) => el.setAttribute('theme', 'fallback'));
      await expect.poll(async () => (await look(forced)).fallback).toBe(true);
      expect((await look(forced)).background).toBe(FALLBACK_COLOUR);
      const host = bare.locator('voorzieningen-wijzer').first();
      await look(host);
      await host.evaluate((el) => el.setAttribute('theme', 'host'));
      await expect.poll(async () => (await look(host)).fallback).toBe(false);
    } finally {
      await themed.close();
      await bare.close();
    }
  });

  it('a full host theme (demo/themed.html) styles one widget, the forced fallback the other; both axe clean', async () => {
    const page = await browser.context.newPage();
    try {
      await page.goto(`${server.origin}/demo/themed.html`);
      const hostColour = await page.evaluate((name) => {
        const probe = document.body.appendChild(document.createElement('span'));
        probe.style.color = getComputedStyle(document.documentElement).getPropertyValue(name);
        const colour = getComputedStyle(probe).color;
        probe.remove();
        return colour;
      }, TOKEN);
      const host = await look(page.locator('#widget-host'));
      const fallback = await look(page.locator('#widget-fallback'));
      expect(host).toMatchObject({ fallback: false, background: hostColour });
      expect(host.font).toContain('Fira Sans');
      expect(fallback).toMatchObject({ fallback: true, background: FALLBACK_COLOUR });
      expect(fallback.font).not.toContain('Fira Sans');
      // The page theme is complete (a theme switches the fallback off as a whole): its form tokens reach the widget.
      const formToken = await page
        .locator('#widget-host')
        .evaluate(
          (host, name) =>
            getComputedStyle(host.shadowRoot?.querySelector('.utrecht-button--primary-action') as Element).getPropertyValue(name),
          FORM_TOKEN,
        );
      expect(FORM_VALUE).toBeDefined();
      expect(formToken.trim()).toBe(FORM_VALUE);
      expect(await axeViolations(page)).toEqual([]);
    } finally {
      await page.close();
    }
  });
});
