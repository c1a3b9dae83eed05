// The review and results screens are a lazy chunk (widget/resident/lazy-screens.tsx). When that chunk does not
// load, the resident gets the calm message with the gemeente's phone number in place of the screen, and the
// webmaster a console line: never a blank widget or an exception into the host page.
import { fireEvent, screen, waitFor } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { AnswerValue } from '../../widget/engine/types.ts';
import { household3 } from '../support/ommen.ts';
import { clickAndWait, currentQuestion, fill } from './drive.ts';
import { ommenRules, renderApp } from './helpers.tsx';

vi.mock('../../widget/resident/after-questions.ts', () => {
  throw new Error('chunk unreachable');
});

afterEach(() => vi.restoreAllMocks());

describe('the screens after the questions, when their chunk does not load', () => {
  it('shows the calm message with the phone number after the last answer, and logs why', async () => {
    const logged = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    await renderApp();
    await clickAndWait('Beginnen');
    const answers = household3 as Record<string, AnswerValue>;
    for (let q = currentQuestion(); q; q = currentQuestion()) {
      fill(q, answers[q.id]);
      fireEvent.click(screen.getByRole('button', { name: 'Volgende' }));
      await waitFor(() => expect(currentQuestion()?.id).not.toBe(q?.id));
    }
    const phone = ommenRules().file.gemeente.contact.phone ?? '';
    await screen.findByRole('heading', { name: 'De regelingencheck werkt nu even niet' });
    expect(screen.getByRole('link', { name: `Bel ${phone}` }).getAttribute('href')).toBe(`tel:${phone.replace(/\s/g, '')}`);
    expect(logged).toHaveBeenCalledWith('[voorzieningen-wijzer] Het overzicht kon niet worden geladen:', expect.anything());
  });
});
