// Wijkteam mode in real Chromium (built ES bundle, strict CSP): docs/regels-ommen.md §6 household 3 on one screen, axe
// clean, the printed overdrachtsblad (Chromium's PDF, read with pdftotext), the #vw= link on a fresh page,
// and "Nieuwe cliënt" / the idle wipe leaving no answer in the DOM or in storage.
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Answers, AnswerValue, Question } from '../../widget/engine/types.ts';
import { household3, ommenText } from '../support/ommen.ts';
import { axeViolations } from './support/axe.ts';
import { launch } from './support/chromium.ts';
import { t, regelingTitle as title } from './support/flow.ts';
import { STRICT_CSP, type StaticServer, startServer } from './support/server.ts';

const SCREENSHOTS = join(process.cwd(), 'demo/screenshots');
const rules = JSON.parse(ommenText) as {
  version: string;
  gemeente: { name: string };
  questions: Question[];
  regelingen: { id: string; contact: { phone?: string }; texts: { nl: { documents?: string[] } } }[];
};
const nl = t('nl');
const regeling = (id: string) => rules.regelingen.find((r) => r.id === id) as (typeof rules.regelingen)[number];

/** The live results and the overdrachtsblad: the regions their headings name. */
const results = (widget: Locator) => widget.getByRole('region', { name: nl.professional.results.heading });
const sheet = (widget: Locator) =>
  widget.getByRole('region', { name: nl.professional.sheet.heading.replace('{{gemeente}}', rules.gemeente.name) });
/** The result code: the value next to its term in the sheet's list of facts. */
const sheetCode = async (widget: Locator) =>
  (
    await sheet(widget)
      .getByText(nl.professional.sheet.code, { exact: true })
      .evaluate((term) => term.nextElementSibling?.textContent ?? '')
  ).trim();
/** The items of the list under one of the sheet's headings ("Neem dit mee"), as plain text. */
const listUnder = (widget: Locator, heading: string) =>
  sheet(widget)
    .getByRole('heading', { name: heading, exact: true })
    .evaluate((h) => {
      for (let el = h.nextElementSibling; el; el = el.nextElementSibling)
        if (el.tagName === 'UL' || el.tagName === 'OL')
          return [...el.children].map((li) => (li.textContent ?? '').replace(/\s+/g, ' ').trim());
      return [];
    });

// docs/regels-ommen.md §6 example 3; every regeling not listed is nee.
const JA = ['participatiefonds', 'schuldhulpverlening'];
const MISSCHIEN = [
  'kindregelingen',
  'collectieve-zorgverzekering',
  'kwijtschelding',
  'bijstand',
  'zorgtoeslag',
  'huurtoeslag',
  'kindgebonden-budget',
  'kinderopvangtoeslag',
];

let server: StaticServer;
beforeAll(async () => {
  server = await startServer({ csp: { '/demo/wijkteam.html': STRICT_CSP } });
  mkdirSync(SCREENSHOTS, { recursive: true });
});
afterAll(() => server.close());

async function open(
  url = `${server.origin}/demo/wijkteam.html`,
  attrs: Record<string, string> = { date: '2026-07-01' },
  viewport = { width: 1280, height: 900 },
) {
  const browser = await launch(viewport);
  const { page } = browser;
  const problems: string[] = [];
  page.on('pageerror', (e) => problems.push(String(e)));
  await page.addInitScript(() => {
    (window as unknown as { __csp: string[] }).__csp = [];
    document.addEventListener('securitypolicyviolation', (e) =>
      (window as unknown as { __csp: string[] }).__csp.push(`${e.violatedDirective} ${e.blockedURI}`),
    );
    // window.print() would open a dialog; the test prints with page.pdf() instead.
    window.print = () => {};
  });
  await page.goto(url);
  const widget = page.locator('voorzieningen-wijzer');
  for (const [name, value] of Object.entries(attrs))
    await widget.evaluate((el, [n, v]) => el.setAttribute(n as string, v as string), [name, value]);
  await widget.locator('[data-question="leeftijd"]').waitFor();
  await results(widget).waitFor();
  return { browser, page, widget, problems };
}

