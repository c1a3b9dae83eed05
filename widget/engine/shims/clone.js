// Stand-in for `clone` inside json-rules-engine (stack-probe.md 2.3). RuleResult deep-clones Condition
// instances and later calls their methods, so prototypes must survive: structuredClone would drop them.
export default function clone(value) {
  if (value === null || typeof value !== 'object') return value;
  if (Array.isArray(value)) return value.map(clone);
  var copy = Object.create(Object.getPrototypeOf(value));
  for (var key in value) {
    // defineProperty, not assignment: an own "__proto__" key must stay a key, not replace the prototype.
    if (Object.prototype.hasOwnProperty.call(value, key)) {
      Object.defineProperty(copy, key, { value: clone(value[key]), enumerable: true, writable: true, configurable: true });
    }
  }
  return copy;
}
