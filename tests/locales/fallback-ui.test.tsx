// The interface in Arabic with a rules file that has no Arabic texts (rules/voorbeeldgemeente.json: nl, en):
// the widget still works, right to left, with the file's English texts marked lang="en". And the Ommen results
// in Arabic keep the official Dutch name of each regeling, marked lang="nl".
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { cleanup, fireEvent, screen, waitFor } from '@testing-library/preact';
import { afterEach, describe, expect, it } from 'vitest';
import { parseRulesText } from '../../widget/engine/checker.ts';
import { makeAnswers } from '../support/ommen.ts';
import { renderApp, renderResults } from '../ui/helpers.tsx';

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
    const root = container.querySelector('.vw-root');
    expect(root?.getAttribute('dir')).toBe('rtl');
    expect(root?.getAttribute('lang')).toBe('ar');
    expect(screen.getByText('هذه ترجمة. عند الشك، يسري النص الهولندي.')).toBeTruthy();
    fireEvent.click(start);
    const legend = await waitFor(() => {
      const l = container.querySelector('legend');
      if (!l) throw new Error('no question yet');
      return l;
    });
    const file = voorbeeld().file;
    const english = file.questions.map((q) => q.texts.en?.label);
    expect(english).toContain(legend.textContent?.trim());
    expect(legend.closest('[lang]')?.getAttribute('lang')).toBe('en');
    // The interface around it stays Arabic.
    expect(screen.getByRole('button', { name: 'التالي' })).toBeTruthy();
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
    const { container } = await renderResults(makeAnswers(), { lang: 'ar' });
    await screen.findByRole('heading', { name: /^مال للمشاركة في المجتمع/ });
    const official = [...container.querySelectorAll('.vw-card__official')].find((p) => p.textContent === 'Participatiefonds');
    expect(official?.getAttribute('lang')).toBe('nl');
    expect(official?.querySelector('bdi')).toBeTruthy();
  });
});

describe('review status for staff', () => {
  it('professional mode lists every translation with its review status from the locale files', async () => {
    const { container } = await renderApp({ lang: 'en', mode: 'professional' });
    const status = await waitFor(() => {
      const p = container.querySelector('.vw-notice--status');
      if (!p) throw new Error('no status yet');
      return p;
    });
    expect(status.textContent).toContain('Translations:');
    expect(status.textContent).toContain('(nl, source text)');
    expect(status.textContent).toContain('(en, reviewed)');
    for (const l of ['ar', 'uk', 'pl', 'tr', 'ti']) expect(status.textContent).toContain(`(${l}, concept, not yet reviewed)`);
    expect(status.querySelector('[lang="ar"]')?.textContent).toBe('العربية');
  });

  it('residents do not see it', async () => {
    const { container } = await renderApp({ lang: 'ar' });
    await screen.findByRole('button', { name: 'ابدأ' });
    expect(container.querySelector('.vw-notice--status')).toBeNull();
  });
});
