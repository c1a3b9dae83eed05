// Pretends to be RequireJS / an old Dojo page: a global define with define.amd set before the widget loads.
// Bundled UMD code that checks `define.amd` would register with it and never run (docs/stack.md §3.3).
window.__amdCalls = [];
window.define = function define(...args) {
  window.__amdCalls.push(args.length);
};
window.define.amd = {};
