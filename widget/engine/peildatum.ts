// The peildatum (docs/regels-ommen.md §2): a calendar date, default today in Europe/Amsterdam.

const DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** Today's date in Europe/Amsterdam as YYYY-MM-DD, whatever the device's time zone. */
export function todayInAmsterdam(now: Date = new Date()): string {
  return new Intl.DateTimeFormat('en-CA', {
    timeZone: 'Europe/Amsterdam',
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
  }).format(now);
}

/** True for a real calendar date written as YYYY-MM-DD (2026-02-30 is not). */
export function isCalendarDate(text: string): boolean {
  const m = DATE.exec(text);
  if (!m) return false;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const date = new Date(Date.UTC(y, mo - 1, d));
  return date.getUTCFullYear() === y && date.getUTCMonth() === mo - 1 && date.getUTCDate() === d;
}

/**
 * The one date parser for every date a person types (the `date` attribute, `--today`, `--date`, a hand-off
 * link): the text without surrounding spaces when it is a calendar date YYYY-MM-DD, else null.
 */
export function parseDate(text: string | null | undefined): string | null {
  const trimmed = text?.trim() ?? '';
  return isCalendarDate(trimmed) ? trimmed : null;
}

/**
 * The peildatum the widget uses: `wanted` when it is a calendar date on or after the first norm period of the
 * rules, else today (README: a bad `date` falls back to today). After the last period is allowed: the results
 * then say the norms are outdated.
 */
export function peildatumFor(
  periods: readonly { from: string }[],
  wanted: string | undefined,
  today = todayInAmsterdam(),
): string {
  const date = parseDate(wanted);
  const first = periods.reduce<string | null>((a, p) => (a === null || p.from < a ? p.from : a), null);
  return date !== null && first !== null && date >= first ? date : today;
}

/** Thrown for a peildatum the rules cannot answer for; the message is for people. */
export class PeildatumError extends Error {
  // Set in the constructor, not as a class field: for Chrome 93-97 (package.json browserslist) the build
  // down-levels class fields with helper code, about 250 bytes gzip, and the entry shares this module.
  constructor(message?: string) {
    super(message);
    this.name = 'PeildatumError';
  }
}
