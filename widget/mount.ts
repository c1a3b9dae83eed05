// Programmatic embedding: mount(element, options) → { unmount, setLanguage }. Each mount has its own
// shadow root, i18next instance and state. Never throws into the host page.
import type { i18n } from 'i18next';
import { h, render } from 'preact';
import { App, type EmitEvent } from './app.tsx';
import { createI18n, switchLanguage } from './i18n/create-i18n.ts';
import { hostLanguage, resolveLanguage } from './i18n/languages.ts';
import { loadRules } from './load-rules.ts';
import { type WidgetHandle, type WidgetOptions, withDefaults } from './options.ts';
import { adoptStyles } from './styles/sheets.ts';
import { FALLBACK_THEME_CLASS, usesFallbackTheme } from './styles/theme.ts';
import { ErrorBoundary } from './ui/error-boundary.tsx';

/** The element's open shadow root, made if needed; elements that cannot host one get a wrapper div. */
function shadowFor(element: HTMLElement): ShadowRoot {
  if (element.shadowRoot) return element.shadowRoot;
  try {
    return element.attachShadow({ mode: 'open' });
  } catch {
    const wrapper = element.appendChild(document.createElement('div'));
    return wrapper.attachShadow({ mode: 'open' });
  }
}

const FALLBACK = h(
  'p',
  { class: 'utrecht-paragraph', role: 'status' },
  'De regelingencheck werkt nu even niet. Bel de gemeente.',
);

/** Mount a widget in `element`. Options not given take the defaults (bundled Ommen rules; the host page's
 *  language when it is one the widget has, else Dutch). */
export function mount(element: HTMLElement, options: Partial<WidgetOptions> = {}): WidgetHandle {
  let current: WidgetOptions = withDefaults({ ...options, lang: resolveLanguage(options.lang, hostLanguage(element)) });
  let instance: i18n | null = null;
  let alive = true;
  // Rules and interface texts start downloading side by side, before the style sheets are parsed (on a slow
  // phone that parsing takes tens of milliseconds). loadRules never rejects.
  const pendingRules = loadRules(current.rules, current.lang);
  const pendingTexts = createI18n(current.lang);
  const root = shadowFor(element);
  adoptStyles(root);
  const container = root.appendChild(document.createElement('div'));

  // composed: true lets hosts listen on the element or any ancestor outside the shadow root.
  const emit: EmitEvent = (name, detail) =>
    element.dispatchEvent(new CustomEvent(name, { detail, bubbles: true, composed: true }));

  const draw = () => {
    if (!alive || !instance) return;
    // Checked on every draw, not once: a host theme stylesheet that arrives after the script still counts.
    container.classList.toggle(FALLBACK_THEME_CLASS, usesFallbackTheme(current.theme, element));
    try {
      const app = h(App, {
        options: current,
        i18n: instance,
        emit,
        pendingRules,
        onLanguage: (lang) => void handle.setLanguage(lang),
      });
      render(h(ErrorBoundary, { fallback: FALLBACK }, app), container);
    } catch (error) {
      console.error('[voorzieningen-wijzer] De widget kon niet worden getoond:', error);
    }
  };

  const handle: WidgetHandle = {
    unmount() {
      alive = false;
      render(null, container);
      container.remove();
    },
    async setLanguage(lang: string) {
      current = withDefaults({ ...current, lang });
      if (!instance) return;
      try {
        await switchLanguage(instance, current.lang);
      } catch (error) {
        console.error('[voorzieningen-wijzer] Taal kon niet worden geladen:', error);
      }
      draw();
    },
  };

  pendingTexts
    .then(async (created) => {
      // The language may have changed while the first one loaded (lang set right after the element was added).
      for (let loaded = ''; loaded !== current.lang; ) {
        loaded = current.lang;
        await switchLanguage(created, loaded);
      }
      instance = created;
      draw();
    })
    .catch((error: unknown) => console.error('[voorzieningen-wijzer] Teksten konden niet worden geladen:', error));
  return handle;
}