async function fill(widget: Locator, q: Question, value: AnswerValue) {
  const fs = widget.locator(`[data-question="${q.id}"]`);
  await fs.waitFor();
  if (q.type === 'boolean') await fs.getByRole('radio', { name: value ? 'Ja' : 'Nee', exact: true }).check();
  else if (q.type === 'choice')
    await fs.getByRole('radio', { name: q.texts.nl?.options?.[String(value)] ?? String(value) }).check();
  else if (q.type === 'ages') {
    const ages = value as number[];
    if (ages.length === 0) await fs.getByRole('radio', { name: 'Nee, er wonen geen kinderen bij mij' }).check();
    else {
      await fs.getByRole('radio', { name: 'Ja, er wonen kinderen bij mij' }).check();
      await fs.getByRole('textbox', { name: 'Hoeveel kinderen wonen bij u?' }).fill(String(ages.length));
      for (const [i, age] of ages.entries())
        await fs.getByRole('textbox', { name: `Leeftijd van kind ${i + 1} in jaren` }).fill(String(age));
    }
  } else
    await fs
      .getByRole('textbox')
      .first()
      .fill(q.type === 'money' ? String(value).replace('.', ',') : String(value));
}

async function fillHousehold(widget: Locator, answers: Answers) {
  for (const q of rules.questions) if (answers[q.id] !== undefined) await fill(widget, q, answers[q.id] as AnswerValue);
}

/** Every regeling's shown outcome, as its card says it in words after its title, once household 3's are in. */
async function outcomes(_page: Page, widget: Locator): Promise<Record<string, string>> {
  const read = () =>
    results(widget)
      .getByRole('article')
      .evaluateAll(
        (cards, words) =>
          Object.fromEntries(
            cards.map((card) => {
              const title = card.querySelector('h1, h2, h3, h4, h5, h6')?.textContent ?? '';
              const said = (card.textContent ?? '').slice(title.length).trim();
              return [
                card.getAttribute('data-regeling'),
                Object.keys(words).find((o) => said.startsWith(words[o] as string)) ?? '?',
              ];
            }),
          ),
        nl.professional.outcome as Record<string, string>,
      );
  await expect.poll(async () => (await read()).schuldhulpverlening, { timeout: 30_000 }).toBe('ja');
  return read();
}

function expectHousehold3(shown: Record<string, string>) {
  for (const id of rules.regelingen.map((r) => r.id)) {
    const want = JA.includes(id) ? 'ja' : MISSCHIEN.includes(id) ? 'misschien' : 'nee';
    expect(shown[id], id).toBe(want);
  }
}

/** "Overdrachtsblad afdrukken", printed to PDF by Chromium and read back with pdftotext -layout. */
async function printedSheet(page: Page, widget: Locator): Promise<string> {
  await widget.getByRole('button', { name: 'Overdrachtsblad afdrukken' }).click();
  await page.emulateMedia({ media: 'print' });
  const pdf = join(mkdtempSync(join(tmpdir(), 'vw-pdf-')), 'sheet.pdf');
  writeFileSync(pdf, await page.pdf({ format: 'A4' }));
  return execFileSync('pdftotext', ['-layout', pdf, '-'], { encoding: 'utf8' });
}

const shadowText = (widget: Locator) => widget.evaluate((el) => (el.shadowRoot?.textContent ?? '').replace(/\u00a0/g, ' '));

