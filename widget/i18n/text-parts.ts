// The one place that splits an interface locale file in two (widget/build/locale-parts-plugin.ts builds a chunk
// for each part). The first part is what the app shows up to and including a question screen, so a resident
// downloads only that before the first question; the later part (results, reasons, sharing, wijkteam mode, …) is
// fetched once the first question has painted (widget/resident/lazy-screens.tsx). The locale files stay whole:
// translators and tests read them as they are. Plain data and functions, no imports: the build plugin (Node) and
// the tests share it; the browser only ever sees the parts.
// tests/locales/text-parts.test.ts fails when code the app loads before the first question uses a key of a
// later group without waiting for the later part (useLaterTexts), so this list cannot silently rot.

/** The two chunks of a locale file. */
export type TextPart = 'first' | 'later';

/** The top-level groups of the first part, each with why it is needed before the first question. */
export const FIRST_GROUPS: readonly string[] = [
  // The review status: the translation notice of staff views and the beheer page read it (loadLocaleMeta),
  // and it is a few bytes.
  'meta',
  // The frame's title and loading line (app.tsx), "Even geduld." while a lazy screen loads (lazy-screens.tsx).
  'app',
  // The intro screen (resident/intro.tsx), shown again by "Vorige" on the first question.
  'intro',
  // The language switch's label (shared/language-switch.tsx), "Volgende" and "Vorige" of the question step.
  'nav',
  // The translation notice under the header (shared/translation-notice.tsx).
  'language',
  // "Vraag 2 van 9" (resident/progress.tsx).
  'progress',
  // The question fields (shared/questions/) and why a question is asked (resident/why-asked.tsx).
  'question',
  // The fields' messages and the error summary above them (resident/error-summary.tsx).
  'error',
  // The calm message when the rules file cannot be used, which shows before any question (shared/failure.tsx).
  'failure',
  // The calm message's "Bel …" line (contact.phone in shared/failure.tsx).
  'contact',
];

/** The part a top-level group of a locale file belongs to. */
export function partOf(group: string): TextPart {
  return FIRST_GROUPS.includes(group) ? 'first' : 'later';
}

/** The groups of `file` that are in `part`, in the file's order. */
export function localePart(file: Record<string, unknown>, part: TextPart): Record<string, unknown> {
  return Object.fromEntries(Object.entries(file).filter(([group]) => partOf(group) === part));
}
