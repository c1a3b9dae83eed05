// The one-tag embed: <voorzieningen-wijzer rules="…" lang="nl" date="…" heading-level="2" mode="…">.
// Also the library entry (ES and IIFE builds): exports mount() for programmatic use. It stays small: the first
// screen is painted from here (widget/mount.ts), the rest of the widget is a lazy chunk (first-screen/contract.ts).
//
// A plain custom element class over mount() rather than preact-custom-element: one code path for the
// tag and the API, and no property-getter crash before mount (preact-custom-element #90 / PR #66).

import { hostLanguage, resolveLanguage } from './i18n/languages.ts';
import { mount } from './mount.ts';
import { ATTRIBUTES, parseAttributes, type WidgetHandle } from './options.ts';

export type { CompletedDetail, WidgetHandle, WidgetOptions } from './options.ts';
export { mount };

export const TAG = 'voorzieningen-wijzer';

// HTMLElement is missing in non-browser contexts (SSR, workers): define nothing there instead of throwing.
const Base = (typeof HTMLElement === 'undefined' ? class {} : HTMLElement) as typeof HTMLElement;

/** Each element's mounted widget: a WeakMap, not a class field, so the entry needs no class-field helper code. */
const handles = new WeakMap<Element, WidgetHandle>();

export class VoorzieningenWijzerElement extends Base {
  // A getter, not a static class field: older browsers must still parse the entry to show the calm message.
  static get observedAttributes() {
    return [...ATTRIBUTES];
  }

  /** Attributes, with the language from `lang`, else the host page, else Dutch (never stored). */
  private options() {
    const lang = resolveLanguage(this.getAttribute('lang'), hostLanguage(this));
    return parseAttributes((name) => (name === 'lang' ? lang : this.getAttribute(name)));
  }

  connectedCallback() {
    if (!handles.has(this)) handles.set(this, mount(this, this.options()));
  }

  disconnectedCallback() {
    handles.get(this)?.unmount();
    handles.delete(this);
  }

  attributeChangedCallback(name: string, previous: string | null, next: string | null) {
    const handle = handles.get(this);
    if (!handle || previous === next) return;
    if (name === 'lang') {
      void handle.setLanguage(this.options().lang);
      return;
    }
    // Other attributes change what the widget is (rules, date, mode): start a fresh widget.
    handle.unmount();
    handles.set(this, mount(this, this.options()));
  }
}

if (typeof customElements !== 'undefined' && !customElements.get(TAG)) {
  customElements.define(TAG, VoorzieningenWijzerElement);
}
