// The interface in Arabic with a rules file that has no Arabic texts (rules/voorbeeldgemeente.json: nl, en):
// the widget still works, right to left, with the file's English texts marked lang="en". And the Ommen results
// in Arabic keep the official Dutch name of each regeling, marked lang="nl".
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { cleanup, fireEvent, screen, waitFor, within } from '@testing-library/preact';
import { afterEach, describe, expect, it } from 'vitest';
import ar from '../../locales/ar.json';
import en from '../../locales/en.json';
import { parseRulesText } from '../../widget/engine/checker.ts';
import { makeAnswers } from '../support/ommen.ts';
import { offer, renderApp, renderResults, title } from '../ui/helpers.tsx';

afterEach(cleanup);

const voorbeeld = () => {
  const { rules } = parseRulesText(readFileSync(join(process.cwd(), 'rules/voorbeeldgemeente.json'), 'utf8'));
  if (!rules) throw new Error('voorbeeldgemeente.json does not load');
  return rules;
};

describe('Arabic interface, rules file without Arabic', () => {
  it('runs right to left and shows the English texts of the file, marked as English', async () => {
    const { container } = await renderApp({ lang: 'ar' }, voorbeeld());
    const start = await screen.findByRole('button', { name: 'ابدأ' });
    // The language and direction the start button is read in: the widget's own, set on its root.
    expect(start.closest('[dir]')?.getAttribute('dir')).toBe('rtl');
    expect(start.closest('[lang]')?.getAttribute('lang')).toBe('ar');
    screen.getByText('هذه ترجمة. عند الشك، يسري النص الهولندي.');
    fireEvent.click(start);
    const legend = await waitFor(() => {
      const l = container.querySelector('legend');
      if (!l) throw new Error('no question yet');
      return l;
    });
    const file = voorbeeld().file;
    const english = file.questions.map((q) => q.texts.en?.label);
    expect(english).toContain(legend.textContent?.trim());
    // The question's own text is marked English (WCAG 3.1.2), not the step around it.
    const label = legend.querySelector('h1, h2, h3, h4, h5, h6') as HTMLElement;
    expect(label.closest('[lang]')?.getAttribute('lang')).toBe('en');
    // The interface around it stays Arabic.
    expect(screen.getByRole('button', { name: 'التالي' }).closest('[lang]')?.getAttribute('lang')).toBe('ar');
  });

  it('offers the languages of the file plus the current one in the switch', async () => {
    await renderApp({ lang: 'ar' }, voorbeeld());
    const nav = await screen.findByRole('navigation', { name: 'اللغة' });
    fireEvent.click(nav.querySelector('button[aria-expanded="false"]') as HTMLElement);
    expect([...nav.querySelectorAll('li button')].map((b) => b.getAttribute('lang'))).toEqual(['nl', 'en', 'ar']);
  });
});

describe('Ommen results in Arabic', () => {
  it('show the translated title with the official Dutch name next to it', async () => {
    await renderResults(makeAnswers(), { lang: 'ar' });
    const regeling = offer('participatiefonds');
    expect(title('participatiefonds', 'ar')).not.toBe(regeling.officialName);
    const toggle = await screen.findByRole('button', { name: new RegExp(`^${title('participatiefonds', 'ar')}`) });
    // The official name is the one from the file, in a <bdi> marked Dutch, inside the translated title's button.
    const official = within(toggle).getByText(regeling.officialName);
    expect(official.tagName).toBe('BDI');
    expect(official.closest('[lang]')?.getAttribute('lang')).toBe('nl');
  });
});

describe('review status for staff', () => {
  it('professional mode lists every translation with its review status from the locale files', async () => {
    await renderApp({ lang: 'en', mode: 'professional' });
    const status = (await screen.findByText(en.language.status, { exact: false })).closest('p') as HTMLElement;
    expect(status.textContent).toContain('Translations:');
    expect(status.textContent).toContain('(nl, source text)');
    expect(status.textContent).toContain('(en, reviewed)');
    for (const l of ['ar', 'uk', 'pl', 'tr', 'ti']) expect(status.textContent).toContain(`(${l}, concept, not yet reviewed)`);
    expect(status.querySelector('[lang="ar"]')?.textContent).toBe('العربية');
  });

  it('residents do not see it', async () => {
    await renderApp({ lang: 'ar' });
    await screen.findByRole('button', { name: 'ابدأ' });
    expect(screen.queryByText(ar.language.status, { exact: false })).toBeNull();
    // The notice a resident does see is the translation one.
    screen.getByText(ar.language.notice);
  });
});
