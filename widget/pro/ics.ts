// A calendar file (RFC 5545) reminding to apply again for yearly regelingen: one all-day VEVENT each,
// a month before the next 1 January (or before the regeling's own end date, when that comes first).
// Built in the browser and downloaded; it holds regeling names and contacts, never answers.

export interface Reminder {
  id: string;
  /** "Opnieuw aanvragen: Participatiefonds". */
  summary: string;
  description: string;
  /** YYYY-MM-DD of the regeling's end date, if it has one. */
  validUntil?: string;
}

const pad = (n: number) => String(n).padStart(2, '0');
const compact = (date: string) => date.replace(/-/g, '');

function addDays(date: string, days: number): string {
  const d = new Date(`${date}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
}

function minusMonth(date: string): string {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  const month = m === 1 ? 12 : m - 1;
  const year = m === 1 ? y - 1 : y;
  const last = new Date(Date.UTC(year, month, 0)).getUTCDate();
  return `${year}-${pad(month)}-${pad(Math.min(d, last))}`;
}

/** The reminder day for a peildatum: a month before the next 1 January or before validUntil; never in the past. */
export function reminderDate(peildatum: string, validUntil?: string): string {
  const nextJanuary = `${Number(peildatum.slice(0, 4)) + 1}-01-01`;
  const end = validUntil && validUntil < nextJanuary ? validUntil : nextJanuary;
  const day = minusMonth(end);
  return day > peildatum ? day : addDays(peildatum, 1);
}

/** TEXT value escaping (RFC 5545 3.3.11): backslash, semicolon, comma and newlines. */
export function escapeText(text: string): string {
  return text.replace(/\\/g, '\\\\').replace(/;/g, '\\;').replace(/,/g, '\\,').replace(/\r?\n/g, '\\n');
}

/** Folds a content line at 75 octets (UTF-8), continuation lines start with one space (RFC 5545 3.1). */
export function foldLine(line: string): string {
  const encoder = new TextEncoder();
  const parts: string[] = [];
  let current = '';
  let size = 0;
  for (const char of line) {
    const bytes = encoder.encode(char).length;
    const limit = parts.length === 0 ? 75 : 74;
    if (size + bytes > limit) {
      parts.push(current);
      current = '';
      size = 0;
    }
    current += char;
    size += bytes;
  }
  parts.push(current);
  return parts.join('\r\n ');
}

function stamp(now: Date): string {
  return `${now.getUTCFullYear()}${pad(now.getUTCMonth() + 1)}${pad(now.getUTCDate())}T${pad(now.getUTCHours())}${pad(
    now.getUTCMinutes(),
  )}${pad(now.getUTCSeconds())}Z`;
}

/** The whole calendar, CRLF line endings, one VEVENT per reminder. */
export function buildIcs(reminders: Reminder[], peildatum: string, now: Date = new Date()): string {
  const lines = [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    'PRODID:-//Voorzieningenwijzer//Overdrachtsblad//NL',
    'CALSCALE:GREGORIAN',
    'METHOD:PUBLISH',
  ];
  for (const r of reminders) {
    const day = reminderDate(peildatum, r.validUntil);
    lines.push(
      'BEGIN:VEVENT',
      `UID:${r.id}-${compact(day)}@voorzieningenwijzer`,
      `DTSTAMP:${stamp(now)}`,
      `DTSTART;VALUE=DATE:${compact(day)}`,
      `DTEND;VALUE=DATE:${compact(addDays(day, 1))}`,
      `SUMMARY:${escapeText(r.summary)}`,
      `DESCRIPTION:${escapeText(r.description)}`,
      'TRANSP:TRANSPARENT',
      'BEGIN:VALARM',
      'ACTION:DISPLAY',
      'TRIGGER:PT9H',
      `DESCRIPTION:${escapeText(r.summary)}`,
      'END:VALARM',
      'END:VEVENT',
    );
  }
  lines.push('END:VCALENDAR');
  return `${lines.map(foldLine).join('\r\n')}\r\n`;
}
