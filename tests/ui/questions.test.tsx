// Every question type: role and accessible name, labels, aria-invalid on a bad value, "weet ik niet" → null.
import { cleanup, fireEvent, screen, waitFor, within } from '@testing-library/preact';
import { afterEach, describe, expect, it } from 'vitest';
import { questionReaders } from '../../widget/engine/index.ts';
import { fieldName, label, ommenRules, question, renderStep, title } from './helpers.tsx';

afterEach(cleanup);

const next = () => fireEvent.click(screen.getByRole('button', { name: 'Volgende' }));

describe('boolean question', () => {
  it('is a radiogroup named by the question, with Ja, Nee and Weet ik niet', async () => {
    await renderStep('woont_in_gemeente');
    const group = screen.getByRole('radiogroup', { name: label('woont_in_gemeente') });
    expect(group.tagName).toBe('FIELDSET');
    expect(within(group).getAllByRole('radio')).toHaveLength(3);
    for (const name of ['Ja', 'Nee', 'Weet ik niet']) within(group).getByRole('radio', { name });
  });

  it('moves focus to the question heading', async () => {
    await renderStep('woont_in_gemeente');
    expect(document.activeElement).toBe(screen.getByRole('heading', { name: label('woont_in_gemeente') }));
  });

  it('marks the group invalid and links the error when nothing is chosen', async () => {
    const { submitted } = await renderStep('woont_in_gemeente');
    next();
    const group = screen.getByRole('radiogroup', { name: label('woont_in_gemeente') });
    expect(group.getAttribute('aria-invalid')).toBe('true');
    const errorId = group.getAttribute('aria-describedby')?.split(' ')[0] ?? '';
    expect(document.getElementById(errorId)?.textContent).toBe('Kies een antwoord.');
    expect(screen.getByRole('alert').textContent).toContain('Er is iets niet goed ingevuld');
    // The summary links to a control inside the group.
    const target = screen.getByRole('link', { name: 'Kies een antwoord.' }).getAttribute('href')?.slice(1) ?? '';
    expect(group.contains(document.getElementById(target))).toBe(true);
    expect(submitted).toEqual([]);
  });

  it('answers true, false and null', async () => {
    const { submitted } = await renderStep('woont_in_gemeente');
    fireEvent.click(screen.getByRole('radio', { name: 'Ja' }));
    next();
    fireEvent.click(screen.getByRole('radio', { name: 'Weet ik niet' }));
    next();
    fireEvent.click(screen.getByRole('radio', { name: 'Nee' }));
    next();
    expect(submitted).toEqual([true, null, false]);
  });

  it('does not advance by itself when a radio is chosen (no auto-advance)', async () => {
    const { submitted } = await renderStep('woont_in_gemeente');
    fireEvent.click(screen.getByRole('radio', { name: 'Ja' }));
    expect(submitted).toEqual([]);
  });
});

describe('integer question', () => {
  it('has a labelled text field in a group named by the question', async () => {
    await renderStep('leeftijd');
    const group = screen.getByRole('group', { name: label('leeftijd') });
    const field = within(group).getByRole('textbox', { name: fieldName('leeftijd') });
    expect(field.getAttribute('inputmode')).toBe('numeric');
    expect(field.getAttribute('aria-invalid')).toBe('false');
  });

  it('rejects text and out-of-range numbers with aria-invalid and a described error', async () => {
    const { submitted } = await renderStep('leeftijd');
    const field = screen.getByRole('textbox', { name: fieldName('leeftijd') });
    fireEvent.input(field, { target: { value: 'veertig' } });
    next();
    expect(field.getAttribute('aria-invalid')).toBe('true');
    const described = document.getElementById(field.getAttribute('aria-describedby')?.split(' ')[0] ?? '');
    expect(described?.textContent).toBe('Vul een heel getal in, bijvoorbeeld 42.');
    fireEvent.input(field, { target: { value: '131' } });
    next();
    expect(screen.getAllByText(`Vul een getal in van 0 tot en met ${question('leeftijd').max}.`).length).toBeGreaterThan(0);
    expect(submitted).toEqual([]);
  });

  it('answers a whole number, and null for Weet ik niet', async () => {
    const { submitted } = await renderStep('leeftijd');
    fireEvent.input(screen.getByRole('textbox', { name: fieldName('leeftijd') }), { target: { value: ' 42 ' } });
    next();
    fireEvent.click(screen.getByRole('checkbox', { name: 'Weet ik niet' }));
    next();
    expect(submitted).toEqual([42, null]);
  });

  it('shows an earlier answer again', async () => {
    await renderStep('leeftijd', { initial: 67 });
    expect((screen.getByRole('textbox', { name: fieldName('leeftijd') }) as HTMLInputElement).value).toBe('67');
  });
});

