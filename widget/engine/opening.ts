// The first step of an empty household: which question comes first, and the Y of "Stap 1 van Y". For the bundled
// rules the build works it out (find-opening.ts, run by widget/build/bundled-rules-plugin.ts), so the widget can
// show the first question before the regelingen and the engine have downloaded: they come while the resident
// reads it (docs/decisions/0018-first-question-before-the-engine.md). No engine code here: the app imports it.

/** The first question and the step count, the same on every day from `from` to `until` (both included). */
export interface Opening {
  from: string;
  until: string;
  first: string;
  total: number;
}

/** The opening for a peildatum inside its days, else undefined. */
export function openingOn(opening: Opening | undefined, day: string): Opening | undefined {
  return opening && day >= opening.from && day <= opening.until ? opening : undefined;
}
