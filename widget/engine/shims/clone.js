// Stand-in for `clone` inside json-rules-engine (docs/stack.md §2.2). RuleResult deep-clones Condition
// instances and later calls their methods, so prototypes must survive: structuredClone would drop them.
export default function clone(value) {
  if (value === null || typeof value !== 'object') return value;
  if (Array.isArray(value)) return value.map(clone);
  var copy = Object.create(Object.getPrototypeOf(value));
  for (var key in value) {
    if (!Object.prototype.hasOwnProperty.call(value, key)) continue;
    // Assignment is the fast path (clone runs for every rule on every run); an own "__proto__" key needs
    // defineProperty, or assigning it would replace the copy's prototype.
    if (key === '__proto__') {
      Object.defineProperty(copy, key, { value: clone(value[key]), enumerable: true, writable: true, configurable: true });
    } else {
      copy[key] = clone(value[key]);
    }
  }
  return copy;
}
