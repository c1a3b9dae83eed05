// Stand-in for `jsonpath-plus` inside json-rules-engine (docs/stack.md §2.2). Our schema forbids `path`
// in conditions, so this is never reached by valid rules; it still resolves the plain `$.a.b` / `$.a[0]`
// forms and refuses filters, which also removes the jsonpath-plus eval CVEs from the bundle.
export function JSONPath(options) {
  var path = String(options.path);
  if (!/^\$((\.[A-Za-z_$][\w$]*)|(\[\d+\])|(\['[^']*'\]))*$/.test(path)) {
    throw new Error('Unsupported JSONPath: ' + path);
  }
  var parts = path.slice(1).match(/\.[A-Za-z_$][\w$]*|\[\d+\]|\['[^']*'\]/g) || [];
  var current = options.json;
  for (var i = 0; i < parts.length && current != null; i++) {
    var p = parts[i];
    var key = p[0] === '.' ? p.slice(1) : p[1] === "'" ? p.slice(2, -2) : Number(p.slice(1, -1));
    current = current[key];
  }
  return current;
}
export default { JSONPath: JSONPath };
