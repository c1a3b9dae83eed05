// The entry contract: what voorzieningen-wijzer.es.js (widget/element.ts + widget/mount.ts) does itself, what it
// loads, and what it hands to the rest of the widget (the lazy app chunk, widget/app-mount.ts).
//
// The entry itself, in one task, without preact or i18next: defines <voorzieningen-wijzer>, makes the shadow root,
// adopts only the first screen's style sheets and paints the first screen in plain DOM: the intro with "Beginnen"
// and the language menu (wijkteam mode: the title and a "laden" status), or the calm failure message. Dutch texts
// are built into the entry; another language's come from the first part of its locale file (1.2-1.5 kB gzip), the
// same download i18next uses later.
//
// What it loads, at once and side by side: the app chunk (dynamic import), the rules (the bundled core chunk, or
// the host's `rules` URL as text: not yet checked or compiled) and the interface texts (nl and the widget language).
//
// A click before the app has loaded is honoured: the entry remembers it, shows the button as busy
// (aria-disabled, utrecht-button--busy) with a status "Even geduld.", and when the app is ready it starts on the
// first question. A click after that hands over at once. The entry emits `vw-started` itself, on the click.
import type { EmitEvent } from '../app.tsx';
import type { Opening } from '../engine/opening.ts';
import type { WidgetOptions } from '../options.ts';

/** The rules as the entry got them: raw, for the app to check and compile. Never a rejected promise. */
export type RulesSource =
  /** The bundled core: without its regelingen and hulppunten (widget/load-rules.ts adds them later). */
  | { kind: 'bundled'; file: unknown; opening: Opening | null }
  | { kind: 'text'; url: string; text: string }
  | { kind: 'error'; url: string; message: string };

/** What the entry hands to the app chunk when that has loaded. */
export interface Handoff {
  options: WidgetOptions;
  /** The download the entry started; the app checks and compiles it. */
  rules: Promise<RulesSource>;
  emit: EmitEvent;
  /** The app's own language menu was used: the entry updates its state and tells the app back. */
  onLanguage: (lang: string) => void;
}

/** What the first screen knows of the rules: the bundled file's summary at once, a host's file when checked. */
export interface RulesSummary {
  gemeente?: string;
  phone?: string;
  languages?: readonly string[];
  questions?: number;
  example?: boolean;
}

/** The app as the entry drives it. */
export interface AppController {
  /** Resolves when the app has drawn its first screen, hidden: the rules' summary, or null for the calm message. */
  ready: Promise<RulesSummary | null>;
  /** Show the app in place of the first screen; `begun` opens it on the first question (App's `begun` prop). */
  show(begun: boolean): void;
  setLanguage(lang: string): Promise<void>;
  unmount(): void;
}

/** The app chunk's one export the entry calls: mount the app, hidden, in `container` of the widget's `root`. */
export type MountApp = (root: ShadowRoot, container: HTMLElement, handoff: Handoff) => AppController;
