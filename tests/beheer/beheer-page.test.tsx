// The beheer page in happy-dom: the CodeMirror editor with lint markers at the checker's problems, the
// problem list that jumps there, the form, the impact preview, accepting new outcomes and the download.
import { forEachDiagnostic } from '@codemirror/lint';
import { EditorView } from '@codemirror/view';
import { cleanup, fireEvent, render, waitFor, within } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { RulesSource } from '../../widget/beheer/bundled-sources.ts';
import { type CheckRunner, inThreadRunner } from '../../widget/beheer/check/check-runner.ts';
import { lineColumn } from '../../widget/beheer/editor/json-places.ts';
import { BeheerPage } from '../../widget/beheer/ui/beheer-page.tsx';
import { checkRulesText, type RulesProblem } from '../../widget/engine/checker.ts';
import { ALL_TESTS } from '../support/test-tier.ts';
import { examplesBetween110And120, OMMEN_TEXT, participatiefondsAt120 } from './support.ts';

afterEach(cleanup);
// Every test renders the whole page with a 9,000-line file and checks it in the page's own thread: seconds each
// in happy-dom. `npm test` keeps the ones for the editor's markers and the form with its impact; the other page
// paths run in `npm run test:all` (tests/support/test-tier.ts), their logic also in this folder's plain tests.
vi.setConfig({ testTimeout: 90_000 });

const SOURCES: RulesSource[] = [{ id: 'ommen', label: 'Gemeente Ommen', fileName: 'ommen.json', load: async () => OMMEN_TEXT }];
const TODAY = '2026-11-22';
const ommen = JSON.parse(OMMEN_TEXT);

/**
 * The real checker, with the "Bedoelt u …?" suggestion for the misspelt fact of these tests added where the
 * checker does not give one itself (its own suggestion wins): the page must show and apply whatever it says.
 */
function suggestingRunner(): CheckRunner {
  const inner = inThreadRunner();
  const suggest = (p: RulesProblem) => (p.message.includes('"netto_inkomn"') ? { suggestion: 'netto_inkomen', ...p } : p);
  return {
    start: (request, on) =>
      inner.start(request, (e) =>
        on(e.type === 'checked' ? { ...e, report: { ...e.report, errors: e.report.errors.map(suggest) } } : e),
      ),
    dispose: () => inner.dispose(),
  };
}

async function openPage(runner: CheckRunner = inThreadRunner()) {
  const utils = render(<BeheerPage sources={SOURCES} today={TODAY} delay={0} showWidget={false} runner={runner} />);
  const content = await waitFor(
    () => {
      const el = document.querySelector<HTMLElement>('.cm-content[aria-label="Het regelbestand (JSON)"]');
      if (!el) throw new Error('editor not loaded yet');
      return el;
    },
    // The editor is a lazy chunk: its first load on a busy 2-core machine takes a while.
    { timeout: 30000 },
  );
  expect(content.getAttribute('role')).toBe('textbox');
  const view = EditorView.findFromDOM(content);
  if (!view) throw new Error('no CodeMirror view');
  await waitFor(() => expect(view.state.doc.toString()).toBe(OMMEN_TEXT));
  await within(section('bh-examples')).findByText(/van de \d+ voorbeeldhuishoudens kloppen/, undefined, { timeout: 10000 });
  /** A hand edit in the editor, as typing or pasting does it. */
  const type = (text: string) => view.dispatch({ changes: { from: 0, to: view.state.doc.length, insert: text } });
  return { ...utils, view, type };
}

function diagnostics(view: EditorView) {
  const out: { from: number; to: number; message: string; severity: string }[] = [];
  forEachDiagnostic(view.state, (d, from, to) => out.push({ from, to, message: d.message, severity: d.severity }));
  return out;
}

/** A page section by its heading id: role queries over the whole page also walk the editor's lines. */
function section(id: string): HTMLElement {
  const el = document.querySelector<HTMLElement>(`section[aria-labelledby="${id}"]`);
  if (!el) throw new Error(`no section ${id}`);
  return el;
}

async function errorsList() {
  return within(section('bh-check')).findByRole('list', { name: 'Fouten' }, { timeout: 10000 });
}

