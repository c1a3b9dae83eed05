// Names a rules file may not use. An id such as "constructor" is also a property every object inherits: a
// lookup `answers[id]` would read Object.prototype.constructor instead of "not answered". The engine reads own
// properties only, and the check refuses such ids outright, so no other code has to be careful about them.
import { prop } from './json-path.ts';
import type { RulesFile, RulesProblem } from './types.ts';

const INHERITED = new Set(Object.getOwnPropertyNames(Object.prototype));

export const isInheritedName = (name: string): boolean => INHERITED.has(name);

/** Every id, option, shared-condition name and limit name that is an Object.prototype property name. */
export function inheritedNameProblems(file: RulesFile): RulesProblem[] {
  const out: RulesProblem[] = [];
  const refuse = (path: string, name: string) => {
    if (isInheritedName(name))
      out.push({ path, message: `"${name}" kan niet als naam: JavaScript gebruikt die naam zelf; kies een andere naam` });
  };
  file.questions.forEach((q, i) => {
    refuse(`$.questions[${i}].id`, q.id);
    q.options?.forEach((o, j) => refuse(`$.questions[${i}].options[${j}]`, o));
  });
  file.regelingen.forEach((r, i) => refuse(`$.regelingen[${i}].id`, r.id));
  file.hulppunten.forEach((h, i) => refuse(`$.hulppunten[${i}].id`, h.id));
  for (const name of Object.keys(file.conditions ?? {})) refuse(prop('$.conditions', name), name);
  file.norms.periods.forEach((p, i) => {
    for (const name of Object.keys(p.limits)) refuse(prop(`$.norms.periods[${i}].limits`, name), name);
  });
  return out;
}
