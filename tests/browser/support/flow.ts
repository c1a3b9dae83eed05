// Drives the widget like a resident: reads the question heading (the legend), finds the question in the rules
// file by its label, and answers it from a household. Keyboard-only when asked (Tab/Space/Enter/typing).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Locator, Page } from 'playwright-core';
import type { Answers, AnswerValue, Question } from '../../../widget/engine/types.ts';
import { ommenText } from '../../support/ommen.ts';

const rules = JSON.parse(ommenText) as {
  questions: Question[];
  regelingen: { id: string; officialName: string; texts: Partial<Record<Lang, { title: string }>> }[];
};
export type Lang = 'nl' | 'en' | 'ar' | 'uk' | 'pl' | 'tr' | 'ti';
export const LANGS: Lang[] = ['nl', 'en', 'ar', 'uk', 'pl', 'tr', 'ti'];
const locales = Object.fromEntries(
  LANGS.map((l) => [l, JSON.parse(readFileSync(join(process.cwd(), `locales/${l}.json`), 'utf8'))]),
  // biome-ignore lint/suspicious/noExplicitAny: locale files are plain JSON trees
) as Record<Lang, any>;
export const t = (lang: Lang) => locales[lang];

/** A regeling's title as the widget shows it in `lang` (the Dutch one where the rules have no text in it). */
export function regelingTitle(id: string, lang: Lang = 'nl'): string {
  const texts = rules.regelingen.find((r) => r.id === id)?.texts;
  const title = (texts?.[lang] ?? texts?.nl)?.title;
  if (!title) throw new Error(`no regeling ${id}`);
  return title;
}

const escapeRegExp = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** The section a heading starts: of every section around it, the innermost (they come in document order). */
export const sectionOf = (widget: Locator, heading: Locator) => widget.locator('section').filter({ has: heading }).last();

/** A resident outcome group, ja or misschien, by its heading ("Misschien (8 regelingen)"). */
export function outcomeGroup(widget: Locator, outcome: 'ja' | 'misschien', lang: Lang = 'nl'): Locator {
  const name = new RegExp(`^${escapeRegExp(t(lang).results.group[outcome])} \\(`);
  return sectionOf(widget, widget.page().getByRole('heading', { name }));
}

/** The collapsed "Niet van toepassing (n)" part of the resident results, by its summary. */
export function neeGroup(widget: Locator, lang: Lang = 'nl'): Locator {
  const summary = new RegExp(`^${escapeRegExp(t(lang).results.group.nee)} \\(`);
  return widget.locator('details').filter({ has: widget.page().getByText(summary) });
}

/** The language or direction the widget's content is read in: the nearest lang or dir around its title. */
export const widgetLanguage = (widget: Locator, name: 'lang' | 'dir') =>
  widget
    .getByRole('heading')
    .first()
    .evaluate((h, n) => h.closest(`[${n}]`)?.getAttribute(n) ?? null, name);

/** A regeling's official (Dutch) name from the rules file: the widget keeps it next to every translated title. */
export function officialName(id: string): string {
  const name = rules.regelingen.find((r) => r.id === id)?.officialName;
  if (!name) throw new Error(`no regeling ${id}`);
  return name;
}

/** docs/regels-ommen.md §6 household 1 (makeAnswers()): the expected groups, as in tests/engine/spec-examples.test.ts. */
export const HOUSEHOLD_1 = {
  ja: ['participatiefonds'],
  misschien: ['collectieve-zorgverzekering', 'huurtoeslag', 'kwijtschelding', 'zorgtoeslag'],
};

function questionByLabel(label: string, lang: Lang): Question {
  const q = rules.questions.find((x) => (x.texts[lang]?.label ?? x.texts.nl?.label)?.trim() === label.trim());
  if (!q) throw new Error(`no question with label "${label}"`);
  return q;
}

/** Typed the way a resident of that language writes it: a decimal comma in nl, uk, pl and tr. */
const money = (v: number, lang: Lang) => (['nl', 'uk', 'pl', 'tr'].includes(lang) ? String(v).replace('.', ',') : String(v));

/** Answer the question on screen; returns its id. `onStep` runs before answering (axe, screenshots). */
async function answer(widget: Locator, q: Question, v: AnswerValue, lang: Lang, keyboard: boolean, page: Page) {
  const L = t(lang);
  const choose = async (name: string) => {
    const radio = widget.getByRole('radio', { name, exact: true });
    if (keyboard) {
      await radio.focus();
      await page.keyboard.press('Space');
    } else await radio.check();
  };
  const type = async (text: string) => {
    const box = widget.getByRole('textbox').first();
    if (keyboard) {
      await box.focus();
      await page.keyboard.type(text);
    } else await box.fill(text);
  };
  if (v === null) return choose(L.question.unknown);
  switch (q.type) {
    case 'boolean':
      return choose(v ? L.question.yes : L.question.no);
    case 'choice': {
      const texts = q.texts[lang] ?? q.texts.nl;
      const options = (texts?.options ?? {}) as Record<string, string>;
      return choose(options[v as string] ?? String(v));
    }
    case 'money':
      return type(money(v as number, lang));
    case 'integer':
      return type(String(v));
    case 'ages': {
      const ages = v as number[];
      if (ages.length === 0) return choose(L.question.ages.none);
      await choose(L.question.ages.some);
      const boxes = widget.getByRole('textbox');
      await boxes.first().fill(String(ages.length));
      for (const [i, age] of ages.entries()) await boxes.nth(i + 1).fill(String(age));
    }
  }
}

/** Waits until the question headed `label` has left the page's (first) widget: a click on Volgende returns before
 *  the next step renders, so the heading read right after it may still be the old one. */
export async function questionGone(page: Page, label: string): Promise<void> {
  await page.waitForFunction(
    ([label]) => {
      const host = document.querySelector('voorzieningen-wijzer');
      return host?.shadowRoot?.querySelector('legend')?.textContent?.trim() !== label;
    },
    [label],
  );
}

export interface WalkOptions {
  lang?: Lang;
  keyboard?: boolean;
  onStep?: (questionId: string | 'intro' | 'review' | 'results') => Promise<void>;
}

/** From the intro to the results. Returns the question ids in the order they were asked. */
export async function walk(page: Page, widget: Locator, household: Answers, options: WalkOptions = {}): Promise<string[]> {
  const lang = options.lang ?? 'nl';
  const L = t(lang);
  const press = async (name: string) => {
    const button = widget.getByRole('button', { name, exact: true });
    if (options.keyboard) {
      await button.focus();
      await page.keyboard.press('Enter');
    } else await button.click();
  };
  await widget.getByRole('button', { name: L.intro.start }).waitFor();
  await options.onStep?.('intro');
  await press(L.intro.start);
  const asked: string[] = [];
  for (let i = 0; i < 40; i++) {
    const legend = widget.locator('legend').first();
    const review = widget.getByRole('button', { name: L.review.showResults });
    await legend.or(review).first().waitFor();
    if (await review.isVisible()) break;
    const label = await legend.innerText();
    const q = questionByLabel(label, lang);
    await options.onStep?.(q.id);
    asked.push(q.id);
    await answer(widget, q, household[q.id] ?? null, lang, options.keyboard ?? false, page);
    await press(L.nav.next);
    await questionGone(page, label);
  }
  await options.onStep?.('review');
  await press(L.review.showResults);
  await widget.getByRole('heading', { name: L.results.heading, exact: true }).waitFor();
  await options.onStep?.('results');
  return asked;
}