describe('wijkteam mode in Chromium', () => {
  it('household 3 on one screen: the expected results, axe clean, no CSP violation; screenshot', async () => {
    const { browser, page, widget, problems } = await open();
    try {
      expect(await axeViolations(page)).toEqual([]);
      await fillHousehold(widget, household3);
      expectHousehold3(await outcomes(page, widget));
      expect(await axeViolations(page)).toEqual([]);
      await widget.getByRole('checkbox', { name: /toestemming/ }).check();
      await widget.getByRole('img', { name: nl.professional.handoff.qrLabel }).waitFor();
      expect(await axeViolations(page)).toEqual([]);
      expect(await page.evaluate(() => (window as unknown as { __csp: string[] }).__csp)).toEqual([]);
      expect(problems).toEqual([]);
    } finally {
      await browser.close();
    }
  });

  it('prints the overdrachtsblad alone: regelingen, contacts, documents, version and code in the PDF', async () => {
    const { browser, page, widget } = await open();
    try {
      await fillHousehold(widget, household3);
      await outcomes(page, widget);
      const code = await sheetCode(widget);
      const text = (await printedSheet(page, widget)).replace(/\s+/g, ' ');
      for (const id of [...JA, ...MISSCHIEN]) expect(text, id).toContain(title(id).replace(/\s+/g, ' '));
      for (const id of [...JA, ...MISSCHIEN]) {
        const phone = regeling(id).contact.phone;
        if (phone) expect(text, id).toContain(phone);
      }
      // A paper several regelingen need is printed once, with them.
      const papers = [...JA, ...MISSCHIEN].flatMap((id) => regeling(id).texts.nl.documents ?? []);
      const shared = papers.find((d, i) => papers.indexOf(d) !== i) as string;
      expect(shared, 'a paper two regelingen need').toBeDefined();
      expect(text.split(`${shared} (voor`).length - 1).toBe(1);
      const childcare = regeling('kinderopvangtoeslag').texts.nl.documents?.at(-1) ?? '';
      expect(text).toContain(childcare.split(' ').slice(0, 7).join(' '));
      expect(text).toContain(rules.version);
      expect(text).toContain(code);
      // Only the sheet: no questions, no toolbar, no host page.
      expect(text).not.toContain('Nieuwe cliënt');
      // The questions' hints are in the form, not on the sheet.
      const hint = rules.questions.find((q) => q.id === 'vermogen')?.texts.nl?.hint ?? '';
      expect(hint).not.toBe('');
      expect(text).not.toContain(hint.split(' ').slice(0, 8).join(' '));
      expect(text).not.toContain('Regelingencheck voor het wijkteam');
    } finally {
      await browser.close();
    }
  });

  it('prints list numbers 10 and 11 whole, no sentence twice in an item, and each paper with its regelingen', async () => {
    const { browser, page, widget } = await open();
    try {
      // Household 3 with special costs: 11 regelingen to apply for.
      await fillHousehold(widget, { ...household3, bijzondere_kosten: true });
      await outcomes(page, widget);
      await expect.poll(async () => (await listUnder(widget, nl.professional.sheet.first)).length).toBeGreaterThanOrEqual(11);
      const papers = await listUnder(widget, nl.professional.sheet.documents);
      const layout = await printedSheet(page, widget);
      // The markers are whole: "10." and "11." at the start of a line, not a cut-off "0." and "1.".
      expect(layout).toMatch(/^\s*10\.\s+\S/m);
      expect(layout).toMatch(/^\s*11\.\s+\S/m);
      expect(layout).not.toMatch(/^\s*0\.\s+\S/m);
      // Each numbered item, from its marker to the next: no sentence in it twice, no second "elk jaar" sentence.
      const flat = layout.replace(/\s+/g, ' ');
      const itemTexts = flat.split(/ (?=\d{1,2}\. [A-Z])/).filter((x) => /^\d{1,2}\. /.test(x));
      expect(itemTexts.length).toBeGreaterThanOrEqual(11);
      for (const item of itemTexts) {
        const sentences = item.split(/(?<=[.!?]) /).map((x) => x.trim().toLocaleLowerCase());
        expect(new Set(sentences).size, item).toBe(sentences.length);
        expect((item.match(/elk jaar/g) ?? []).length, item).toBeLessThanOrEqual(1);
      }
      // Every paper is printed with the regelingen that need it.
      expect(papers.length).toBeGreaterThan(5);
      for (const paper of papers) {
        expect(paper).toMatch(/\(voor .+\)$/);
        expect(flat.replace(/ /g, ''), paper).toContain(paper.replace(/ /g, ''));
      }
    } finally {
      await browser.close();
    }
  });

  for (const viewport of [
    { width: 1440, height: 900 },
    { width: 320, height: 800 },
  ])
    it(`condition tables at ${viewport.width} px: each amount on one line, no header broken inside a word`, async () => {
      const { browser, page, widget } = await open(undefined, { date: '2026-07-01' }, viewport);
      try {
        await fillHousehold(widget, household3);
        await outcomes(page, widget);
        const report = await widget.evaluate((el) => {
          const root = el.shadowRoot as ShadowRoot;
          /** Lines a piece of text takes: distinct tops of its client rects. */
          const lines = (node: Node, start: number, end: number) => {
            const range = document.createRange();
            range.setStart(node, start);
            range.setEnd(node, end);
            return new Set([...range.getClientRects()].filter((r) => r.width > 0).map((r) => Math.round(r.top))).size;
          };
          // Layout: classes on purpose, the numeric cells and the tables' boxes are what is measured.
          const broken: string[] = [];
          let amounts = 0;
          for (const cell of root.querySelectorAll('.vw-professional-results .vw-table__num')) {
            const node = cell.firstChild;
            if (!node || node.nodeType !== Node.TEXT_NODE) continue;
            for (const m of (node.textContent ?? '').matchAll(/€\u00a0[\d.]+,\d\d|\d+(?:[.,]\d+)*/g)) {
              amounts++;
              if (lines(node, m.index, m.index + m[0].length) !== 1) broken.push(m[0]);
            }
          }
          let words = 0;
          for (const th of root.querySelectorAll('.vw-professional-results .vw-table th')) {
            const node = th.firstChild as Node;
            for (const m of (node.textContent ?? '').matchAll(/\S+/g)) {
              words++;
              if (lines(node, m.index, m.index + m[0].length) > 1) broken.push(m[0]);
            }
          }
          const overflow = Math.max(
            ...[...root.querySelectorAll<HTMLElement>('.vw-professional-results .vw-professional-table')].map(
              (t) => t.scrollWidth - t.clientWidth,
            ),
          );
          return { broken, amounts, words, overflow };
        });
        expect(report.amounts).toBeGreaterThan(30);
        expect(report.broken).toEqual([]);
        expect(report.overflow).toBeLessThanOrEqual(1);
        if (viewport.width === 1440) expect(report.words).toBeGreaterThan(50);
        if (viewport.width === 1440) {
          await page.evaluate(() => window.scrollTo(0, 0));
          await page.screenshot({ path: join(SCREENSHOTS, 'wijkteam.png') });
        }
      } finally {
        await browser.close();
      }
    });

  it('the hand-off link reopens the same result on a fresh page and leaves the address bar', async () => {
    const first = await open();
    let link = '';
    let before: Record<string, string> = {};
    let code = '';
    try {
      await fillHousehold(first.widget, household3);
      before = await outcomes(first.page, first.widget);
      code = await sheetCode(first.widget);
      await first.widget.getByRole('checkbox', { name: /toestemming/ }).check();
      link = await first.widget.getByRole('textbox', { name: 'Link naar deze uitkomst' }).inputValue();
    } finally {
      await first.browser.close();
    }
    expect(link).toMatch(/#vw=[A-Za-z0-9_-]+$/);
    const second = await open(link, {});
    try {
      await second.widget.getByRole('button', { name: 'Resultaat openen' }).click();
      expect(await outcomes(second.page, second.widget)).toEqual(before);
      expect(await sheetCode(second.widget)).toBe(code);
      expect(await second.page.evaluate(() => window.location.hash)).toBe('');
      expect(second.problems).toEqual([]);
      // The fragment was never sent: the server saw the page without it.
      expect(server.requests.some((r) => r.url.includes('vw='))).toBe(false);
    } finally {
      await second.browser.close();
    }
  });

  it('"Nieuwe cliënt" and the idle wipe leave no answer in the DOM, the inputs or storage', async () => {
    const { browser, page, widget } = await open(undefined, { date: '2026-07-01', 'idle-minutes': '0.02' });
    try {
      const noAnswers = async () => {
        const text = await shadowText(widget);
        expect(text).not.toContain('1.300');
        expect(text).not.toContain('3 en 13');
        const inputs = await widget.evaluate((el) =>
          [...(el.shadowRoot?.querySelectorAll('input') ?? [])]
            .filter((i) => (i.type === 'radio' || i.type === 'checkbox' ? i.checked : i.type !== 'date' && i.value !== ''))
            .map((i) => i.id),
        );
        expect(inputs).toEqual([]);
        const storage = await page.evaluate(() => [localStorage.length, sessionStorage.length, document.cookie]);
        expect(storage).toEqual([0, 0, '']);
      };
      await fillHousehold(widget, household3);
      await outcomes(page, widget);
      await widget.getByRole('button', { name: 'Nieuwe cliënt' }).click();
      await widget.getByText('Alles is gewist. U kunt een nieuwe cliënt invullen.').waitFor({ state: 'attached' });
      await noAnswers();
      expect(await page.evaluate(() => document.querySelector('voorzieningen-wijzer')?.shadowRoot?.activeElement?.id)).toBe(
        'vw-professional-questions-heading',
      );
      await fillHousehold(widget, household3);
      await outcomes(page, widget);
      await widget.getByText('een tijd niet is gebruikt').waitFor({ state: 'attached', timeout: 10_000 });
      await noAnswers();
      expect(await axeViolations(page)).toEqual([]);
    } finally {
      await browser.close();
    }
  });
});
