// Queries the component tests share, on what a reader gets (roles, headings, the text under them), not on the
// widget's class names: a class is styling and may change without the screen changing.

/** Intl puts a no-break space in "€ 100"; compare as plain text with single spaces. */
export const plain = (s: string | null | undefined) =>
  (s ?? '')
    .replace(/\u00a0/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();

/** The first list after a heading, in the heading's own part of the page (a list "under" that heading). */
export function listAfter(heading: Element): HTMLElement {
  for (let el = heading.nextElementSibling; el; el = el.nextElementSibling) {
    if (el.tagName === 'UL' || el.tagName === 'OL') return el as HTMLElement;
    const inner = el.querySelector('ul, ol');
    if (inner) return inner as HTMLElement;
  }
  throw new Error(`no list under the heading "${heading.textContent}"`);
}

/** The part of the page a heading starts: its nearest enclosing section or article. */
export function partOf(heading: Element): HTMLElement {
  const part = heading.closest('section, article');
  if (!part) throw new Error(`the heading "${heading.textContent}" is in no section`);
  return part as HTMLElement;
}
