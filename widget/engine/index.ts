// The engine's runtime face: what the widget needs to run checked rules. The checks live in checker.ts.

export { AnswersError, isValidAnswer } from './answers.ts';
export { centralHelpPoint } from './central-help-point.ts';
/** For a file already checked by `wijzer check` in CI (the bundled rules); anything else goes through compileRules.
 *  The widget compiles in slices (compileInSlices), the CLI and tests in one go (buildCompiledRules). */
export { buildCompiledRules, type CompiledRules, compileInSlices } from './compiled-rules.ts';
export { evaluate } from './evaluate.ts';
export { nextQuestion, questionReaders, remainingQuestions } from './flow.ts';
export { choosePeriod } from './norms.ts';
export { PeildatumError, todayInAmsterdam } from './peildatum.ts';
export * from './types.ts';
