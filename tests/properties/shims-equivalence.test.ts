// The shimmed json-rules-engine (bundled by vite with the widget's shim plugin, exactly as the widget ships it)
// and the real one (its real deps through require()) give identical evaluate() results.
// Note: inside vitest a plain `import 'json-rules-engine'` is NOT shimmed: vitest externalises node_modules and
// the package's own require() calls never see vite's plugins. So the shimmed engine is built here with vite.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import type { EngineConstructor } from '../../widget/engine/adapter.ts';
import { buildCompiledRules } from '../../widget/engine/compiled-rules.ts';
import { evaluate } from '../../widget/engine/index.ts';
import { realEngine, shimmedEngine } from '../bench/engines.ts';
import { ommen } from '../support/ommen.ts';
import { runs } from '../support/test-tier.ts';
import { householdArb } from './support/households.ts';

const dir = mkdtempSync(join(tmpdir(), 'vw-shim-'));
let ShimmedEngine: EngineConstructor;
// json-rules-engine's own debug module switches on when DEBUG (in a browser: localStorage.debug) names it, and
// binds console.debug as it loads: so the spy and DEBUG are in place before the engine loads.
const consoleDebug = vi.spyOn(console, 'debug').mockImplementation(() => {});
beforeAll(async () => {
  const debug = process.env.DEBUG;
  process.env.DEBUG = 'json-rules-engine';
  try {
    ShimmedEngine = await shimmedEngine(dir);
  } finally {
    if (debug === undefined) delete process.env.DEBUG;
    else process.env.DEBUG = debug;
  }
}, 60_000);
afterAll(() => {
  rmSync(dir, { recursive: true, force: true });
  consoleDebug.mockRestore();
});

describe('shimmed vs real json-rules-engine', () => {
  it('the two engines really differ in their deps (shim EventEmitter vs eventemitter2)', () => {
    // The shim keeps listeners in `_listeners`, eventemitter2 in `_events`: proof that two different builds are compared.
    expect(Object.hasOwn(new ShimmedEngine([], {}), '_listeners')).toBe(true);
    expect(Object.hasOwn(new ShimmedEngine([], {}), '_events')).toBe(false);
    expect(Object.hasOwn(new (realEngine())([], {}), '_events')).toBe(true);
  });

  it('identical results for random households (Ommen, 300 runs)', async () => {
    const file = ommen().file;
    const shimmed = buildCompiledRules(file, ShimmedEngine);
    const real = buildCompiledRules(file, realEngine());
    await fc.assert(
      fc.asyncProperty(householdArb(shimmed), fc.constantFrom('2026-03-01', '2026-07-01'), async (answers, date) => {
        expect(await evaluate(shimmed, answers, date)).toEqual(await evaluate(real, answers, date));
      }),
      { numRuns: runs(300) },
    );
  }, 60_000);

  it('logs no fact values, even when asked to: the debug module is shimmed too', async () => {
    consoleDebug.mockClear();
    await evaluate(buildCompiledRules(ommen().file, ShimmedEngine), { netto_inkomen: 1486.46 }, '2026-07-01');
    expect(consoleDebug).not.toHaveBeenCalled();
  });
});
