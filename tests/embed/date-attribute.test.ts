// The `date` attribute goes through the engine's one date parser: a value that is not a calendar date, or that
// lies before the rules' first norm period, falls back to today (README), in resident and in wijkteam mode.
import { fireEvent } from '@testing-library/dom';
import { describe, expect, it, vi } from 'vitest';
import { todayInAmsterdam } from '../../widget/engine/peildatum.ts';
import { parseAttributes, withDefaults } from '../../widget/options.ts';
import { eventually, placeWidget as place, shadowOf as shadow, watchHostPage } from '../support/widget-host.ts';

const hostErrors = watchHostPage();

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

  it('is checked the same way when it comes through mount() (the date option)', () => {
    expect(withDefaults({ date: ' 2026-07-01 ' }).date).toBe('2026-07-01');
    for (const bad of ['2026-02-30', 'tomorrow', '2026-7-1', '']) expect(withDefaults({ date: bad }).date, bad).toBeUndefined();
  });

  it.each(BAD)('wijkteam mode with date="%s" computes on today', async (bad) => {
    vi.spyOn(console, 'warn').mockImplementation(() => {});
    const el = place({ mode: 'professional', date: bad });
    const field = (await eventually(() => shadow(el).getByLabelText('Peildatum'))) as HTMLInputElement;
    expect(field.value).toBe(todayInAmsterdam());
  });

  it.each(BAD)('resident mode with date="%s" starts the questions instead of failing', async (bad) => {
    vi.spyOn(console, 'warn').mockImplementation(() => {});
    const errors = vi.spyOn(console, 'error').mockImplementation(() => {});
    const el = place({ date: bad });
    fireEvent.click(await eventually(() => shadow(el).getByRole('button', { name: 'Beginnen' })));
    await eventually(() => shadow(el).getByText(/^Stap 1 van \d+$/));
    expect(errors).not.toHaveBeenCalled();
    expect(hostErrors).toEqual([]);
  });
});
