// Programmatic embedding: mount(element, options) → { unmount, setLanguage }. This is the entry's side of the
// entry contract (first-screen/contract.ts): it paints the first screen itself in plain DOM, starts the app chunk,
// the rules and the interface texts side by side, and hands over to the app. Each mount has its own shadow root,
// state and (in the app) i18next instance. Never throws into the host page.
import { bundled } from 'virtual:vw-first-screen';
import type { EmitEvent } from './app.tsx';
import type { AppController, RulesSummary } from './first-screen/contract.ts';
import { h } from './first-screen/dom.ts';
import { startRules } from './first-screen/fetch-rules.ts';
import { offeredLanguages } from './first-screen/language-menu.ts';
import type { FirstScreenTexts } from './first-screen/text-keys.ts';
import { firstScreenTexts } from './first-screen/texts.ts';
import { failureView, header, introView, loadingView, notice } from './first-screen/views.ts';
import { hostLanguage, languageDir, resolveLanguage } from './i18n/languages.ts';
import { interfaceLanguages, loadLocale } from './i18n/locale-loaders.ts';
import { type WidgetHandle, type WidgetOptions, withDefaults } from './options.ts';
import { afterNextPaint } from './shared/after-next-paint.ts';
import { adopt, FIRST_SCREEN_ORDER } from './styles/first-screen-sheets.ts';
import { FALLBACK_THEME_CLASS, usesFallbackTheme } from './styles/theme.ts';

const LOG = '[voorzieningen-wijzer]';

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

/** The newest built-in the widget relies on; a browser without it (Safari < 15.4, README "Supported browsers")
 *  gets the calm message instead of an exception halfway. */
function supportedBrowser(): boolean {
  return typeof Object.hasOwn === 'function';
}

/** Mount a widget in `element`. Options not given take the defaults (bundled Ommen rules; the host page's
 *  language when it is one the widget has, else Dutch). */
