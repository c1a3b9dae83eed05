// The bundled rules arrive in stages (widget/staged-rules.ts): the intro and the first question come from the core
// and its opening, while the regelingen and the engine download. Here that download is held back by hand: the
// first question and "Stap 1 van Y" show without it, an answer given meanwhile waits for it and then goes on, a
// download that fails ends in the calm message, and wijkteam mode (which shows everything) starts it at once.
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/preact';
import type { i18n } from 'i18next';
import { afterEach, describe, expect, it, vi } from 'vitest';
import nl from '../../locales/nl.json';
import { App } from '../../widget/app.tsx';
import type { CompiledRules } from '../../widget/engine/compiled-rules.ts';
import { openingOf } from '../../widget/engine/find-opening.ts';
import { evaluate, nextQuestion } from '../../widget/engine/index.ts';
import type { Opening } from '../../widget/engine/opening.ts';
import type { RulesFile } from '../../widget/engine/types.ts';
import { startRules } from '../../widget/first-screen/fetch-rules.ts';
import { createI18n } from '../../widget/i18n/create-i18n.ts';
import { rulesFromSource } from '../../widget/load-rules.ts';
import { type WidgetMode, withDefaults } from '../../widget/options.ts';
import { stagedRules } from '../../widget/staged-rules.ts';
import { splitTexts } from '../../widget/text/localized-parts.ts';
import { ommenText } from '../support/ommen.ts';
import { fill } from './drive.ts';
import { DATE, label, ommenRules, question } from './helpers.tsx';

afterEach(() => {
  cleanup();
  vi.restoreAllMocks();
});

/** The rules' download, held until the test lets it go (or fails it). */
function heldBack() {
  let release: (rules: CompiledRules) => void = () => undefined;
  let fail: (error: Error) => void = () => undefined;
  const load = vi.fn(
    () =>
      new Promise<CompiledRules>((resolve, reject) => {
        release = resolve;
        fail = reject;
      }),
  );
  return { load, release: () => release(ommenRules()), fail: (error: Error) => fail(error) };
}

async function renderStaged(load: () => Promise<CompiledRules>, mode: WidgetMode = 'resident') {
  const whole = ommenRules();
  const opening = (await openingOf(whole)) as Opening;
  const core: RulesFile = { ...whole.file, regelingen: [], hulppunten: [] };
  const i18n: i18n = await createI18n('nl');
  const rules = stagedRules(core, opening, load);
  render(
    <App
      options={withDefaults({ date: DATE, mode })}
      i18n={i18n}
      pendingRules={Promise.resolve({ ok: true, rules })}
      emit={() => undefined}
      onLanguage={() => undefined}
    />,
  );
  return opening;
}

const firstLegend = () => document.querySelector('legend')?.textContent;

describe('a resident on staged rules', () => {
  it('gets the first question and "Stap 1 van Y" before the regelingen and the engine are there', async () => {
    const { load, release } = heldBack();
    const opening = await renderStaged(load);
    fireEvent.click(await screen.findByRole('button', { name: nl.intro.start }));
    await waitFor(() => expect(firstLegend()).toBe(label(opening.first)));
    expect(screen.getByText(`Stap 1 van ${opening.total}`)).toBeTruthy();
    // "Waarom vragen we dit?" names regelingen: it comes with them.
    expect(screen.queryByText(nl.question.why)).toBeNull();
    // The download starts once the first question has painted, once.
    await waitFor(() => expect(load).toHaveBeenCalledTimes(1));
    release();
    await screen.findByText(nl.question.why);
    expect(load).toHaveBeenCalledTimes(1);
  });

  it('an answer given while they download waits for them, then goes on to the question the engine picks', async () => {
    const { load, release } = heldBack();
    const opening = await renderStaged(load);
    fireEvent.click(await screen.findByRole('button', { name: nl.intro.start }));
    await waitFor(() => expect(firstLegend()).toBe(label(opening.first)));
    fill(question(opening.first), true);
    fireEvent.click(screen.getByRole('button', { name: nl.nav.next }));
    await new Promise((resume) => setTimeout(resume, 50));
    expect(firstLegend()).toBe(label(opening.first));
    expect(screen.getAllByRole('status').map((s) => s.textContent)).toContain(nl.app.busy);
    release();
    const rules = ommenRules();
    const answers = { [opening.first]: true };
    const next = nextQuestion(rules, answers, await evaluate(rules, answers, DATE));
    await waitFor(() => expect(firstLegend()).toBe(label(next ?? '')));
  });

  it('when they cannot be downloaded, the answer ends in the calm message with the phone number', async () => {
    vi.spyOn(console, 'error').mockImplementation(() => undefined);
    const load = vi.fn(() => Promise.reject(new Error('chunk unreachable')));
    const opening = await renderStaged(load);
    fireEvent.click(await screen.findByRole('button', { name: nl.intro.start }));
    await waitFor(() => expect(firstLegend()).toBe(label(opening.first)));
    fill(question(opening.first), true);
    fireEvent.click(screen.getByRole('button', { name: nl.nav.next }));
    await screen.findByRole('heading', { name: nl.failure.heading });
    const phone = ommenRules().file.gemeente.contact.phone ?? '';
    expect(screen.getByRole('link', { name: `Bel ${phone}` })).toBeTruthy();
    expect(load).toHaveBeenCalled();
  });
});

describe('wijkteam mode on staged rules', () => {
  it('starts the download at once and shows the questions when it is in', async () => {
    const { load, release } = heldBack();
    await renderStaged(load, 'professional');
    await waitFor(() => expect(load).toHaveBeenCalledTimes(1));
    expect(screen.getByText(nl.app.loading)).toBeTruthy();
    release();
    await screen.findByRole('group', { name: label('leeftijd') }, { timeout: 10_000 });
  });
});

describe('the bundled rules, completed', () => {
  it('get their regelingen and hulppunten with the texts of a language loaded before them', async () => {
    // A core of its own: the bundled chunk's core is one object per page, which other suites may have completed.
    const source = await startRules(undefined, 'en');
    if (source.kind !== 'bundled') throw new Error('the bundled rules did not load');
    const published: RulesFile = { ...(JSON.parse(ommenText) as RulesFile), examples: [] };
    const core = { ...(splitTexts(published, 'nl', 'nl').core as RulesFile), regelingen: [], hulppunten: [] };
    const load = await rulesFromSource({ ...source, file: core }, 'en');
    if (!load.ok) throw new Error('the bundled rules did not load');
    expect(load.rules.file.regelingen).toEqual([]);
    expect(load.rules.file.questions[0]?.texts.en).toBeDefined();
    expect(load.rules.opening).toEqual(await openingOf(ommenRules()));
    const compiled = await load.rules.complete();
    const whole = ommenRules().file;
    expect(compiled.file.regelingen.map((r) => r.id)).toEqual(whole.regelingen.map((r) => r.id));
    expect(compiled.file.hulppunten.map((h) => h.texts.en)).toEqual(whole.hulppunten.map((h) => h.texts.en));
    expect(compiled.file.regelingen.map((r) => r.texts.en)).toEqual(whole.regelingen.map((r) => r.texts.en));
    expect(await load.rules.complete()).toBe(compiled);
  });
});
