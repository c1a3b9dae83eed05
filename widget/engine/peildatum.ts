// The peildatum (SPEC.md §2): a calendar date, default today in Europe/Amsterdam.

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

/** Thrown for a peildatum the rules cannot answer for; the message is for people. */
export class PeildatumError extends Error {
  override name = 'PeildatumError';
}
