// The theme: the host page's NL Design System (Utrecht) tokens when it defines them, else the built-in
// fallback theme, and the theme attribute that forces either. happy-dom resolves a custom property only on the
// element a rule matches (no inheritance) and Vitest loads no CSS, so the host token here is set on the element
// itself; tests/browser/theme.test.ts proves the inherited case and the colours in Chromium.
import { configure, within } from '@testing-library/dom';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { mount, TAG } from '../../widget/element.ts';

const DATE = '2026-06-01';

// The app is a lazy chunk; warm its first-time transform so the findBy timeouts time the widget, not Vitest.
beforeAll(() => import('../../widget/app-mount.ts'), 30_000);
// The queries run on shadow roots, which testing-library's error printer cannot print (it would throw from a timer
// instead of failing the query); and a bound for a busy CI machine, not a timing assertion.
configure({ asyncUtilTimeout: 10_000, getElementError: (message) => new Error(message ?? 'not found') });
const TOKEN = '--utrecht-button-primary-action-background-color';

afterEach(() => {
  document.head.innerHTML = '';
  document.body.innerHTML = '';
});

/** A host page theme: a real stylesheet, as a gemeente page would load it. */
function hostTheme(css: string) {
  const style = document.head.appendChild(document.createElement('style'));
  style.textContent = css;
}

async function place(attributes: Record<string, string> = {}) {
  const el = document.createElement(TAG);
  el.setAttribute('date', DATE);
  for (const [name, value] of Object.entries(attributes)) el.setAttribute(name, value);
  document.body.appendChild(el);
  await within(el.shadowRoot as unknown as HTMLElement).findByRole('button', { name: 'Beginnen' });
  return el;
}

// A class on purpose: the fallback theme *is* a class inside the shadow root (README "Theming"), and happy-dom computes
// no CSS, so the class is what there is to observe here; tests/browser/theme.test.ts checks the colours it gives.
const fallbackContainer = (el: HTMLElement) => el.shadowRoot?.querySelector('.vw-fallback-theme') ?? null;

describe('theme', () => {
  it('uses the built-in fallback theme, inside the shadow root, when the host page defines no Utrecht tokens', async () => {
    const el = await place();
    const container = fallbackContainer(el);
    expect(container, 'the fallback class is set').not.toBeNull();
    const start = within(el.shadowRoot as unknown as HTMLElement).getByRole('button', { name: 'Beginnen' });
    expect(container?.contains(start), "the widget's content is inside it").toBe(true);
    expect(el.classList.contains('vw-fallback-theme'), 'the host element itself is left alone').toBe(false);
  });

  it('leaves the styling to the host theme when the page defines Utrecht tokens', async () => {
    hostTheme(`${TAG} { ${TOKEN}: rgb(1, 2, 3); }`);
    const el = await place();
    expect(fallbackContainer(el)).toBeNull();
  });

  it('counts the document font family as a host theme too', async () => {
    hostTheme(`${TAG} { --utrecht-document-font-family: Georgia, serif; }`);
    expect(fallbackContainer(await place())).toBeNull();
  });

  it('theme="fallback" forces the built-in theme over a host theme; theme="host" never adds it', async () => {
    hostTheme(`${TAG}.themed { ${TOKEN}: rgb(1, 2, 3); }`);
    expect(fallbackContainer(await place({ class: 'themed', theme: 'fallback' }))).not.toBeNull();
    expect(fallbackContainer(await place({ theme: 'host' }))).toBeNull();
    expect(fallbackContainer(await place({ theme: 'nonsense' })), 'anything else is auto').not.toBeNull();
  });

  it('follows a changed theme attribute, and mount() takes the same option', async () => {
    const el = await place({ theme: 'host' });
    el.setAttribute('theme', 'fallback');
    await within(el.shadowRoot as unknown as HTMLElement).findByRole('button', { name: 'Beginnen' });
    expect(fallbackContainer(el)).not.toBeNull();

    const host = document.body.appendChild(document.createElement('div'));
    const handle = mount(host, { date: DATE, theme: 'host' });
    await within(host.shadowRoot as unknown as HTMLElement).findByRole('button', { name: 'Beginnen' });
    expect(fallbackContainer(host)).toBeNull();
    handle.unmount();
  });
});
