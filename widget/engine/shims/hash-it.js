// Stand-in for `hash-it` inside json-rules-engine (docs/stack.md §2.2): only used as the key of the
// per-run fact cache, where a different key order can only cause a cache miss, never a wrong value.
export default function hash(value) {
  return JSON.stringify(value);
}
