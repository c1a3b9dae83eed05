// The beheer page names every translation with its review status and whether the opened rules file has it.
import { cleanup, render, screen } from '@testing-library/preact';
import { afterEach, expect, it } from 'vitest';
import { TranslationList } from '../../widget/beheer/ui/translation-list.tsx';

afterEach(cleanup);

it('lists "Vertalingen" with the review status of each locale file', async () => {
  render(<TranslationList languages={['nl', 'en']} />);
  const line = await screen.findByText(/^Vertalingen:/);
  const text = line.textContent ?? '';
  expect(text).toContain('nl (brontekst)');
  expect(text).toContain('en (nagekeken)');
  expect(text).toContain('ar (concept, nog niet nagekeken), niet in dit regelbestand');
  expect(text).toContain('ti (concept, nog niet nagekeken), niet in dit regelbestand.');
});
