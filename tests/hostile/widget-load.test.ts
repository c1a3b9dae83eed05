// Hostile rules files through the widget's own load path (a host's rules URL): the same cheap checks run before
// anything is compiled, so a condition bomb, deep nesting or an inherited-property id ends in the calm message,
// with the located problem in the console, and nothing thrown into the host page. A BOM is read as by the CLI.
import { waitFor } from '@testing-library/dom';
import { describe, expect, it, vi } from 'vitest';
import { ommenText } from '../support/ommen.ts';
import { eventually, placeWidget, shadowOf, watchHostPage } from '../support/widget-host.ts';
import { conditionBomb, deeplyNested, ommen } from './support/hostile-rules.ts';

const place = (rules: string) => placeWidget({ rules, date: '2026-07-01' });
const appears = (el: HTMLElement, text: string) => eventually(() => shadowOf(el).getByText(text));
const serve = (body: string) =>
  vi.stubGlobal(
    'fetch',
    vi.fn(async () => new Response(body, { status: 200 })),
  );
const hostErrors = watchHostPage();

/** The problems the widget logged for the webmaster. */
async function refusedWith(body: string): Promise<{ path: string; message: string }[]> {
  serve(body);
  const logged = vi.spyOn(console, 'error').mockImplementation(() => {});
  const el = place('/hostile.json');
  await appears(el, 'De regelingencheck werkt nu even niet');
  await waitFor(() => expect(logged).toHaveBeenCalled());
  expect(hostErrors).toEqual([]);
  return logged.mock.calls[0]?.[1] as { path: string; message: string }[];
}

describe('the widget refuses hostile rules with the calm message', () => {
  it.each([20, 60])(
    'a condition bomb of depth %i',
    async (depth) => {
      const problems = await refusedWith(JSON.stringify(conditionBomb(depth)));
      expect(problems).toEqual([
        { path: '$.regelingen[0].conditions', message: expect.stringMatching(/^te groot: .*gedeelde voorwaarde "b0"/) },
      ]);
    },
    15_000,
  );

  it('nesting 100,000 levels deep', async () => {
    const problems = await refusedWith(deeplyNested(100_000));
    expect(problems).toHaveLength(1);
    expect(problems[0]?.message).toBe('te diep genest: hoogstens 64 niveaus');
    expect(problems[0]?.path).toMatch(/^\$\.regelingen\[0\]\.conditions(\.not)+$/);
  }, 15_000);

  it('a question named "constructor"', async () => {
    const f = ommen();
    (f.questions as Record<string, unknown>[])[13] = { ...(f.questions as Record<string, unknown>[])[13], id: 'constructor' };
    const problems = await refusedWith(JSON.stringify(f));
    expect(problems).toContainEqual({
      path: '$.questions[13].id',
      message: expect.stringMatching(/^"constructor" kan niet als naam/),
    });
  }, 15_000);
});

describe('the widget reads a rules file like the CLI does', () => {
  it('a file with a byte order mark loads', async () => {
    serve(`\uFEFF${ommenText}`);
    const el = place('/bom.json');
    await eventually(() => shadowOf(el).getByRole('button', { name: 'Beginnen' }));
    expect(hostErrors).toEqual([]);
  }, 15_000);
});