describe('money question', () => {
  const field = () => screen.getByRole('textbox', { name: fieldName('netto_inkomen') });

  it('accepts Dutch notations and stores euro numbers', async () => {
    const { submitted } = await renderStep('netto_inkomen');
    for (const typed of ['1.486,46', '1486,46', '1486.46', '€ 1.400', '1400,-']) {
      fireEvent.input(field(), { target: { value: typed } });
      next();
    }
    expect(submitted).toEqual([1486.46, 1486.46, 1486.46, 1400, 1400]);
    expect(field().getAttribute('inputmode')).toBe('decimal');
  });

  it('shows an inline error for nonsense and marks the field invalid', async () => {
    const { submitted } = await renderStep('netto_inkomen');
    fireEvent.input(field(), { target: { value: 'heel veel' } });
    next();
    expect(field().getAttribute('aria-invalid')).toBe('true');
    expect(screen.getAllByText('Vul een bedrag in euro in, bijvoorbeeld 1.250,50.')).toHaveLength(2);
    fireEvent.input(field(), { target: { value: '12,345' } });
    next();
    expect(submitted).toEqual([]);
  });

  it('the error summary link moves focus to the field', async () => {
    await renderStep('netto_inkomen');
    next();
    await waitFor(() => expect(document.activeElement?.textContent).toBe('Er is iets niet goed ingevuld'));
    fireEvent.click(screen.getByRole('link', { name: /Vul een bedrag in/ }));
    expect(document.activeElement).toBe(field());
  });

  it('answers null for Weet ik niet', async () => {
    const { submitted } = await renderStep('netto_inkomen');
    fireEvent.click(screen.getByRole('checkbox', { name: 'Weet ik niet' }));
    next();
    expect(submitted).toEqual([null]);
  });
});

describe('choice question', () => {
  it('shows the options from the rules file as radios, plus Weet ik niet', async () => {
    await renderStep('woonsituatie');
    const q = question('woonsituatie');
    const group = screen.getByRole('radiogroup', { name: label('woonsituatie') });
    const options = q.options ?? [];
    expect(options.length).toBeGreaterThan(1);
    expect(within(group).getAllByRole('radio')).toHaveLength(options.length + 1);
    for (const option of options) within(group).getByRole('radio', { name: q.texts.nl?.options?.[option] ?? option });
    within(group).getByRole('radio', { name: 'Weet ik niet' });
  });

  it('answers the option id, null for Weet ik niet, and is invalid without a choice', async () => {
    const { submitted } = await renderStep('woonsituatie');
    next();
    expect(screen.getByRole('radiogroup').getAttribute('aria-invalid')).toBe('true');
    const q = question('woonsituatie');
    fireEvent.click(screen.getByRole('radio', { name: q.texts.nl?.options?.huur ?? 'huur' }));
    next();
    fireEvent.click(screen.getByRole('radio', { name: 'Weet ik niet' }));
    next();
    expect(submitted).toEqual(['huur', null]);
  });
});

describe('ages question', () => {
  it('asks whether there are children, then how many, then each age', async () => {
    const { submitted } = await renderStep('leeftijden_kinderen');
    const group = screen.getByRole('group', { name: label('leeftijden_kinderen') });
    fireEvent.click(within(group).getByRole('radio', { name: 'Ja, er wonen kinderen bij mij' }));
    fireEvent.input(screen.getByRole('textbox', { name: 'Hoeveel kinderen wonen bij u?' }), { target: { value: '2' } });
    fireEvent.input(screen.getByRole('textbox', { name: 'Leeftijd van kind 1 in jaren' }), { target: { value: '4' } });
    fireEvent.input(screen.getByRole('textbox', { name: 'Leeftijd van kind 2 in jaren' }), { target: { value: '13' } });
    next();
    expect(submitted).toEqual([[4, 13]]);
  });

  it('marks an age outside 0-17 invalid', async () => {
    const { submitted } = await renderStep('leeftijden_kinderen');
    fireEvent.click(screen.getByRole('radio', { name: 'Ja, er wonen kinderen bij mij' }));
    fireEvent.input(screen.getByRole('textbox', { name: 'Hoeveel kinderen wonen bij u?' }), { target: { value: '1' } });
    const age = screen.getByRole('textbox', { name: 'Leeftijd van kind 1 in jaren' });
    fireEvent.input(age, { target: { value: '18' } });
    next();
    expect(age.getAttribute('aria-invalid')).toBe('true');
    expect(submitted).toEqual([]);
  });

  it('answers [] for geen kinderen and null for Weet ik niet', async () => {
    const { submitted } = await renderStep('leeftijden_kinderen');
    fireEvent.click(screen.getByRole('radio', { name: 'Nee, er wonen geen kinderen bij mij' }));
    next();
    fireEvent.click(screen.getByRole('radio', { name: 'Weet ik niet' }));
    next();
    expect(submitted).toEqual([[], null]);
  });
});

describe('waarom vragen we dit', () => {
  it('lists the regelingen this answer matters for, from the rules', async () => {
    await renderStep('woonsituatie');
    const why = screen.getByText('Waarom vragen we dit?').closest('details') as HTMLDetailsElement;
    expect(why.open).toBe(false);
    const readers = questionReaders(ommenRules()).woonsituatie ?? [];
    expect(readers.length).toBeGreaterThan(0);
    const items = within(why)
      .getAllByRole('listitem', { hidden: true })
      .map((li) => li.textContent);
    expect(items).toEqual(readers.map((id) => title(id)));
  });
});
