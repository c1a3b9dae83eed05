// The one-tag embed: <voorzieningen-wijzer rules="…" lang="nl" date="…" heading-level="2" mode="…">.
// Also the library entry (ES and IIFE builds): exports mount() for programmatic use.
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

export class VoorzieningenWijzerElement extends Base {
  static observedAttributes = [...ATTRIBUTES];
  private handle: WidgetHandle | null = null;

  /** Attributes, with the language from `lang`, else the host page, else Dutch (never stored). */
  private options() {
    const lang = resolveLanguage(this.getAttribute('lang'), hostLanguage(this));
    return parseAttributes((name) => (name === 'lang' ? lang : this.getAttribute(name)));
  }

  connectedCallback() {
    if (!this.handle) this.handle = mount(this, this.options());
  }

  disconnectedCallback() {
    this.handle?.unmount();
    this.handle = null;
  }

  attributeChangedCallback(name: string, previous: string | null, next: string | null) {
    if (!this.handle || previous === next) return;
    if (name === 'lang') {
      void this.handle.setLanguage(this.options().lang);
      return;
    }
    // Other attributes change what the widget is (rules, date, mode): start a fresh widget.
    this.handle.unmount();
    this.handle = mount(this, this.options());
  }
}

if (typeof customElements !== 'undefined' && !customElements.get(TAG)) {
  customElements.define(TAG, VoorzieningenWijzerElement);
}