describe('beheer page: editor and problems', () => {
  it('opens the bundled file in the editor, checks it and runs every example green', async () => {
    await openPage();
    const n = ommen.examples.length;
    within(section('bh-examples')).getByText(`${n} van de ${n} voorbeeldhuishoudens kloppen.`);
    expect(within(section('bh-check')).getByRole('status').textContent).toMatch(/^Geen fouten gevonden\./);
    expect(document.querySelectorAll('h2').length).toBeGreaterThanOrEqual(7);
  });

  it('a missing comma: a lint marker right after the value, the plain message, and a jump there', async () => {
    const { view, type } = await openPage();
    const needle = `"version": "${ommen.version}"`;
    const text = OMMEN_TEXT.replace(`${needle},`, needle);
    type(text);
    const list = await errorsList();
    const expected = lineColumn(text, text.indexOf(needle) + needle.length);
    await waitFor(() => expect(diagnostics(view)).toHaveLength(1));
    const [d] = diagnostics(view);
    expect(d!.message).toBe('Hier ontbreekt waarschijnlijk een komma (,).');
    expect(lineColumn(text, d!.from)).toEqual(expected);
    expect(list.textContent).toContain('Hier ontbreekt waarschijnlijk een komma');
    fireEvent.click(within(list).getByRole('button', { name: `Naar regel ${expected.line}, kolom ${expected.column}` }));
    expect(view.state.selection.main.head).toBe(d!.from);
  });

  it.runIf(ALL_TESTS)('an unknown fact: the marker on the fact name, with the checker message', async () => {
    const { view, type } = await openPage();
    const file = JSON.parse(OMMEN_TEXT);
    file.regelingen[2].conditions.all.push({ fact: 'netto_inkomn', operator: 'lessThan', value: 3 });
    const text = `${JSON.stringify(file, null, 2)}\n`;
    const expected = (await checkRulesText(text, TODAY)).errors;
    type(text);
    const list = await errorsList();
    await waitFor(() => expect(diagnostics(view).filter((d) => d.severity === 'error')).toHaveLength(expected.length));
    const [d] = diagnostics(view).filter((x) => x.severity === 'error');
    expect(text.slice(d!.from, d!.to)).toBe('"netto_inkomn"');
    expect(d!.message.startsWith(expected[0]!.message)).toBe(true);
    // Whatever the checker says ("bedoelt u …?" included) is shown in the list.
    expect(list.textContent).toContain(expected[0]!.message);
    const place = lineColumn(text, text.indexOf('"netto_inkomn"'));
    within(list).getByRole('button', { name: `Naar regel ${place.line}, kolom ${place.column}` });
  });

  it.runIf(ALL_TESTS)("the checker's suggestion is shown and one click makes the hand edit", async () => {
    const { view, type } = await openPage(suggestingRunner());
    const file = JSON.parse(OMMEN_TEXT);
    file.regelingen[2].conditions.all.push({ fact: 'netto_inkomn', operator: 'lessThan', value: 3 });
    const text = `${JSON.stringify(file, null, 2)}\n`;
    type(text);
    const list = await errorsList();
    fireEvent.click(await within(list).findByRole('button', { name: 'Vervang door netto_inkomen' }));
    await waitFor(() => expect(view.state.doc.toString()).toBe(text.replace('"netto_inkomn"', '"netto_inkomen"')));
    // The unknown fact is gone (the now valid comparison may still change example outcomes).
    await waitFor(() => expect(section('bh-check').textContent).not.toContain('netto_inkomn'), { timeout: 30000 });
    expect(section('bh-check').textContent).not.toContain('onbekend feit');
  });

  it.runIf(ALL_TESTS)('refuses to download a file with errors, with the reason next to the button', async () => {
    const { type } = await openPage();
    type(OMMEN_TEXT.replace('"status": "actief"', '"status": "klaar"'));
    await errorsList();
    const download = within(section('bh-download'));
    const button = download.getByRole('button', { name: /Download uw versie/ });
    await waitFor(() => expect(button.getAttribute('aria-disabled')).toBe('true'));
    // The reason is next to the button and is its description.
    const why = download.getByText(/U kunt nog niet downloaden: het bestand heeft \d+ fout/);
    expect(button.getAttribute('aria-describedby')).toBe(why.id);
    fireEvent.click(button);
    const alert = download.getByRole('alert');
    expect(within(alert).getByRole('list', { name: 'Fouten die downloaden tegenhouden' }).textContent).toMatch(
      /moet een van deze waarden zijn/,
    );
  });
});