export function mount(element: HTMLElement, options: Partial<WidgetOptions> = {}): WidgetHandle {
  let current: WidgetOptions = withDefaults({ ...options, lang: resolveLanguage(options.lang, hostLanguage(element)) });
  const root = shadowFor(element);
  adopt(root, FIRST_SCREEN_ORDER);
  const frame = root.appendChild(document.createElement('div'));
  const appContainer = root.appendChild(document.createElement('div'));
  appContainer.hidden = true;

  let alive = true;
  /** first: the entry's own screen; app: handed over; failed: the entry's calm message. */
  let phase: 'first' | 'app' | 'failed' = 'first';
  let texts: FirstScreenTexts | null = null;
  let textsLang = current.lang;
  let begun = false;
  let app: AppController | null = null;
  let appReady = false;
  // An address with a result link (#vw=…, widget/links/fragment.ts) opens on the results, not the intro: the app
  // shows them as soon as it is ready. Read now, because the app takes the link out of the address bar.
  const linked = () => /(?:^#|&)vw(?:=|&|$)/.test(window.location.hash);
  let opensLink = linked();
  let summary: RulesSummary = current.rules ? {} : bundled;

  // composed: true lets hosts listen on the element or any ancestor outside the shadow root.
  const emit: EmitEvent = (name, detail) =>
    element.dispatchEvent(new CustomEvent(name, { detail, bubbles: true, composed: true }));

  const paint = () => {
    if (!alive || phase === 'app' || !texts) return;
    frame.classList.toggle(FALLBACK_THEME_CLASS, usesFallbackTheme(current.theme, element));
    // A repaint (language, a host file's summary) keeps the focus on the same control.
    const focused = root.activeElement;
    const refocus = focused?.closest('.vw-lang') ? '.vw-lang__toggle' : focused?.closest('.vw-intro') ? '.vw-intro button' : null;
    const lang = textsLang;
    const level = current.headingLevel;
    const pro = current.mode === 'professional';
    let content: (Node | null)[];
    if (phase === 'failed') {
      content = [failureView(texts, level, summary.gemeente, summary.phone ?? current.phone)];
    } else {
      const languages = offeredLanguages(lang, interfaceLanguages, summary.languages ?? interfaceLanguages);
      const menu = pro
        ? null
        : { lang, languages, label: texts.nav.language, onChange: (l: string) => void handle.setLanguage(l) };
      content = [
        header(texts, level, summary.gemeente, menu),
        notice(texts, lang),
        pro ? loadingView(texts) : introView({ texts, level, summary, busy: begun, onStart: start }),
      ];
    }
    const screen = h('div', { class: 'vw-root utrecht-document utrecht-document--surface', lang, dir: languageDir(lang) });
    screen.append(...content.filter((n): n is Node => n !== null));
    frame.replaceChildren(screen);
    if (refocus) frame.querySelector<HTMLElement>(refocus)?.focus();
  };

  /** Busy in place (no repaint): the pressed button and its status stay the nodes a screen reader knows. */
  const showBusy = () => {
    const button = frame.querySelector('.vw-intro .utrecht-button--primary-action');
    button?.classList.add('utrecht-button--busy');
    button?.setAttribute('aria-disabled', 'true');
    const status = frame.querySelector('.vw-intro [role="status"]');
    if (status && texts) status.textContent = texts.app.busy;
  };

  const handOver = () => {
    if (!alive || !app || phase !== 'first') return;
    const hadFocus = frame.contains(root.activeElement);
    phase = 'app';
    app.show(begun && current.mode !== 'professional');
    frame.replaceChildren();
    frame.classList.remove(FALLBACK_THEME_CLASS);
    // Until the first question takes the focus, it stays on the (identical, busy) start button of the app.
    if (hadFocus) appContainer.querySelector<HTMLElement>('.vw-intro .utrecht-button--primary-action')?.focus();
  };

  function start() {
    if (begun) return;
    begun = true;
    emit('vw-started', {});
    if (appReady) handOver();
    else showBusy();
  }

  const fail = (message: string, error?: unknown) => {
    console.error(`${LOG} ${message}`, error ?? '');
    if (phase === 'app') return;
    phase = 'failed';
    paint();
  };

  /** The first screen's texts in `lang`; Dutch when that language's chunk does not load. */
  const showTexts = async (requested: string) => {
    let lang = requested;
    let next: FirstScreenTexts;
    try {
      next = await firstScreenTexts(lang);
    } catch (error) {
      console.error(`${LOG} Teksten in taal ${lang} konden niet worden geladen:`, error);
      next = await firstScreenTexts('nl');
      lang = 'nl';
    }
    // Another language was asked for while these loaded: that one paints.
    if (requested !== current.lang) return;
    texts = next;
    textsLang = lang;
    paint();
  };

  // A link pasted into the open tab while the first screen shows: the app reads it, so it takes over.
  const onHash = () => {
    if (phase !== 'first' || !linked()) return;
    opensLink = true;
    if (appReady) handOver();
  };

  const handle: WidgetHandle = {
    unmount() {
      alive = false;
      window.removeEventListener('hashchange', onHash);
      app?.unmount();
      frame.remove();
      appContainer.remove();
    },
    async setLanguage(lang: string) {
      current = withDefaults({ ...current, lang });
      await Promise.all([phase === 'app' ? undefined : showTexts(current.lang), app?.setLanguage(current.lang)]);
    },
  };

  if (!supportedBrowser()) {
    phase = 'failed';
    void showTexts(current.lang);
    console.error(`${LOG} Deze browser is te oud voor de regelingencheck (Object.hasOwn ontbreekt).`);
    return handle;
  }

  // All at once, side by side: the first screen's texts (another language than Dutch waits for them, so they are
  // asked for first: each request starts a task later on a slow phone), the rules, the interface texts (nl is
  // i18next's fallback; only their first part, widget/i18n/text-parts.ts: the later part downloads after the first
  // question) and the app chunk.
  void showTexts(current.lang);
  const rules = startRules(current.rules, current.lang);
  for (const code of new Set(['nl', current.lang])) void loadLocale(code)?.catch(() => undefined);
  window.addEventListener('hashchange', onHash);
  // The app chunk downloads at once, but builds (its style sheets, i18next, the hidden app) only after the first
  // screen has painted: that work would otherwise delay the first paint (docs/decisions/0017-first-screen-entry.md).
  Promise.all([import('./app-mount.ts'), afterNextPaint()])
    .then(([{ mountApp }]) => {
      if (!alive) return;
      app = mountApp(root, appContainer, { options: current, rules, emit, onLanguage: (l) => void handle.setLanguage(l) });
      return app.ready.then((ready) => {
        if (!alive) return;
        appReady = true;
        // A host's file could not be used: the app shows the calm message with what it learned from the file.
        if (ready === null || begun || opensLink || current.mode === 'professional') return handOver();
        const changed =
          ready.gemeente !== summary.gemeente || ready.questions !== summary.questions || ready.example !== summary.example;
        summary = { ...summary, ...ready };
        if (changed) paint();
      });
    })
    .catch((error: unknown) => fail('De widget kon niet worden geladen:', error));
  return handle;
}
