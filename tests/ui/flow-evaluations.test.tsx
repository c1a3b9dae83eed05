// Each household is evaluated once per flow: the empty one while the intro shows, and going back and forward
// over answered steps reuses results. "Opnieuw beginnen" forgets them (it wipes every answer).
import { cleanup, waitFor } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { AnswerValue } from '../../widget/engine/index.ts';
import { makeAnswers } from '../support/ommen.ts';
import { answerAll, clickAndWait, currentQuestion, fill } from './drive.ts';
import { question, renderApp } from './helpers.tsx';

const calls = vi.hoisted(() => ({ answers: [] as string[] }));
vi.mock('../../widget/engine/index.ts', async (original) => {
  const engine = await original<typeof import('../../widget/engine/index.ts')>();
  return {
    ...engine,
    evaluate: (...args: Parameters<typeof engine.evaluate>) => {
      calls.answers.push(JSON.stringify(args[1]));
      return engine.evaluate(...args);
    },
  };
});

afterEach(() => {
  cleanup();
  calls.answers.length = 0;
});

describe('evaluations in the resident flow', () => {
  it('evaluates the empty household during the intro, so "Beginnen" evaluates nothing more', async () => {
    await renderApp();
    await waitFor(() => expect(calls.answers).toEqual(['{}']));
    await clickAndWait('Beginnen');
    expect(currentQuestion()?.id).toBe('woont_in_gemeente');
    expect(calls.answers).toEqual(['{}']);
  });

  it('going back and forward again evaluates nothing new; a changed answer does', async () => {
    await renderApp();
    await clickAndWait('Beginnen');
    fill(question('woont_in_gemeente'), true);
    await clickAndWait('Volgende');
    expect(currentQuestion()?.id).toBe('leeftijd');
    const afterOneStep = calls.answers.length;
    await clickAndWait('Vorige');
    await clickAndWait('Volgende');
    expect(currentQuestion()?.id).toBe('leeftijd');
    expect(calls.answers).toHaveLength(afterOneStep);
    await clickAndWait('Vorige');
    fill(question('woont_in_gemeente'), false);
    await clickAndWait('Volgende');
    expect(calls.answers.slice(afterOneStep)).toContain(JSON.stringify({ woont_in_gemeente: false }));
  });

  it('"Opnieuw beginnen" forgets the kept results', async () => {
    await renderApp();
    await clickAndWait('Beginnen');
    await answerAll(makeAnswers({ leeftijd: 40, netto_inkomen: 1200, vermogen: 500 }) as Record<string, AnswerValue>);
    await clickAndWait('Bekijk de uitkomst');
    const before = calls.answers.length;
    await clickAndWait('Opnieuw beginnen');
    await clickAndWait('Beginnen');
    expect(calls.answers.slice(before)).toContain('{}');
  });
});
