// A calendar file (RFC 5545) with a reminder per regeling on the overdrachtsblad, on the day the regeling's
// own `reminder` field gives: `inDays` after the sheet's date (its peildatum), or the next `monthDay` on or
// after it; a regeling without `reminder` gets no event. All-day events: a DATE value is the same calendar
// day wherever the file is opened, which is the Europe/Amsterdam day the sheet speaks of.
// Built in the browser and downloaded; it holds regeling names and contacts, never answers.
import type { Reminder as ReminderRule } from '../engine/types.ts';

export type { ReminderRule };

export interface Reminder {
  id: string;
  /** "Aanvragen: Participatiefonds". */
  summary: string;
  description: string;
  rule: ReminderRule;
  /** YYYY-MM-DD of the regeling's end date, if it has one: no reminder after it. */
  validUntil?: string;
}

const pad = (n: number) => String(n).padStart(2, '0');
const compact = (date: string) => date.replace(/-/g, '');

function addDays(date: string, days: number): string {
  const d = new Date(`${date}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
}

const isLeap = (year: number) => (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;

/** MM-DD in `year`; 29 February falls on the 28th in other years (the checker refuses it, a hand-made file may not). */
function dayIn(year: number, monthDay: string): string {
  const day = monthDay === '02-29' && !isLeap(year) ? '02-28' : monthDay;
  return `${year}-${day}`;
}

/** The reminder day for a sheet made on `sheetDate` (YYYY-MM-DD). */
export function reminderDate(sheetDate: string, rule: ReminderRule): string {
  if ('inDays' in rule) return addDays(sheetDate, rule.inDays);
  const year = Number(sheetDate.slice(0, 4));
  const thisYear = dayIn(year, rule.monthDay);
  return thisYear >= sheetDate ? thisYear : dayIn(year + 1, rule.monthDay);
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

/** The whole calendar, CRLF line endings, one VEVENT per reminder (none after a regeling's end date). */
export function buildIcs(reminders: Reminder[], sheetDate: string, now: Date = new Date()): string {
  const lines = [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    'PRODID:-//Voorzieningenwijzer//Overdrachtsblad//NL',
    'CALSCALE:GREGORIAN',
    'METHOD:PUBLISH',
  ];
  for (const r of reminders) {
    const day = reminderDate(sheetDate, r.rule);
    if (r.validUntil && day > r.validUntil) continue;
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
