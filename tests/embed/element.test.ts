// The one-tag embed and mount(): shadow DOM, attributes, events without answers, two independent
// widgets, and a calm message (never an exception) when the rules cannot be used.
import { configure, fireEvent, waitFor, within } from '@testing-library/dom';
import { beforeAll, describe, expect, it, vi } from 'vitest';
import { mount, TAG } from '../../widget/element.ts';
import { MAX_RULES_BYTES } from '../../widget/first-screen/fetch-rules.ts';
import { parseAttributes, withDefaults } from '../../widget/options.ts';
import { ommen } from '../support/ommen.ts';
import { watchHostPage } from '../support/widget-host.ts';

const DATE = '2026-06-01';

function place(attributes: Record<string, string>): HTMLElement {
  const el = document.createElement(TAG);
  for (const [name, value] of Object.entries(attributes)) el.setAttribute(name, value);
  document.body.appendChild(el);
  return el;
}

const shadow = (el: HTMLElement) => within(el.shadowRoot as unknown as HTMLElement);

// The app is a lazy chunk the entry imports on mount; here that is a first-time transform of some 150 modules,
// slower than a findBy timeout on a busy machine. Warm it once, so the tests time the widget, not Vitest.
beforeAll(() => import('../../widget/app-mount.ts'), 30_000);
// The queries run on shadow roots, which testing-library's error printer cannot print (it would throw from a timer
// instead of failing the query); and a bound for a busy CI machine, not a timing assertion.
configure({ asyncUtilTimeout: 10_000, getElementError: (message) => new Error(message ?? 'not found') });

const hostErrors = watchHostPage();

