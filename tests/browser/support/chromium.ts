// Debian's Chromium through playwright-core, with a fresh profile every launch (docs/stack.md §6).
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type BrowserContext, chromium, type Page, type Browser as PlaywrightBrowser } from 'playwright-core';

export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

export interface Browser {
  context: BrowserContext;
  page: Page;
  close(): Promise<void>;
}

export async function launch(viewport = { width: 800, height: 700 }, locale = 'nl-NL'): Promise<Browser> {
  const dir = mkdtempSync(join(tmpdir(), 'vw-profile-'));
  const context = await chromium.launchPersistentContext(dir, {
    executablePath: CHROMIUM,
    headless: true,
    viewport,
    locale,
    args: ARGS,
  });
  const page = context.pages()[0] ?? (await context.newPage());
  return {
    context,
    page,
    async close() {
      await context.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

/** One Chromium for many contexts (the bench): each newContext() is a fresh profile of its own, and one launch
 *  instead of one per figure saves a second or more each. */
export const launchBrowser = (): Promise<PlaywrightBrowser> =>
  chromium.launch({ executablePath: CHROMIUM, headless: true, args: ARGS });
