// The json-rules-engine variants the bench compares, each as an Engine constructor for buildCompiledRules.
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { build } from 'vite';
import { engineShims } from '../../widget/build/engine-shims.ts';
import type { EngineConstructor } from '../../widget/engine/adapter.ts';

/** The real package with its real deps: require() bypasses vite's alias. */
export const realEngine = (): EngineConstructor =>
  createRequire(import.meta.url)('json-rules-engine').Engine as EngineConstructor;

/** json-rules-engine bundled with the widget's shims, as the widget ships it. */
export async function shimmedEngine(cacheDir: string): Promise<EngineConstructor> {
  // The widget's own shim plugin, so the shims are exactly the widget's. (Not the whole vite.config.ts:
  // merging would concatenate its lib formats with ours and build three times into one file name.)
  await build({
    configFile: false,
    logLevel: 'silent',
    plugins: [engineShims()],
    build: {
      outDir: cacheDir,
      emptyOutDir: true,
      sourcemap: false,
      minify: false,
      rolldownOptions: { output: { minify: false } },
      lib: {
        entry: join(process.cwd(), 'tests/bench/shimmed-engine-entry.ts'),
        formats: ['cjs'],
        fileName: () => 'jre-shimmed.cjs',
      },
    },
  });
  // CommonJS through require(): loads the same way under tsx and inside vitest (whose module runner would not
  // import a file outside the project).
  const mod = createRequire(import.meta.url)(join(cacheDir, 'jre-shimmed.cjs'));
  return mod.Engine as EngineConstructor;
}

/** Builds no engine at all: for the plain evaluator, which only needs the normalised trees. */
export const noEngine: EngineConstructor = class {
  addRule() {}
  addFact() {}
  getFact() {
    return {};
  }
  removeFact() {}
  addOperator() {}
  run(): never {
    throw new Error('noEngine cannot run');
  }
} as unknown as EngineConstructor;
