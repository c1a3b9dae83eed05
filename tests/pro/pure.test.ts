// The wijkteam mode's pure parts: result code, hand-off link, calendar file, idle timer, near misses.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { evaluate } from '../../widget/engine/index.ts';
import { parseAttributes } from '../../widget/options.ts';
import { valueText } from '../../widget/pro/condition-table.tsx';
import { decodeHandoff, encodeHandoff, handoffUrl, payloadFromHash } from '../../widget/pro/handoff-link.ts';
import { buildIcs, escapeText, foldLine, reminderDate } from '../../widget/pro/ics.ts';
import { startIdleTimer } from '../../widget/pro/idle-wipe.ts';
import { neededChange } from '../../widget/pro/near-miss.ts';
import { neededForShown, reproducingAnswers } from '../../widget/pro/needed-answers.ts';
import { fnv1a, resultCode } from '../../widget/pro/result-code.ts';
import { sheetData } from '../../widget/pro/sheet-data.ts';
import { downloadTextFile } from '../../widget/text/download-file.ts';
import { makeAnswers, ommen } from '../support/ommen.ts';
import { household3 } from './support.tsx';

const DATE = '2026-07-01';
const file = () => ommen().file;
const base64url = (text: string) => Buffer.from(text, 'utf8').toString('base64url');

describe('result code', () => {
  it('is 8 characters, stable, and ignores key order and the order of children', () => {
    const a = resultCode('2026.11.1', DATE, { leeftijd: 29, leeftijden_kinderen: [13, 3] });
    const b = resultCode('2026.11.1', DATE, { leeftijden_kinderen: [3, 13], leeftijd: 29, student: undefined });
    expect(a).toMatch(/^[0-9A-F]{8}$/);
    expect(b).toBe(a);
  });

  it('changes with any answer, the rules version and the peildatum', () => {
    const code = resultCode('2026.11.1', DATE, { netto_inkomen: 1300 });
    expect(resultCode('2026.11.1', DATE, { netto_inkomen: 1300.01 })).not.toBe(code);
    expect(resultCode('2026.11.1', DATE, { netto_inkomen: null })).not.toBe(code);
    expect(resultCode('2026.11.2', DATE, { netto_inkomen: 1300 })).not.toBe(code);
    expect(resultCode('2026.11.1', '2026-06-30', { netto_inkomen: 1300 })).not.toBe(code);
  });

  it('is FNV-1a (known test vectors)', () => {
    expect(fnv1a('')).toBe('811C9DC5');
    expect(fnv1a('a')).toBe('E40C292C');
    expect(fnv1a('foobar')).toBe('BF9CF968');
  });
});

describe('hand-off link', () => {
  const version = () => file().version;

  it('round-trips the answers, the rules version and the peildatum through #vw=', () => {
    const payload = encodeHandoff(version(), DATE, household3);
    expect(payload).toMatch(/^[A-Za-z0-9_-]+$/);
    const url = handoffUrl('https://www.ommen.nl/wijkteam?x=1#old', payload);
    expect(url).toBe(`https://www.ommen.nl/wijkteam?x=1#vw=${payload}`);
    const decoded = decodeHandoff(file(), payloadFromHash(new URL(url).hash) as string);
    expect(decoded).toEqual({ ok: true, version: version(), date: DATE, answers: household3 });
  });

  it('refuses a tampered payload: an edited character, an edited answer, a wrong type, an unknown question', () => {
    const payload = encodeHandoff(version(), DATE, household3);
    const flipped = payload.slice(0, 20) + (payload[20] === 'A' ? 'B' : 'A') + payload.slice(21);
    expect(decodeHandoff(file(), flipped).ok).toBe(false);
    const [f, v, d, a, c] = JSON.parse(Buffer.from(payload, 'base64url').toString('utf8'));
    expect(decodeHandoff(file(), base64url(JSON.stringify([f, v, d, { ...a, netto_inkomen: 900 }, c])))).toEqual({
      ok: false,
      reason: 'invalid',
    });
    const retyped = { ...household3, leeftijd: '29' };
    expect(decodeHandoff(file(), base64url(JSON.stringify([f, v, d, retyped, c]))).ok).toBe(false);
    const forged = (answers: object) => encodeHandoff(version(), DATE, answers as never);
    expect(decodeHandoff(file(), forged({ onbekend: true })).ok).toBe(false);
    expect(decodeHandoff(file(), forged({ woonsituatie: 'kasteel' })).ok).toBe(false);
    expect(decodeHandoff(file(), forged({ leeftijden_kinderen: [3, 40] })).ok).toBe(false);
    expect(decodeHandoff(file(), 'bm90IGpzb24').ok).toBe(false);
  });

  it('refuses a link made with another rules version and names that version', () => {
    const payload = encodeHandoff('2025.1.0', DATE, household3);
    expect(decodeHandoff(file(), payload)).toEqual({ ok: false, reason: 'version', version: '2025.1.0' });
  });

  it('reads only #vw= fragments', () => {
    expect(payloadFromHash('#vw=abc_-1')).toBe('abc_-1');
    expect(payloadFromHash('#other')).toBeNull();
    expect(payloadFromHash('#vw=<script>')).toBeNull();
  });
});

