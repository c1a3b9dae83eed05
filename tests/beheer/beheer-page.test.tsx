// The beheer page in happy-dom: problems with their place, examples, the impact preview and the download.
import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/preact';
import { afterEach, describe, expect, it } from 'vitest';
import type { RulesSource } from '../../widget/beheer/bundled-sources.ts';
import { downloadName, rulesBlob } from '../../widget/beheer/download.ts';
import { BeheerPage } from '../../widget/beheer/ui/beheer-page.tsx';
import { parseRulesText } from '../../widget/engine/checker.ts';
import { examplesBetween110And120, OMMEN_TEXT, participatiefondsAt120 } from './support.ts';

afterEach(cleanup);

const SOURCES: RulesSource[] = [{ id: 'ommen', label: 'Gemeente Ommen', fileName: 'ommen.json', load: async () => OMMEN_TEXT }];

async function openPage() {
  const utils = render(<BeheerPage sources={SOURCES} today="2026-11-22" delay={0} showWidget={false} />);
  const editor = screen.getByLabelText('Het regelbestand (JSON)') as HTMLTextAreaElement;
  await waitFor(() => expect(editor.value).toBe(OMMEN_TEXT));
  await waitFor(() => expect(screen.getByText(/van de \d+ voorbeeldhuishoudens kloppen/)).toBeTruthy(), { timeout: 5000 });
  const edit = (text: string) => fireEvent.input(editor, { target: { value: text } });
  return { ...utils, editor, edit };
}

describe('beheer page', () => {
  it('opens the bundled file, checks it and runs every example green', async () => {
    await openPage();
    const file = JSON.parse(OMMEN_TEXT) as { examples: unknown[] };
    expect(screen.getByText(`${file.examples.length} van de ${file.examples.length} voorbeeldhuishoudens kloppen.`)).toBeTruthy();
    expect(screen.getByRole('status').textContent).toMatch(/^Geen fouten gevonden\./);
    expect(screen.getAllByRole('heading', { level: 2 }).length).toBeGreaterThanOrEqual(6);
  });

  it('shows a schema error with its place in the file, and counts it in the live region', async () => {
    const { edit } = await openPage();
    const broken = JSON.parse(OMMEN_TEXT);
    broken.regelingen[0].status = 'klaar';
    const text = JSON.stringify(broken, null, 2);
    const problems = parseRulesText(text).problems;
    expect(problems.length).toBeGreaterThan(0);
    edit(text);
    const list = await screen.findByRole('list', { name: 'Fouten' }, { timeout: 5000 });
    expect(list.textContent).toContain(problems[0]!.message);
    expect(within(list).getAllByText(problems[0]!.path).length).toBeGreaterThan(0);
    expect(problems.some((p) => p.path.startsWith('$.regelingen[0].status'))).toBe(true);
    expect(screen.getByRole('status').textContent).toContain(problems.length === 1 ? '1 fout gevonden.' : `${problems.length} fouten gevonden.`);
    expect(screen.getByText(/De voorbeeldhuishoudens worden doorgerekend zodra/)).toBeTruthy();
  });

  it('shows broken JSON as one problem at $', async () => {
    const { edit } = await openPage();
    edit(OMMEN_TEXT.replace('"gemeente"', '"gemeente" "'));
    const list = await screen.findByRole('list', { name: 'Fouten' }, { timeout: 5000 });
    expect(list.textContent).toMatch(/geen geldige JSON/);
  });

  it('marks an example red when the edit breaks its expectation', async () => {
    const { edit } = await openPage();
    const file = JSON.parse(OMMEN_TEXT);
    file.examples[0].expect.regelingen.participatiefonds = 'nee';
    edit(JSON.stringify(file, null, 2));
    const examples = await screen.findByRole('list', { name: 'Voorbeeldhuishoudens' });
    await waitFor(() => expect(within(examples).getAllByText('Klopt niet')).toHaveLength(1), { timeout: 5000 });
  });

  it('raising participatiefonds to 120 % lists exactly the example households that change', async () => {
    const { edit } = await openPage();
    const change = participatiefondsAt120();
    edit(change.text);
    const list = await screen.findByRole('list', { name: 'Voorbeeldhuishoudens die veranderen' }, { timeout: 15000 });
    const names = [...list.querySelectorAll('.bh-change__household')].map((n) => n.textContent).sort();
    expect(names).toEqual(examplesBetween110And120(change.file).sort());
    expect(list.textContent).toContain('Participatiefonds van nee naar ja');
    const summary = screen.getByRole('list', { name: 'Samenvatting van de gevolgen' });
    expect(summary.textContent).toContain(`${names.length} van de ${change.file.examples.length} voorbeeldhuishoudens krijgen Participatiefonds`);
  }, 20000);

  it('offers the edited text as a download', async () => {
    const { edit } = await openPage();
    const text = `${OMMEN_TEXT.trimEnd()}\n\n`;
    edit(text);
    const link = await screen.findByRole('link', { name: /Download uw versie/ });
    expect(link.getAttribute('download')).toBe('ommen.json');
  });
});

describe('download', () => {
  it('the blob holds exactly the edited text, byte for byte', async () => {
    const text = participatiefondsAt120().text.replace('Participatiefonds', 'Participatiefonds ✓ € ë');
    const blob = rulesBlob(text);
    expect(blob.type).toBe('application/json');
    expect(await blob.text()).toBe(text);
  });

  it('keeps the opened file name and makes odd names safe', () => {
    expect(downloadName('ommen.json')).toBe('ommen.json');
    expect(downloadName('mijn regels (2).JSON')).toBe('mijn-regels-2-.json');
  });
});
