// The checker's public face: a rules file through every check (JSON, schema, meaning, examples, freshness).
// For the CLI, the beheer page, a host's own rules URL and the tests. Kept apart from index.ts (the runtime)
// so the default embed, which runs the bundled and CI-checked rules, never downloads the validator.
export {
  type CheckReport,
  checkRulesText,
  compileRules,
  compileRulesInSlices,
  type LoadResult,
  parseRulesText,
  parseRulesTextInSlices,
} from './check-rules.ts';
export { freshnessWarnings } from './freshness.ts';
export * from './index.ts';
