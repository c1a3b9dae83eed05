// @vitest-environment node
// The supported browsers are one list (package.json browserslist, README "Supported browsers"): the build targets
// exactly those, and every one of them has what the widget uses without a polyfill.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import config from '../../vite.config.ts';

const queries = (JSON.parse(readFileSync(join(process.cwd(), 'package.json'), 'utf8')) as { browserslist: string[] })
  .browserslist;
const NAMES: Record<string, string> = { chrome: 'chrome', edge: 'edge', firefox: 'firefox', safari: 'safari', ios_saf: 'ios' };

/** First versions with Object.hasOwn and constructable style sheets (adoptedStyleSheets), per MDN. */
const NEEDED: Record<string, number> = { chrome: 93, edge: 93, firefox: 101, safari: 16.4, ios: 16.4 };

describe('build target', () => {
  const target = config.build?.target as string[];

  it('is the browserslist of package.json, one lowest version per browser', () => {
    // Read the simple "name >= version" queries here directly, independent of the build's own parsing.
    const expected = queries
      .map((q) => /^(\w+) >= ([\d.]+)$/.exec(q.trim()))
      .map((m) => `${NAMES[m?.[1] ?? ''] ?? m?.[1]}${m?.[2]}`)
      .sort();
    expect(target).toEqual(expected);
  });

  it('includes no browser without Object.hasOwn and adoptedStyleSheets', () => {
    for (const entry of target) {
      const [, name = '', version = ''] = /^([a-z]+)([\d.]+)$/.exec(entry) ?? [];
      expect(Number.parseFloat(version), entry).toBeGreaterThanOrEqual(NEEDED[name] ?? Number.POSITIVE_INFINITY);
    }
  });
});
