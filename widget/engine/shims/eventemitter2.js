// Stand-in for eventemitter2 inside json-rules-engine (docs/stack.md §2.2): the real one is 5.9 kB gz and
// registers itself through a host page's AMD `define()`, which breaks the engine. json-rules-engine only
// uses on / removeListener / emitAsync. An ES5 constructor, because the engine's Babel output calls
// `Super.call(this)`, which throws on an ES class.
function EventEmitter() {
  this._listeners = {};
}
EventEmitter.prototype.on = function (event, listener) {
  (this._listeners[event] = this._listeners[event] || []).push(listener);
  return this;
};
EventEmitter.prototype.addListener = EventEmitter.prototype.on;
EventEmitter.prototype.removeListener = function (event, listener) {
  var list = this._listeners[event];
  if (list)
    this._listeners[event] = list.filter(function (l) {
      return l !== listener;
    });
  return this;
};
EventEmitter.prototype.off = EventEmitter.prototype.removeListener;
EventEmitter.prototype.removeAllListeners = function (event) {
  if (event === undefined) this._listeners = {};
  else delete this._listeners[event];
  return this;
};
EventEmitter.prototype.emit = function (event) {
  var args = Array.prototype.slice.call(arguments, 1);
  var list = (this._listeners[event] || []).slice();
  for (var i = 0; i < list.length; i++) list[i].apply(this, args);
  return list.length > 0;
};
EventEmitter.prototype.emitAsync = function (event) {
  var self = this;
  var args = Array.prototype.slice.call(arguments, 1);
  var list = (this._listeners[event] || []).slice();
  return Promise.all(
    list.map(function (l) {
      return l.apply(self, args);
    }),
  );
};
export default EventEmitter;
export { EventEmitter, EventEmitter as EventEmitter2 };
