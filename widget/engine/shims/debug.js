// Stand-in for json-rules-engine's debug module (widget/build/engine-shims.ts): the original turns itself on
// from the host page's localStorage.debug and then logs every fact value. The widget never logs answers.
export default function debug() {}
