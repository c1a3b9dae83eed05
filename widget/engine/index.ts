// The engine's public face: the widget, the CLI and the beheer page import from here only.

export { AnswersError } from './answers.ts';
export { type CheckReport, checkRulesText, compileRules, type LoadResult, parseRulesText } from './check-rules.ts';
export type { CompiledRules } from './compiled-rules.ts';
export { evaluate } from './evaluate.ts';
export { nextQuestion, questionReaders, remainingQuestions } from './flow.ts';
export { freshnessWarnings } from './freshness.ts';
export { choosePeriod } from './norms.ts';
export { PeildatumError, todayInAmsterdam } from './peildatum.ts';
export * from './types.ts';
