// Bundled by the long-task bench (tests/bench/long-tasks.ts) with the widget's shim plugin: the engine exactly as
// the widget runs it, for a page that times compile and evaluation of a very big rules file.
export { buildCompiledRules, compileInSlices } from '../../widget/engine/compiled-rules.ts';
export { evaluate } from '../../widget/engine/evaluate.ts';
