// Bundled by the bench with the widget's shim plugin (widget/build/engine-shims.ts), so Node gets json-rules-engine with the
// same shimmed deps as the widget.
export { Engine } from 'json-rules-engine';
