// The embed contract: what a host may configure, with one DEFAULTS object and one attribute parser.
import { parseDate } from './engine/peildatum.ts';
import { resolveLanguage } from './i18n/languages.ts';

/** The resident flow or the wijkteam mode. In code the wijkteam mode is `professional` and the other `resident`;
 *  the `mode` attribute keeps its documented values (`inwoner`, the default, and `professional`, README). */
export type WidgetMode = 'resident' | 'professional';

/** Which design tokens style the widget: the host page's NL Design System theme, the built-in fallback, or
 *  `auto`: the host's when its page defines Utrecht tokens, else the fallback (widget/styles/theme.ts). */
export type WidgetTheme = 'auto' | 'host' | 'fallback';

export interface WidgetOptions {
  /** URL of a rules file; omitted = the bundled Ommen rules. */
  rules?: string;
  /** Widget language (nl, en, ar, uk, pl, tr, ti; region dropped); anything else falls back to nl. */
  lang: string;
  /** Peildatum YYYY-MM-DD; omitted = today in Europe/Amsterdam. */
  date?: string;
  /** Level of the widget's top heading (1-5); step headings are one lower. */
  headingLevel: number;
  /** 'professional' shows every regeling with its reasons, also "niet van toepassing", opened. */
  mode: WidgetMode;
  /** Phone number for the calm failure message when the rules file itself is unreachable (a 404 names no one). */
  phone?: string;
  /** Professional mode: wipe every answer after this many idle minutes (0 = off; omitted = 15). */
  idleMinutes?: number;
  /** `auto` (default): the host page's Utrecht tokens when it defines them, else the built-in fallback theme. */
  theme: WidgetTheme;
  /** Resident flow: the browser's "leave this page?" question while answers are filled in (off by default). */
  confirmLeave?: boolean;
}

/** Public handle returned by mount(). */
export interface WidgetHandle {
  unmount(): void;
  setLanguage(lang: string): Promise<void>;
}

/** Detail of the `vw-completed` event: ids and outcomes only, never answers (privacy). */
export interface CompletedDetail {
  regelingen: Record<string, 'ja' | 'misschien' | 'nee'>;
  hulppunten: Record<string, 'ja' | 'misschien' | 'nee'>;
}

export const DEFAULTS: WidgetOptions = { lang: 'nl', headingLevel: 2, mode: 'resident', theme: 'auto' };

export const ATTRIBUTES = [
  'rules',
  'lang',
  'date',
  'heading-level',
  'mode',
  'phone',
  'idle-minutes',
  'theme',
  'confirm-leave',
] as const;

const THEMES: readonly string[] = ['auto', 'host', 'fallback'] satisfies WidgetTheme[];

/** Default idle time in professional mode before the widget wipes itself (a shared wijkteam computer). */
export const DEFAULT_IDLE_MINUTES = 15;

/** Minutes from an attribute: a finite number from 0 (off) to a working day; fractions allowed (tests). */
function parseMinutes(text: string | null): number | undefined {
  if (text === null || text.trim() === '') return undefined;
  const value = Number(text);
  return Number.isFinite(value) && value >= 0 && value <= 600 ? value : undefined;
}

/** Options from element attributes; anything odd falls back to the default instead of throwing. */
export function parseAttributes(get: (name: string) => string | null): WidgetOptions {
  const level = Number(get('heading-level'));
  const mode = get('mode');
  // Not a calendar date (2026-02-30, "tomorrow"): today. A date before the rules' norms is caught once the rules are loaded (app.tsx).
  const date = parseDate(get('date'));
  const rules = get('rules')?.trim();
  const phone = get('phone')?.trim();
  const idleMinutes = parseMinutes(get('idle-minutes'));
  const theme = get('theme')?.trim().toLowerCase() ?? '';
  // A boolean attribute: present (also empty) is on, except an explicit "false".
  const confirmLeave = get('confirm-leave');
  return {
    // Same shape the rules schema allows for a phone number, so nothing odd reaches a tel: link.
    phone: phone && /^[0-9+() -]{3,20}$/.test(phone) ? phone : undefined,
    rules: rules || undefined,
    lang: resolveLanguage(get('lang')),
    date: date ?? undefined,
    headingLevel: Number.isInteger(level) && level >= 1 && level <= 5 ? level : DEFAULTS.headingLevel,
    // `inwoner` (README), `resident` (what withDefaults() passes on) and anything else: the resident flow.
    mode: mode === 'professional' ? 'professional' : DEFAULTS.mode,
    theme: THEMES.includes(theme) ? (theme as WidgetTheme) : DEFAULTS.theme,
    ...(idleMinutes === undefined ? {} : { idleMinutes }),
    ...(confirmLeave === null || confirmLeave.trim().toLowerCase() === 'false' ? {} : { confirmLeave: true }),
  };
}

/** Partial options (mount API) completed with the defaults. */
export function withDefaults(options: Partial<WidgetOptions> = {}): WidgetOptions {
  return parseAttributes((name) => {
    const key = name.replace(/-(\w)/g, (_, c: string) => c.toUpperCase()) as keyof WidgetOptions;
    const value = options[key];
    return value === undefined ? null : String(value);
  });
}
