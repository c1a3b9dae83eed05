// WCAG 3.1.2 (language of parts): when a question has no texts in the widget's language, its texts from the rules
// show in a fallback language and carry that `lang`, each on its own element; the widget's own words around them
// (buttons, "Weet ik niet", errors) stay in the widget's language, so a screen reader reads each in the right one.
import { cleanup, screen } from '@testing-library/preact';
import { afterEach, describe, expect, it } from 'vitest';
import pl from '../../locales/pl.json';
import type { Question, RulesFile } from '../../widget/engine/types.ts';
import { pickTexts } from '../../widget/text/pick-text.ts';
import { ommenRules, question, renderStep } from './helpers.tsx';

afterEach(cleanup);

/** The question with Dutch and English texts only, shown in a Polish widget. */
async function renderWithout(id: string) {
  const { nl, en } = question(id).texts;
  const q: Question = { ...question(id), texts: { nl, en } as Question['texts'] };
  const rules = ommenRules();
  const file = { ...rules.file, questions: rules.file.questions.map((x) => (x.id === id ? q : x)) } as RulesFile;
  await renderStep(id, { lang: 'pl', file });
  const shown = pickTexts(q.texts, 'pl');
  if (shown.lang === 'pl' || !shown.value) throw new Error('the question should fall back');
  return { texts: shown.value, lang: shown.lang };
}

const langOf = (el: Element) => el.closest('[lang]')?.getAttribute('lang') ?? null;

describe('a question without texts in the widget language', () => {
  it('marks its label and hint with the fallback language, not the buttons or "Weet ik niet"', async () => {
    const { texts, lang } = await renderWithout('woont_in_gemeente');
    expect(langOf(screen.getByRole('heading', { name: texts.label }))).toBe(lang);
    expect(langOf(screen.getByText(texts.hint ?? ''))).toBe(lang);
    expect(langOf(screen.getByRole('button', { name: pl.nav.next }))).toBeNull();
    expect(langOf(screen.getByRole('button', { name: pl.nav.back }))).toBeNull();
    expect(langOf(screen.getByRole('radio', { name: pl.question.unknown }))).toBeNull();
  });

  it('marks each option from the rules, and the field label from its subject', async () => {
    const choice = await renderWithout('woonsituatie');
    for (const name of Object.values(choice.texts.options ?? {})) expect(langOf(screen.getByText(name))).toBe(choice.lang);
    cleanup();
    const money = await renderWithout('netto_inkomen');
    const subject = money.texts.subject ?? '';
    const label = screen.getByText(subject.charAt(0).toUpperCase() + subject.slice(1));
    expect(langOf(label)).toBe(money.lang);
    expect(langOf(screen.getByRole('checkbox', { name: pl.question.unknown }))).toBeNull();
  });
});
