// The screens after the last question, in one chunk of their own (resident/lazy-screens.tsx): the review and the
// results with their cards, reasons, totals and print parts, and the live region's summary of the results. A
// resident does not need them for the first question, so they load while the questions are answered, not before
// the first one.
export { announcement } from './results/announcement.ts';
export { ResultsScreen } from './screens/results-screen.tsx';
export { ReviewScreen } from './screens/review-screen.tsx';
