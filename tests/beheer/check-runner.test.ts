// The check runs in a worker with a time limit: a check that does not end is stopped and reported, a newer
// text stops an older check, and the heaviest condition is named as the likely place.
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { CheckMessage, CheckRequest } from '../../widget/beheer/check/check-job.ts';
import { type RunnerEvent, type WorkerLike, workerRunner } from '../../widget/beheer/check/check-runner.ts';
import { heaviestConditions } from '../../widget/beheer/check/complexity.ts';
import { conditionBomb } from './bomb.ts';
import { OMMEN_TEXT } from './support.ts';

class FakeWorker implements WorkerLike {
  static made: FakeWorker[] = [];
  onmessage: ((e: MessageEvent<CheckMessage>) => void) | null = null;
  onerror: ((e: ErrorEvent) => void) | null = null;
  received: CheckRequest[] = [];
  terminated = false;
  constructor() {
    FakeWorker.made.push(this);
  }
  postMessage(m: CheckRequest) {
    this.received.push(m);
  }
  terminate() {
    this.terminated = true;
  }
  answer(m: CheckMessage) {
    this.onmessage?.({ data: m } as MessageEvent<CheckMessage>);
  }
}

afterEach(() => {
  vi.useRealTimers();
  FakeWorker.made = [];
});

const request = { text: '{}', published: null, today: '2026-12-03' };
const LIMITS = { start: 60000, check: 5000, impact: 30000 };

describe('workerRunner', () => {
  it('stops a check that runs past its limit, counted from the moment the worker starts it', () => {
    vi.useFakeTimers();
    const runner = workerRunner(() => new FakeWorker(), LIMITS);
    const events: RunnerEvent[] = [];
    runner.start(request, (e) => events.push(e));
    const worker = FakeWorker.made[0]!;
    const id = worker.received[0]!.id;
    // Loading the worker's code is not the file's fault: it has its own limit.
    vi.advanceTimersByTime(LIMITS.start - 1);
    worker.answer({ id, type: 'step', step: 'controle' });
    vi.advanceTimersByTime(LIMITS.check - 1);
    expect(events.map((e) => e.type)).toEqual(['step']);
    vi.advanceTimersByTime(1);
    expect(events.at(-1)).toEqual({ id, type: 'timeout', step: 'controle' });
    expect(worker.terminated).toBe(true);
  });

  it('a worker that never starts is stopped after the start limit', () => {
    vi.useFakeTimers();
    const runner = workerRunner(() => new FakeWorker(), LIMITS);
    const events: RunnerEvent[] = [];
    runner.start(request, (e) => events.push(e));
    vi.advanceTimersByTime(LIMITS.start);
    expect(events).toEqual([{ id: 1, type: 'timeout', step: 'controle' }]);
  });

  it('gives the impact its own, longer limit once the check is done', () => {
    vi.useFakeTimers();
    const runner = workerRunner(() => new FakeWorker(), LIMITS);
    const events: RunnerEvent[] = [];
    runner.start(request, (e) => events.push(e));
    const worker = FakeWorker.made[0]!;
    const id = worker.received[0]!.id;
    worker.answer({ id, type: 'step', step: 'controle' });
    vi.advanceTimersByTime(4000);
    worker.answer({ id, type: 'checked', report: { ok: true, errors: [], warnings: [], examples: null }, expectations: [] });
    worker.answer({ id, type: 'step', step: 'gevolgen' });
    vi.advanceTimersByTime(29999);
    expect(events.map((e) => e.type)).toEqual(['step', 'checked', 'step']);
    vi.advanceTimersByTime(1);
    expect(events.at(-1)).toEqual({ id, type: 'timeout', step: 'gevolgen' });
  });

  it('a newer text terminates a busy worker and only the newer check reports', () => {
    vi.useFakeTimers();
    const runner = workerRunner(() => new FakeWorker());
    const old: RunnerEvent[] = [];
    const now: RunnerEvent[] = [];
    runner.start(request, (e) => old.push(e));
    runner.start({ ...request, text: '{ }' }, (e) => now.push(e));
    expect(FakeWorker.made).toHaveLength(2);
    expect(FakeWorker.made[0]?.terminated).toBe(true);
    const second = FakeWorker.made[1]!;
    second.answer({ id: 1, type: 'impact', impact: null });
    second.answer({ id: second.received[0]!.id, type: 'impact', impact: null });
    expect(old).toEqual([]);
    expect(now.map((e) => e.type)).toEqual(['impact']);
    // A finished check leaves the worker alive for the next one.
    runner.start(request, () => {});
    expect(FakeWorker.made).toHaveLength(2);
  });
});

describe('heaviestConditions', () => {
  it('names the regeling behind a condition bomb, counting shared conditions where they are used', () => {
    const { text, regelingIndex } = conditionBomb(OMMEN_TEXT, 6);
    const [first, second] = heaviestConditions(JSON.parse(text));
    expect(first?.path).toBe(`$.regelingen[${regelingIndex}].conditions`);
    expect(second?.path).toBe("$.conditions['bom-6']");
    expect(second?.size).toBeGreaterThan(1e6);
  });

  it('survives a cycle and a file that is no object', () => {
    expect(heaviestConditions({ conditions: { a: { condition: 'b' }, b: { condition: 'a' } }, regelingen: [] })).toHaveLength(2);
    expect(heaviestConditions(null)).toEqual([]);
  });
});
