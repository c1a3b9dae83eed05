// Pretends to be RequireJS / an old Dojo page: a global define with define.amd set before the widget loads.
// Bundled UMD code that checks `define.amd` would register with it and never run (stack-probe.md §3.4).
window.__amdCalls = [];
window.define = function define(...args) {
  window.__amdCalls.push(args.length);
};
window.define.amd = {};
