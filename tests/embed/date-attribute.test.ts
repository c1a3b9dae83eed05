// The `date` attribute goes through the engine's one date parser: a value that is not a calendar date, or that
// lies before the rules' first norm period, falls back to today (README), in resident and in wijkteam mode.
import { fireEvent, within } from '@testing-library/dom';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { TAG } from '../../widget/element.ts';
import { todayInAmsterdam } from '../../widget/engine/peildatum.ts';
import { parseAttributes } from '../../widget/options.ts';

function place(attributes: Record<string, string>): HTMLElement {
  const el = document.createElement(TAG);
  for (const [name, value] of Object.entries(attributes)) el.setAttribute(name, value);
  document.body.appendChild(el);
  return el;
}
const shadow = (el: HTMLElement) => within(el.shadowRoot as unknown as HTMLElement);

afterEach(() => {
  document.body.innerHTML = '';
  vi.restoreAllMocks();
});

const BAD = ['2026-02-30', 'tomorrow', '1999-01-01'];

describe('the date attribute', () => {
  it('keeps a calendar date and drops what is not one', () => {
    const parse = (date: string) => parseAttributes((n) => (n === 'date' ? date : null)).date;
    expect(parse(' 2026-07-01 ')).toBe('2026-07-01');
    expect(parse('2026-02-30')).toBeUndefined();
    expect(parse('tomorrow')).toBeUndefined();
    expect(parse('')).toBeUndefined();
    // A calendar date: whether the rules can answer for it is decided once they are loaded.
    expect(parse('1999-01-01')).toBe('1999-01-01');
  });

  it.each(BAD)('wijkteam mode with date="%s" computes on today', async (bad) => {
    vi.spyOn(console, 'warn').mockImplementation(() => {});
    const el = place({ mode: 'professional', date: bad });
    // vi.waitFor, not findBy: testing-library's own timeout cannot print a ShadowRoot and throws after the test.
    const field = (await vi.waitFor(() => shadow(el).getByLabelText('Peildatum'), { timeout: 10_000 })) as HTMLInputElement;
    expect(field.value).toBe(todayInAmsterdam());
  });

  it.each(BAD)('resident mode with date="%s" starts the questions instead of failing', async (bad) => {
    vi.spyOn(console, 'warn').mockImplementation(() => {});
    const errors = vi.spyOn(console, 'error').mockImplementation(() => {});
    const el = place({ date: bad });
    fireEvent.click(await shadow(el).findByRole('button', { name: 'Beginnen' }));
    await shadow(el).findByText(/^Stap 1 van \d+$/);
    expect(errors).not.toHaveBeenCalled();
  });
});