describe('<voorzieningen-wijzer>', () => {
  it('renders in an open shadow root with adopted stylesheets and no <style> elements', async () => {
    const el = place({ date: DATE });
    await shadow(el).findByRole('button', { name: 'Beginnen' });
    expect(el.shadowRoot?.mode).toBe('open');
    expect(el.shadowRoot?.adoptedStyleSheets.length).toBeGreaterThan(0);
    expect(el.shadowRoot?.querySelector('style, link')).toBeNull();
    expect(el.shadowRoot?.querySelector('[style]')).toBeNull();
  });

  it('reads lang and heading-level from attributes', async () => {
    const el = place({ date: DATE, lang: 'en', 'heading-level': '3' });
    await shadow(el).findByRole('button', { name: 'Start' });
    const heading = shadow(el).getByRole('heading', { level: 3 });
    expect(heading.textContent).toBe(`Benefits check ${ommen().file.gemeente.name}`);
    // The language the widget's content is read in, set on its root.
    expect(heading.closest('[lang]')?.getAttribute('lang')).toBe('en');
  });

  it('switches language when the lang attribute changes, and from its own language switch', async () => {
    const el = place({ date: DATE });
    await shadow(el).findByRole('button', { name: 'Beginnen' });
    el.setAttribute('lang', 'en');
    await shadow(el).findByRole('button', { name: 'Start' });
    // The compact menu: one button with the current language, the list only while open.
    const toggle = shadow(el).getByRole('button', { name: 'Language: English', expanded: false });
    expect(shadow(el).queryByRole('button', { name: 'Nederlands' })).toBeNull();
    fireEvent.click(toggle);
    const nederlands = shadow(el).getByRole('button', { name: 'Nederlands' });
    expect(shadow(el).getByRole('button', { name: 'English' }).getAttribute('aria-current')).toBe('true');
    fireEvent.click(nederlands);
    await shadow(el).findByRole('button', { name: 'Beginnen' });
    expect(shadow(el).getByRole('button', { name: 'Taal: Nederlands', expanded: false }).getAttribute('aria-controls')).toMatch(
      /^vw-lang-/,
    );
  });

  it('the language menu closes with Escape and a click elsewhere, and gives the focus back on Escape', async () => {
    const el = place({ date: DATE });
    const toggle = await shadow(el).findByRole('button', { name: 'Taal: Nederlands', expanded: false });
    fireEvent.click(toggle);
    expect(toggle.getAttribute('aria-expanded')).toBe('true');
    const menu = () => el.shadowRoot?.getElementById(toggle.getAttribute('aria-controls') ?? '') ?? null;
    expect(menu()?.tagName).toBe('UL');
    fireEvent.keyDown(shadow(el).getByRole('button', { name: 'English' }), { key: 'Escape' });
    expect(menu()).toBeNull();
    expect(toggle.getAttribute('aria-expanded')).toBe('false');
    expect(el.shadowRoot?.activeElement).toBe(toggle);
    fireEvent.click(toggle);
    expect(menu()).not.toBeNull();
    fireEvent.click(document.body);
    expect(menu()).toBeNull();
  });

  it('two widgets on one page keep their own language and their own state', async () => {
    const nl = place({ date: DATE, lang: 'nl' });
    const en = place({ date: DATE, lang: 'en' });
    await shadow(nl).findByRole('button', { name: 'Beginnen' });
    await shadow(en).findByRole('button', { name: 'Start' });
    fireEvent.click(shadow(nl).getByRole('button', { name: 'Beginnen' }));
    await shadow(nl).findByText(/^Stap 1 van \d+$/);
    shadow(en).getByRole('button', { name: 'Start' });
    expect(shadow(en).queryByText(/Step 1/)).toBeNull();
  });

  it('emits vw-started from the element, composed, with no answers in it', async () => {
    const el = place({ date: DATE });
    const seen: CustomEvent[] = [];
    document.addEventListener('vw-started', (e) => seen.push(e as CustomEvent));
    fireEvent.click(await shadow(el).findByRole('button', { name: 'Beginnen' }));
    await waitFor(() => expect(seen).toHaveLength(1));
    expect(seen[0]?.target).toBe(el);
    expect(seen[0]?.composed).toBe(true);
    expect(seen[0]?.detail).toEqual({});
  });

  it('shows a calm message with "bel de gemeente" when the rules URL fails, logs why, and does not throw', async () => {
    vi.stubGlobal(
      'fetch',
      vi.fn(async () => new Response('Not found', { status: 404, statusText: 'Not Found' })),
    );
    const logged = vi.spyOn(console, 'error').mockImplementation(() => {});
    const el = place({ rules: '/does-not-exist.json' });
    await shadow(el).findByRole('heading', { name: 'De regelingencheck werkt nu even niet' });
    // A 404 names no gemeente and this element has no phone attribute: no number, no stray space.
    expect(shadow(el).getByRole('status').textContent).toContain('Bel de gemeente.');
    expect(shadow(el).queryByRole('link')).toBeNull();
    expect(String(logged.mock.calls[0]?.[0])).toContain('/does-not-exist.json');
    expect(String(logged.mock.calls[0]?.[0])).toContain('404');
    expect(hostErrors).toEqual([]);
  });

  it('shows the gemeente phone number when the file loads but does not validate, and logs the JSON paths', async () => {
    const broken = { gemeente: { name: 'Ommen', contact: { phone: '14 0529' } }, questions: 'nope' };
    vi.stubGlobal(
      'fetch',
      vi.fn(async () => new Response(JSON.stringify(broken), { status: 200 })),
    );
    const logged = vi.spyOn(console, 'error').mockImplementation(() => {});
    const el = place({ rules: '/broken.json' });
    await shadow(el).findByRole('heading', { name: 'De regelingencheck werkt nu even niet' });
    expect(shadow(el).getByRole('status').textContent).toContain('Bel de gemeente Ommen: 14 0529.');
    expect(shadow(el).getByRole('link', { name: 'Bel 14 0529' }).getAttribute('href')).toBe('tel:140529');
    const problems = logged.mock.calls[0]?.[1] as { path: string; message: string }[];
    expect(problems.length).toBeGreaterThan(0);
    expect(problems.every((p) => p.path.startsWith('$'))).toBe(true);
    expect(hostErrors).toEqual([]);
  });

  it('shows the calm message for malformed JSON too', async () => {
    vi.stubGlobal(
      'fetch',
      vi.fn(async () => new Response('{ not json', { status: 200 })),
    );
    vi.spyOn(console, 'error').mockImplementation(() => {});
    const el = place({ rules: '/garbage.json' });
    await shadow(el).findByRole('heading', { name: 'De regelingencheck werkt nu even niet' });
    expect(hostErrors).toEqual([]);
  });

  it('refuses a rules file over MAX_RULES_BYTES before parsing it, with the calm message', async () => {
    // Valid JSON, so only the size can refuse it: parsed, it would give schema problems instead.
    const huge = `[${' '.repeat(MAX_RULES_BYTES - 1)}]`;
    expect(huge.length).toBe(MAX_RULES_BYTES + 1);
    vi.stubGlobal(
      'fetch',
      vi.fn(async () => new Response(huge, { status: 200 })),
    );
    const logged = vi.spyOn(console, 'error').mockImplementation(() => {});
    const el = place({ rules: '/huge.json', phone: '14 0529' });
    await shadow(el).findByRole('heading', { name: 'De regelingencheck werkt nu even niet' });
    expect(shadow(el).getByRole('status').textContent).toContain('Bel uw gemeente: 14 0529.');
    expect(logged.mock.calls.map((c) => String(c[0])).join('\n')).toContain(`groter dan ${MAX_RULES_BYTES} bytes`);
    expect(
      logged.mock.calls.some((c) => String(c[0]).includes('niet bruikbaar')),
      'never parsed and checked',
    ).toBe(false);
    expect(hostErrors).toEqual([]);
  });

  it('takes a file of exactly MAX_RULES_BYTES as far as the check', async () => {
    vi.stubGlobal(
      'fetch',
      vi.fn(async () => new Response(`[${' '.repeat(MAX_RULES_BYTES - 2)}]`, { status: 200 })),
    );
    const logged = vi.spyOn(console, 'error').mockImplementation(() => {});
    const el = place({ rules: '/big.json' });
    await shadow(el).findByRole('heading', { name: 'De regelingencheck werkt nu even niet' });
    expect(
      logged.mock.calls.some((c) => String(c[0]).includes('niet bruikbaar')),
      'parsed and checked',
    ).toBe(true);
  });

  it('fetches the rules file without cookies', async () => {
    const fetchMock = vi.fn(async () => new Response('{}', { status: 200 }));
    vi.stubGlobal('fetch', fetchMock);
    vi.spyOn(console, 'error').mockImplementation(() => {});
    const el = place({ rules: 'https://example.org/rules.json' });
    await shadow(el).findByRole('heading', { name: 'De regelingencheck werkt nu even niet' });
    expect(fetchMock).toHaveBeenCalledWith('https://example.org/rules.json', { credentials: 'omit' });
  });
});

