// Two tiers of the same tests. `npm test` is the fast tier a developer runs after every change: property tests
// and the hostile suite run a sample (a tenth, at least 20 cases). `npm run test:all` (and CI, through .ci/run)
// sets VW_TEST_ALL=1 and runs every case. The sample finds the common failures; the full count finds the rare ones.
export const ALL_TESTS = process.env.VW_TEST_ALL === '1';

/** How many cases a property or generated-input test runs in this tier. */
export function runs(full: number): number {
  return ALL_TESTS ? full : Math.min(full, Math.max(20, Math.round(full / 10)));
}
