// Rules that arrive in stages. The bundled file's core (gemeente, norms, questions and the opening) is enough for
// the intro and the first question; its regelingen and hulppunten, the engine that compiles and evaluates them,
// and the compile itself wait until they are needed, so a resident downloads them while reading the first question
// (docs/decisions/0018-first-question-before-the-engine.md). A host's file, checked in full, is complete at once.
import type { CompiledRules } from './engine/compiled-rules.ts';
import type { Opening } from './engine/opening.ts';
import type { RulesFile } from './engine/types.ts';

export interface StagedRules {
  /** The file as far as it has come: the bundled core has empty `regelingen` and `hulppunten` until `complete`. */
  file: RulesFile;
  /** The empty household's first step, worked out at build time; absent for a host's file. */
  opening?: Opening;
  /** The whole file, compiled: the first call starts what is still missing; a failed attempt may be retried. */
  complete(): Promise<CompiledRules>;
  /** The compiled rules once some caller's `complete()` has finished, without starting anything itself. */
  completed: Promise<CompiledRules>;
  /** The compiled rules if they are there already, else null. */
  now(): CompiledRules | null;
}

/** Staged rules from a loader that runs once (again only after a failure). */
export function stagedRules(file: RulesFile, opening: Opening | undefined, load: () => Promise<CompiledRules>): StagedRules {
  let running: Promise<CompiledRules> | null = null;
  let done: CompiledRules | null = null;
  let settle: (rules: CompiledRules) => void = () => undefined;
  const completed = new Promise<CompiledRules>((resolve) => {
    settle = resolve;
  });
  return {
    file,
    opening,
    completed,
    now: () => done,
    complete() {
      running ??= load().then(
        (rules) => {
          done = rules;
          settle(rules);
          return rules;
        },
        (error: unknown) => {
          running = null;
          throw error;
        },
      );
      return running;
    },
  };
}

/** Rules already compiled (a host's checked file, tests, the beheer previews): complete from the start. */
export function completeRules(rules: CompiledRules): StagedRules {
  return {
    file: rules.file,
    completed: Promise.resolve(rules),
    now: () => rules,
    complete: () => Promise.resolve(rules),
  };
}