describe('beheer page: form, impact and new outcomes', () => {
  async function raiseParticipatiefonds() {
    const page = await openPage();
    fireEvent.change(within(section('bh-edit')).getByLabelText('Regeling of hulppunt'), {
      target: { value: `regelingen:${ommen.regelingen.findIndex((r: { id: string }) => r.id === 'participatiefonds')}` },
    });
    const field = await within(section('bh-edit')).findByLabelText('Percentage van de bijstandsnorm');
    fireEvent.change(field, { target: { value: '120' } });
    await waitFor(() => expect(page.view.state.doc.toString()).toBe(participatiefondsAt120().text));
    return page;
  }

  it('names the other regelingen that share the income limit', async () => {
    await openPage();
    fireEvent.change(within(section('bh-edit')).getByLabelText('Regeling of hulppunt'), { target: { value: 'regelingen:0' } });
    const hint = (await within(section('bh-edit')).findByLabelText('Percentage van de bijstandsnorm')).getAttribute(
      'aria-describedby',
    );
    const text = document.getElementById(hint ?? '')?.textContent ?? '';
    const others = ommen.regelingen
      .filter(
        (r: { id: string; conditions: unknown }) =>
          r.id !== ommen.regelingen[0].id && JSON.stringify(r.conditions).includes('"inkomen-tot-110"'),
      )
      .map((r: { officialName: string }) => r.officialName);
    expect(text).toContain(`Die gebruiken ook: ${others.join(', ')}.`);
  });

  it('the percentage in the form gives the hand edit, and the impact says before → after with names', async () => {
    await raiseParticipatiefonds();
    const gained = examplesBetween110And120(participatiefondsAt120().file);
    const before = ommen.examples.filter(
      (e: { expect: { regelingen?: Record<string, string> } }) => e.expect.regelingen?.participatiefonds === 'ja',
    ).length;
    const impact = within(section('bh-impact'));
    const summary = await impact.findByRole('list', { name: 'Samenvatting van de gevolgen' }, { timeout: 20000 });
    const name = ommen.regelingen.find((r: { id: string }) => r.id === 'participatiefonds').officialName;
    expect(summary.textContent).toContain(
      `${name}: ${before} → ${before + gained.length} van de ${ommen.examples.length} voorbeeldhuishoudens; ${gained.length} erbij, 0 eraf.`,
    );
    const names = within(impact.getByRole('list', { name: `Erbij: ${name}` }))
      .getAllByRole('listitem')
      .map((li) => li.textContent?.replace('Erbij: ', ''));
    expect(names.sort()).toEqual([...gained].sort());
    expect(summary.textContent).toMatch(/Samen per jaar €\s[\d.]+,\d\d meer/);
  }, 30000);

  it.runIf(ALL_TESTS)(
    '"Nieuwe uitkomst overnemen" for one and then for all households turns them green in the file',
    async () => {
      const { view } = await raiseParticipatiefonds();
      const gained = examplesBetween110And120(participatiefondsAt120().file);
      const n = ommen.examples.length;
      const examples = within(section('bh-examples'));
      await examples.findByText(`${n - gained.length} van de ${n} voorbeeldhuishoudens kloppen.`, undefined, { timeout: 20000 });
      fireEvent.click(await examples.findByRole('button', { name: `Nieuwe uitkomst overnemen: ${gained[0]}` }));
      await examples.findByText(`${n - gained.length + 1} van de ${n} voorbeeldhuishoudens kloppen.`, undefined, {
        timeout: 20000,
      });
      fireEvent.click(await examples.findByRole('button', { name: /Nieuwe uitkomst overnemen voor alle/ }, { timeout: 20000 }));
      await examples.findByText(`${n} van de ${n} voorbeeldhuishoudens kloppen.`, undefined, { timeout: 20000 });
      const file = JSON.parse(view.state.doc.toString());
      for (const name of gained) {
        expect(file.examples.find((e: { name: string }) => e.name === name).expect.regelingen.participatiefonds).toBe('ja');
      }
    },
    40000,
  );
});
