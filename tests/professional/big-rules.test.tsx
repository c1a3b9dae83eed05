// Wijkteam mode with a big rules file: condition tables start closed (and are rendered only when opened), and a
// long group shows its first cards with a button for all. Ommen itself stays fully open (professional-view.test).
import { fireEvent, waitFor, within } from '@testing-library/preact';
import { describe, expect, it } from 'vitest';
import nl from '../../locales/nl.json';
import { buildCompiledRules } from '../../widget/engine/compiled-rules.ts';
import { evaluate } from '../../widget/engine/index.ts';
import { FIRST_ITEMS } from '../../widget/professional/first-of.tsx';
import { OPEN_TABLES_UP_TO } from '../../widget/professional/live-results.tsx';
import { generateRules } from '../bench/generate-rules.ts';
import { partOf } from '../support/queries.ts';
import { DATE, renderApp } from '../ui/helpers.tsx';
import { liveResults } from './support.tsx';

const rules = buildCompiledRules(generateRules(OPEN_TABLES_UP_TO + 20, 7));

async function renderBig() {
  const utils = await renderApp({ mode: 'professional', idleMinutes: 0 }, rules);
  await waitFor(() => liveResults(utils.container), { timeout: 10_000 });
  return utils;
}

describe('wijkteam mode with more regelingen than fit on a screen', () => {
  it('starts with every condition table closed; opening one renders its table', async () => {
    const { container } = await renderBig();
    const card = within(liveResults(container)).getAllByRole('article')[0] as HTMLElement;
    expect(container.querySelectorAll('table')).toHaveLength(0);
    const details = card.querySelector('details') as HTMLDetailsElement;
    expect(details.open).toBe(false);
    details.open = true;
    fireEvent(details, new Event('toggle'));
    const table = await within(card).findByRole('table');
    expect(within(table).getAllByRole('row').length).toBeGreaterThan(1);
  });

  it('shows the first cards of a long group and a button for all of them', async () => {
    const result = await evaluate(rules, {}, DATE);
    const misschien = rules.file.regelingen.filter((r) => result.regelingen[r.id]?.outcome === 'misschien').length;
    expect(misschien).toBeGreaterThan(FIRST_ITEMS);
    const { container } = await renderBig();
    const group = partOf(
      within(liveResults(container)).getByRole('heading', { name: `${nl.professional.outcome.misschien} (${misschien})` }),
    );
    expect(within(group).getAllByRole('article')).toHaveLength(FIRST_ITEMS);
    fireEvent.click(within(group).getByRole('button', { name: `Toon alle ${misschien}` }));
    await waitFor(() => expect(within(group).getAllByRole('article')).toHaveLength(misschien));
    expect(within(group).queryByRole('button', { name: /Toon alle/ })).toBeNull();
  });
});
