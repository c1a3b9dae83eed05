// A host page for component tests of the one-tag embed: place the element, query inside its shadow root, and
// collect what the widget would throw into the host page.
import { within } from '@testing-library/dom';
import { afterEach, beforeEach, vi } from 'vitest';
import { TAG } from '../../widget/element.ts';

export function placeWidget(attributes: Record<string, string>): HTMLElement {
  const el = document.createElement(TAG);
  for (const [name, value] of Object.entries(attributes)) el.setAttribute(name, value);
  document.body.appendChild(el);
  return el;
}

export const shadowOf = (el: HTMLElement) => within(el.shadowRoot as unknown as HTMLElement);

/** vi.waitFor, not findBy: testing-library's own timeout cannot print a ShadowRoot and throws after the test. */
export const eventually = <T>(query: () => T) => vi.waitFor(query, { timeout: 10_000 });

/** Errors the host page sees (should stay empty); the page, mocks and globals are reset after each test. */
export function watchHostPage(): unknown[] {
  const errors: unknown[] = [];
  const onError = (e: ErrorEvent) => errors.push(e.error);
  beforeEach(() => {
    errors.length = 0;
    window.addEventListener('error', onError);
  });
  afterEach(() => {
    window.removeEventListener('error', onError);
    document.body.innerHTML = '';
    vi.restoreAllMocks();
    vi.unstubAllGlobals();
  });
  return errors;
}
