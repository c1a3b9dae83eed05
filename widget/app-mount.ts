// The lazy app chunk's one export (the entry contract, first-screen/contract.ts): mounts the preact app, hidden,
// next to the entry's first screen, with its own i18next instance, and shows it when the entry hands over.
import type { i18n } from 'i18next';
import { h, render } from 'preact';
import { App } from './app.tsx';
import type { AppController, MountApp } from './first-screen/contract.ts';
import { createI18n, switchLanguage } from './i18n/create-i18n.ts';
import { rulesFromSource } from './load-rules.ts';
import type { WidgetOptions } from './options.ts';
import { ErrorBoundary } from './shared/error-boundary.tsx';
import { adoptStyles } from './styles/sheets.ts';
import { FALLBACK_THEME_CLASS, usesFallbackTheme } from './styles/theme.ts';

const FALLBACK = h(
  'p',
  { class: 'utrecht-paragraph', role: 'status' },
  'De regelingencheck werkt nu even niet. Bel de gemeente.',
);

/** Resolves once the app has drawn more than its loading line: its header (usable rules), the calm message, or
 *  the error boundary's status line. */
function drawn(container: HTMLElement): Promise<void> {
  const done = () => container.querySelector('.vw-header, .utrecht-alert, [role="status"]') !== null;
  if (done()) return Promise.resolve();
  return new Promise((resolve) => {
    const watch = new MutationObserver(() => {
      if (!done()) return;
      watch.disconnect();
      resolve();
    });
    watch.observe(container, { childList: true, subtree: true });
  });
}

export const mountApp: MountApp = (root, container, handoff) => {
  let current: WidgetOptions = handoff.options;
  let instance: i18n | null = null;
  let begun = false;
  let alive = true;
  adoptStyles(root, current.mode === 'professional');
  const element = root.host;
  // A host's own file is checked in full: the checker chunk downloads while the file does, not after it.
  if (current.rules) void import('./engine/checker.ts').catch(() => undefined);
  const pendingRules = handoff.rules.then((source) => rulesFromSource(source, current.lang));

  const draw = () => {
    if (!alive || !instance) return;
    // Checked on every draw, not once: a host theme stylesheet that arrives after the script still counts.
    container.classList.toggle(FALLBACK_THEME_CLASS, usesFallbackTheme(current.theme, element));
    try {
      const app = h(App, {
        options: current,
        i18n: instance,
        emit: handoff.emit,
        pendingRules,
        begun,
        onLanguage: handoff.onLanguage,
      });
      render(h(ErrorBoundary, { fallback: FALLBACK }, app), container);
    } catch (error) {
      console.error('[voorzieningen-wijzer] De widget kon niet worden getoond:', error);
    }
  };

  const ready = (async () => {
    // Wijkteam mode shows every result on its one screen: it needs the later part of the texts from the start. A
    // resident's widget gets it after the first question (resident/lazy-screens.tsx).
    const later = current.mode === 'professional';
    const [created, load] = await Promise.all([createI18n(current.lang, { later }), pendingRules]);
    // The language may have changed while the first one loaded (lang set right after the element was added).
    for (let loaded = created.language; loaded !== current.lang; ) {
      loaded = current.lang;
      await switchLanguage(created, loaded);
    }
    instance = created;
    draw();
    await drawn(container);
    if (!load.ok) return null;
    const { file } = load.rules;
    return {
      gemeente: file.gemeente.name,
      phone: file.gemeente.contact.phone,
      languages: file.languages,
      questions: file.questions.length,
      example: file.example === true,
    };
  })();

  const controller: AppController = {
    ready,
    show(start: boolean) {
      begun = start;
      container.hidden = false;
      draw();
    },
    async setLanguage(lang: string) {
      current = { ...current, lang };
      if (!instance) return;
      try {
        await switchLanguage(instance, lang);
      } catch (error) {
        console.error('[voorzieningen-wijzer] Taal kon niet worden geladen:', error);
      }
      draw();
    },
    unmount() {
      alive = false;
      render(null, container);
    },
  };
  return controller;
};
