// Printing the overdrachtsblad only. Styles inside the shadow root hide the rest of the widget; the host
// page is outside it, so for one print the path from <body> to the widget is marked and a constructed
// document sheet (CSP-safe, no <style>) hides everything else. Removed again after printing.
const PATH = 'data-vw-print-path';
const CSS = `@media print { body *:not([${PATH}]) { display: none !important; } [${PATH}] { margin: 0 !important; padding: 0 !important; border: 0 !important; } }`;

let sheet: CSSStyleSheet | null = null;

/** Marks the host element and its ancestors for print and adopts the hiding sheet. Returns the cleanup. */
export function isolateForPrint(inside: Node): () => void {
  const root = inside.getRootNode();
  const host = root instanceof ShadowRoot ? (root.host as HTMLElement) : null;
  if (!host || typeof CSSStyleSheet === 'undefined') return () => {};
  const marked: Element[] = [];
  for (let el: Element | null = host; el && el !== document.body && el !== document.documentElement; el = el.parentElement) {
    el.setAttribute(PATH, '');
    marked.push(el);
  }
  try {
    sheet ??= new CSSStyleSheet();
    sheet.replaceSync(CSS);
    if (!document.adoptedStyleSheets.includes(sheet)) document.adoptedStyleSheets = [...document.adoptedStyleSheets, sheet];
  } catch {
    // Without constructable sheets the host page prints too; the sheet itself is still clean.
  }
  return () => {
    for (const el of marked) el.removeAttribute(PATH);
    if (sheet) document.adoptedStyleSheets = document.adoptedStyleSheets.filter((s) => s !== sheet);
  };
}

/** Prints the sheet alone, and restores the host page afterwards. */
export function printSheet(inside: Node): void {
  const restore = isolateForPrint(inside);
  window.addEventListener('afterprint', restore, { once: true });
  window.print();
}
