// Which day the impact preview and the overview compute on: today, but inside the file's norm periods,
// so an outdated or future file still gives amounts instead of an error.
import type { RulesFile } from '../engine/index.ts';

export function dayWithinNorms(file: RulesFile, today: string): string {
  const first = file.norms.periods.map((p) => p.from).sort()[0] ?? today;
  if (today < first) return first;
  return today > file.norms.validUntil ? file.norms.validUntil : today;
}
