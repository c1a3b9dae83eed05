// useAsync: the one "await in an effect" of the widget and the beheer page. A late result of old inputs
// must never replace the result of newer ones.
import { act, renderHook } from '@testing-library/preact';
import { describe, expect, it } from 'vitest';
import { useAsync } from '../../widget/shared/use-async.ts';

/** A promise per key, settled by the test when it wants. */
function deferred() {
  const made = new Map<string, { resolve(v: string): void; reject(e: unknown): void; signal: AbortSignal }>();
  const run = (key: string | null) => (signal: AbortSignal) =>
    key === null
      ? null
      : new Promise<string>((resolve, reject) => {
          made.set(key, { resolve, reject, signal });
        });
  return { made, run };
}

describe('useAsync', () => {
  it('drops the late result of earlier inputs', async () => {
    const { made, run } = deferred();
    const { result, rerender } = renderHook(({ key }: { key: string }) => useAsync(run(key), [key]), {
      initialProps: { key: 'a' },
    });
    expect(result.current.status).toBe('pending');
    rerender({ key: 'b' });
    expect(made.get('a')?.signal.aborted).toBe(true);
    await act(async () => made.get('b')?.resolve('B'));
    expect(result.current).toEqual({ status: 'done', value: 'B' });
    await act(async () => made.get('a')?.resolve('A'));
    expect(result.current).toEqual({ status: 'done', value: 'B' });
  });

  it('keeps the last value while a new run is pending and after it failed; nothing to do clears it', async () => {
    const { made, run } = deferred();
    const { result, rerender } = renderHook(({ key }: { key: string | null }) => useAsync(run(key), [key]), {
      initialProps: { key: 'a' as string | null },
    });
    await act(async () => made.get('a')?.resolve('A'));
    rerender({ key: 'b' });
    expect(result.current).toEqual({ status: 'pending', value: 'A' });
    const error = new Error('kapot');
    await act(async () => made.get('b')?.reject(error));
    expect(result.current).toEqual({ status: 'failed', value: 'A', error });
    rerender({ key: null });
    expect(result.current).toEqual({ status: 'idle', value: undefined });
  });

  it('aborts the running run on unmount and ignores what it gives afterwards', async () => {
    const { made, run } = deferred();
    const { result, unmount } = renderHook(() => useAsync(run('a'), []));
    expect(result.current.status).toBe('pending');
    act(() => unmount());
    expect(made.get('a')?.signal.aborted).toBe(true);
    await act(async () => made.get('a')?.resolve('A'));
    expect(result.current.status).toBe('pending');
  });
});