describe('needed answers', () => {
  it('the sheet keeps only what the shown regelingen read; the link reproduces every outcome', async () => {
    const answers = makeAnswers();
    const result = await evaluate(ommen(), answers, DATE);
    const needed = neededForShown(ommen(), result, answers);
    expect(Object.keys(needed)).not.toContain('kinderopvang');
    expect(needed.netto_inkomen).toBe(1400);
    const link = await reproducingAnswers(ommen(), answers, DATE, result);
    const again = await evaluate(ommen(), link, DATE);
    for (const [id, r] of Object.entries(result.regelingen)) expect(again.regelingen[id]?.outcome, id).toBe(r.outcome);
    for (const [id, r] of Object.entries(result.hulppunten)) expect(again.hulppunten[id]?.outcome, id).toBe(r.outcome);
  });
});

describe('overdrachtsblad data', () => {
  it('orders ja before misschien, lists each document and contact once', async () => {
    const result = await evaluate(ommen(), household3, DATE);
    const data = sheetData(ommen(), result, household3, DATE, 'nl');
    const outcomes = data.items.map((i) => i.offer.outcome);
    expect(outcomes.indexOf('misschien')).toBeGreaterThan(outcomes.lastIndexOf('ja'));
    expect(data.items.map((i) => i.regeling.id)).toContain('participatiefonds');
    expect(data.documents.filter((d) => d === 'Uw DigiD')).toHaveLength(1);
    expect(new Set(data.documents).size).toBe(data.documents.length);
    const names = data.contacts.map((c) => c.name);
    expect(new Set(names).size).toBe(names.length);
    expect(names).toContain('Dienst Toeslagen');
    expect(data.code).toBe(resultCode(file().version, DATE, data.answers));
  });
});

describe('calendar file', () => {
  it('has one VEVENT per reminder with UID, DTSTAMP, an all-day DTSTART and CRLF line endings', () => {
    const ics = buildIcs(
      [
        {
          id: 'participatiefonds',
          summary: 'Opnieuw aanvragen: Participatiefonds',
          description: 'Bij Gemeente Ommen, 14 0529; elk jaar.',
        },
        { id: 'zorgtoeslag', summary: 'Zorgtoeslag', description: 'x', validUntil: '2026-09-30' },
      ],
      DATE,
      new Date(Date.UTC(2026, 6, 1, 8, 30, 0)),
    );
    expect(ics.startsWith('BEGIN:VCALENDAR\r\nVERSION:2.0\r\n')).toBe(true);
    expect(ics.endsWith('END:VCALENDAR\r\n')).toBe(true);
    expect(ics.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);
    expect(ics.match(/BEGIN:VEVENT/g)).toHaveLength(2);
    expect(ics.match(/END:VEVENT/g)).toHaveLength(2);
    expect(ics).toContain('UID:participatiefonds-20261201@voorzieningenwijzer\r\n');
    expect(ics).toContain('DTSTAMP:20260701T083000Z\r\n');
    expect(ics).toContain('DTSTART;VALUE=DATE:20261201\r\n');
    expect(ics).toContain('DTSTART;VALUE=DATE:20260830\r\n');
    expect(ics).toContain('DESCRIPTION:Bij Gemeente Ommen\\, 14 0529\\; elk jaar.\r\n');
    for (const line of ics.split('\r\n')) expect(new TextEncoder().encode(line).length).toBeLessThanOrEqual(75);
  });

  it('escapes text, folds long lines and never reminds in the past', () => {
    expect(escapeText('a\\b;c,d\ne')).toBe('a\\\\b\\;c\\,d\\ne');
    const folded = foldLine(`SUMMARY:${'é'.repeat(60)}`);
    expect(folded.split('\r\n ').join('')).toBe(`SUMMARY:${'é'.repeat(60)}`);
    expect(reminderDate('2026-12-15')).toBe('2026-12-16');
    expect(reminderDate('2026-03-01')).toBe('2026-12-01');
  });
});

