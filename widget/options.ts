// The embed contract: what a host may configure, with one DEFAULTS object and one attribute parser.

export type WidgetMode = 'inwoner' | 'professional';

export interface WidgetOptions {
  /** URL of a rules file; omitted = the bundled Ommen rules. */
  rules?: string;
  /** Interface language ('nl', 'en'); falls back to nl. */
  lang: string;
  /** Peildatum YYYY-MM-DD; omitted = today in Europe/Amsterdam. */
  date?: string;
  /** Level of the widget's top heading (1-5); step headings are one lower. */
  headingLevel: number;
  /** 'professional' shows every regeling with its reasons, also "niet van toepassing", opened. */
  mode: WidgetMode;
  /** Phone number for the calm failure message when the rules file itself is unreachable (a 404 names no one). */
  phone?: string;
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

export const DEFAULTS: WidgetOptions = { lang: 'nl', headingLevel: 2, mode: 'inwoner' };

export const ATTRIBUTES = ['rules', 'lang', 'date', 'heading-level', 'mode', 'phone'] as const;

/** Options from element attributes; anything odd falls back to the default instead of throwing. */
export function parseAttributes(get: (name: string) => string | null): WidgetOptions {
  const level = Number(get('heading-level'));
  const mode = get('mode');
  const lang = get('lang')?.trim().toLowerCase().split('-')[0];
  const date = get('date')?.trim();
  const rules = get('rules')?.trim();
  const phone = get('phone')?.trim();
  return {
    // Same shape the rules schema allows for a phone number, so nothing odd reaches a tel: link.
    phone: phone && /^[0-9+() -]{3,20}$/.test(phone) ? phone : undefined,
    rules: rules || undefined,
    lang: lang || DEFAULTS.lang,
    date: date || undefined,
    headingLevel: Number.isInteger(level) && level >= 1 && level <= 5 ? level : DEFAULTS.headingLevel,
    mode: mode === 'professional' ? 'professional' : DEFAULTS.mode,
  };
}

/** Partial options (mount API) completed with the defaults. */
export function withDefaults(options: Partial<WidgetOptions> = {}): WidgetOptions {
  return parseAttributes((name) => {
    const key = name === 'heading-level' ? 'headingLevel' : (name as keyof WidgetOptions);
    const value = options[key];
    return value === undefined ? null : String(value);
  });
}
