// Bundled by the bench with vite's alias (vite.config.ts engineShims), so Node gets json-rules-engine with the
// same shimmed deps as the widget.
export { Engine } from 'json-rules-engine';