describe('idle timer', () => {
  afterEach(() => vi.useRealTimers());

  it('fires after the idle time, restarts on activity, and is off at 0', () => {
    vi.useFakeTimers();
    const target = new EventTarget();
    const onIdle = vi.fn();
    const stop = startIdleTimer(target, 1, onIdle);
    vi.advanceTimersByTime(50_000);
    target.dispatchEvent(new Event('keydown'));
    vi.advanceTimersByTime(50_000);
    expect(onIdle).not.toHaveBeenCalled();
    vi.advanceTimersByTime(10_001);
    expect(onIdle).toHaveBeenCalledTimes(1);
    stop();
    const off = vi.fn();
    startIdleTimer(target, 0, off);
    vi.advanceTimersByTime(10 * 60_000);
    expect(off).not.toHaveBeenCalled();
  });
});

describe('near misses', () => {
  it('gives the exact change to meet a limit, one unit more for a strict limit', () => {
    const reason = {
      fact: 'netto_inkomen',
      operator: 'lessThanInclusive',
      status: 'niet-voldaan' as const,
      value: 1486.47,
      limit: 1486.46,
      distance: 0.01,
      money: true,
    };
    expect(neededChange(reason)).toEqual({ direction: 'lower', amount: 0.01, money: true });
    expect(neededChange({ ...reason, operator: 'lessThan', distance: 0 })).toEqual({
      direction: 'lower',
      amount: 0.01,
      money: true,
    });
    expect(neededChange({ ...reason, operator: 'greaterThanInclusive', distance: -2, money: false })).toEqual({
      direction: 'higher',
      amount: 2,
      money: false,
    });
    expect(neededChange({ ...reason, status: 'voldaan' })).toBeNull();
  });
});

describe('idle-minutes attribute', () => {
  const parse = (value: string | null) => parseAttributes((n) => (n === 'idle-minutes' ? value : null)).idleMinutes;
  it('takes 0 (off), whole and fractional minutes, and drops nonsense', () => {
    expect(parse('0')).toBe(0);
    expect(parse('15')).toBe(15);
    expect(parse('0.02')).toBe(0.02);
    expect(parse('-1')).toBeUndefined();
    expect(parse('abc')).toBeUndefined();
    expect(parse(null)).toBeUndefined();
  });
});

describe('condition table values', () => {
  const t = (key: string, params?: Record<string, unknown>) => `${key} ${JSON.stringify(params ?? {})}`;

  it('says a range as a range, and an object with only lo not', () => {
    expect(valueText({ lo: 1, hi: 2 }, false, 'nl', t)).toBe('reason.range {"lo":"1","hi":"2"}');
    expect(valueText({ lo: 1 }, false, 'nl', t)).not.toMatch(/^reason\.range/);
  });
});

describe('download of a text file', () => {
  afterEach(() => {
    vi.restoreAllMocks();
    vi.useRealTimers();
  });

  it('saves the exact text under its name and frees the URL only after the download started', async () => {
    vi.useFakeTimers();
    const blobs: Blob[] = [];
    vi.spyOn(URL, 'createObjectURL').mockImplementation((b) => {
      blobs.push(b as Blob);
      return 'blob:test-1';
    });
    const revoke = vi.spyOn(URL, 'revokeObjectURL').mockImplementation(() => {});
    const clicked: { href: string; download: string }[] = [];
    vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
      clicked.push({ href: this.href, download: this.download });
    });
    downloadTextFile('herinnering.ics', 'BEGIN:VCALENDAR\r\n€', 'text/calendar');
    expect(clicked).toEqual([{ href: 'blob:test-1', download: 'herinnering.ics' }]);
    expect(blobs[0]?.type).toBe('text/calendar');
    expect(await blobs[0]?.text()).toBe('BEGIN:VCALENDAR\r\n€');
    expect(revoke).not.toHaveBeenCalled();
    vi.advanceTimersByTime(1000);
    expect(revoke).toHaveBeenCalledWith('blob:test-1');
  });
});
