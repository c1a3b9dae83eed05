// The shared conditions as a graph, measured without expanding it. A chain b0 -> b1 -> ... in which each
// level names the next one twice has 2^n leaves once inlined: compiling (normalize-conditions.ts) would
// freeze a host page for minutes on a 360 kB file. So the check counts the leaves each shared condition
// expands to, once per shared condition and with saturating arithmetic, finds cycles with one depth-first
// walk (white/grey/black), and refuses a file over MAX_LEAVES before anything is expanded.
import { prop } from './json-path.ts';
import type { Condition, RulesFile, RulesProblem } from './types.ts';

/** Leaves after every shared condition is filled in, over the whole file. rules/ommen.json has 53, the bench's 1000 generated regelingen 6,465. */
export const MAX_LEAVES = 20_000;
/** Counts stop growing here: exact below it, and far beyond anything a file may have. */
const SATURATED = 1e15;

const add = (a: number, b: number) => Math.min(a + b, SATURATED);

/** The shared conditions a condition names directly, in order (a tree within one entry; its depth is bounded). */
function namedIn(c: Condition, out: string[] = []): string[] {
  if ('all' in c) for (const s of c.all) namedIn(s, out);
  else if ('any' in c) for (const s of c.any) namedIn(s, out);
  else if ('not' in c) namedIn(c.not, out);
  else if ('condition' in c) out.push(c.condition);
  return out;
}

/** Leaves of `c` with each named shared condition counted as its own size (0 when unknown or in a cycle). */
function leavesOf(c: Condition, sizes: Map<string, number>): number {
  if ('all' in c) return c.all.reduce((n, s) => add(n, leavesOf(s, sizes)), 0);
  if ('any' in c) return c.any.reduce((n, s) => add(n, leavesOf(s, sizes)), 0);
  if ('not' in c) return leavesOf(c.not, sizes);
  if ('condition' in c) return sizes.get(c.condition) ?? 0;
  return 1;
}

export interface SharedGraph {
  /** Leaves each shared condition expands to (saturated at 10^15). */
  sizes: Map<string, number>;
  /** One problem per cycle found: "kringverwijzing: a -> b -> a", at the condition the cycle returns to. */
  cycles: RulesProblem[];
}

/** "a -> b -> a"; a loop through thousands of conditions is shortened to its first and last names. */
const loopText = (loop: string[]) =>
  (loop.length <= 12 ? loop : [...loop.slice(0, 6), `… (${loop.length - 9} meer)`, ...loop.slice(-3)]).join(' -> ');

const GREY = 1;
const BLACK = 2;

/** One iterative depth-first walk over the shared conditions: every entry and every reference once. */
export function sharedGraph(shared: Record<string, Condition>): SharedGraph {
  const colour = new Map<string, number>();
  const sizes = new Map<string, number>();
  const cycles: RulesProblem[] = [];
  for (const root of Object.keys(shared)) {
    if (colour.has(root)) continue;
    const stack: { name: string; refs: string[]; next: number }[] = [];
    const onStack = new Map<string, number>();
    const enter = (name: string) => {
      colour.set(name, GREY);
      onStack.set(name, stack.length);
      stack.push({ name, refs: namedIn(shared[name] as Condition), next: 0 });
    };
    enter(root);
    while (stack.length > 0) {
      const top = stack[stack.length - 1] as (typeof stack)[number];
      if (top.next < top.refs.length) {
        const ref = top.refs[top.next++] as string;
        if (!Object.hasOwn(shared, ref)) continue; // reported by checkCondition as unknown
        const seen = colour.get(ref);
        if (seen === undefined) enter(ref);
        else if (seen === GREY) {
          const loop = [...stack.slice(onStack.get(ref)).map((f) => f.name), ref];
          cycles.push({ path: prop('$.conditions', ref), message: `kringverwijzing: ${loopText(loop)}` });
        }
        continue;
      }
      sizes.set(top.name, leavesOf(shared[top.name] as Condition, sizes));
      colour.set(top.name, BLACK);
      onStack.delete(top.name);
      stack.pop();
    }
  }
  return { sizes, cycles };
}

/** Every condition the engine runs, with its place: regelingen, amount terms, askWhen, hulppunten. */
export function rootConditions(file: RulesFile): { path: string; condition: Condition }[] {
  const roots: { path: string; condition: Condition }[] = [];
  file.regelingen.forEach((r, i) => {
    roots.push({ path: `$.regelingen[${i}].conditions`, condition: r.conditions });
    r.amount?.terms.forEach((t, j) => {
      if (t.when) roots.push({ path: `$.regelingen[${i}].amount.terms[${j}].when`, condition: t.when });
    });
  });
  file.questions.forEach((q, i) => {
    if (q.askWhen) roots.push({ path: `$.questions[${i}].askWhen`, condition: q.askWhen });
  });
  file.hulppunten.forEach((h, i) => roots.push({ path: `$.hulppunten[${i}].conditions`, condition: h.conditions }));
  return roots;
}

const count = (n: number) => (n >= SATURATED ? 'meer dan 10^15' : new Intl.NumberFormat('nl-NL').format(n));

/** Cycles, and a located refusal when the file would expand to more than MAX_LEAVES leaves. */
export function conditionGraphProblems(file: RulesFile): RulesProblem[] {
  const { sizes, cycles } = sharedGraph(file.conditions ?? {});
  const measured = rootConditions(file).map((r) => ({ ...r, leaves: leavesOf(r.condition, sizes) }));
  const total = measured.reduce((n, r) => add(n, r.leaves), 0);
  if (total <= MAX_LEAVES) return cycles;
  const largest = measured.reduce((a, b) => (b.leaves > a.leaves ? b : a));
  const biggestShared = namedIn(largest.condition).reduce<string | null>(
    (a, b) => (a === null || (sizes.get(b) ?? 0) > (sizes.get(a) ?? 0) ? b : a),
    null,
  );
  const via =
    biggestShared === null
      ? ''
      : `, vooral door gedeelde voorwaarde "${biggestShared}" (${count(sizes.get(biggestShared) ?? 0)})`;
  const tooBig = {
    path: largest.path,
    message:
      `te groot: deze voorwaarde wordt ${count(largest.leaves)} vergelijkingen als de gedeelde voorwaarden zijn ingevuld${via}; ` +
      `het hele bestand ${count(total)}, hoogstens ${count(MAX_LEAVES)}`,
  };
  return [...cycles, tooBig];
}
