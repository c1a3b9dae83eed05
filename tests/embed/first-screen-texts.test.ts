// The entry's first-screen texts (widget/first-screen/texts.ts): Dutch built in, every other interface language
// from the first part of its locale file (widget/i18n/text-parts.ts), each equal to the locale file's keys.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { FIRST_SCREEN_KEYS } from '../../widget/first-screen/text-keys.ts';
import { firstScreenTexts } from '../../widget/first-screen/texts.ts';

const LOCALES = join(process.cwd(), 'locales');
const locale = (lang: string) => JSON.parse(readFileSync(join(LOCALES, `${lang}.json`), 'utf8'));
const languages = readdirSync(LOCALES).map((f) => f.replace(/\.json$/, ''));

describe('firstScreenTexts', () => {
  it.each(languages)('%s: every first-screen key as in its locale file (Dutch where it has none)', async (lang) => {
    const texts = await firstScreenTexts(lang);
    const own = locale(lang);
    const nl = locale('nl');
    for (const [group, keys] of Object.entries(FIRST_SCREEN_KEYS)) {
      for (const key of keys) {
        const value = (texts as Record<string, Record<string, string>>)[group]?.[key];
        expect(value, `${lang} ${group}.${key}`).toBe(own[group]?.[key] || nl[group][key]);
      }
    }
  });

  it('an unknown language gets Dutch; a result is a copy, so filling in Dutch never changes the chunk', async () => {
    expect(await firstScreenTexts('xx')).toEqual(await firstScreenTexts('nl'));
    const a = await firstScreenTexts('en');
    a.intro.start = 'changed';
    expect((await firstScreenTexts('en')).intro.start).toBe(locale('en').intro.start);
  });
});