describe('mount()', () => {
  it('mounts into any element, switches language and unmounts cleanly', async () => {
    const host = document.body.appendChild(document.createElement('div'));
    const handle = mount(host, { lang: 'en', date: DATE });
    await within(host.shadowRoot as unknown as HTMLElement).findByRole('button', { name: 'Start' });
    await handle.setLanguage('nl');
    await within(host.shadowRoot as unknown as HTMLElement).findByRole('button', { name: 'Beginnen' });
    handle.unmount();
    expect(host.shadowRoot?.textContent).toBe('');
  });
});

describe('parseAttributes', () => {
  const parse = (attrs: Record<string, string>) => parseAttributes((n) => attrs[n] ?? null);

  it('has calm defaults', () => {
    expect(parse({})).toEqual({
      rules: undefined,
      lang: 'nl',
      date: undefined,
      headingLevel: 2,
      mode: 'resident',
      theme: 'auto',
    });
  });

  it('reads every attribute and ignores nonsense', () => {
    expect(
      parse({
        rules: ' /r.json ',
        lang: 'en-GB',
        date: '2026-01-01',
        'heading-level': '3',
        mode: 'professional',
        theme: 'Fallback',
      }),
    ).toEqual({
      rules: '/r.json',
      lang: 'en',
      date: '2026-01-01',
      headingLevel: 3,
      mode: 'professional',
      theme: 'fallback',
    });
    expect(parse({ 'heading-level': '9', mode: 'admin', theme: 'dark' })).toMatchObject({
      headingLevel: 2,
      mode: 'resident',
      theme: 'auto',
    });
  });

  it('keeps the documented mode values: inwoner (the default) and professional', () => {
    expect(parse({ mode: 'inwoner' }).mode).toBe('resident');
    expect(parse({ mode: 'professional' }).mode).toBe('professional');
    // withDefaults() turns the options back into attribute text: its own value must survive the round trip.
    expect(withDefaults({ mode: 'resident' }).mode).toBe('resident');
    expect(withDefaults({ mode: 'professional' }).mode).toBe('professional');
  });
});

describe('the phone attribute', () => {
  it('is kept when it looks like a phone number and dropped otherwise', () => {
    const attrs = (phone: string | null) => parseAttributes((name) => (name === 'phone' ? phone : null));
    expect(attrs('14 0529').phone).toBe('14 0529');
    expect(attrs('javascript:alert(1)').phone).toBeUndefined();
    expect(attrs(null).phone).toBeUndefined();
  });
});
