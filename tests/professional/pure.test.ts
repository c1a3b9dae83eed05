// The wijkteam mode's pure parts: result code, sheet data, calendar file, idle timer, near misses. The hand-off
// link's format is tested in tests/links/handoff-link.test.ts.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { evaluate } from '../../widget/engine/index.ts';
import type { Answers, Reason } from '../../widget/engine/types.ts';
import { createI18n } from '../../widget/i18n/create-i18n.ts';
import { fnv1a } from '../../widget/links/fnv1a.ts';
import { resultCode } from '../../widget/links/result-code.ts';
import { parseAttributes } from '../../widget/options.ts';
import { valueText } from '../../widget/professional/condition-table.tsx';
import { buildIcs, escapeText, foldLine, type ReminderRule, reminderDate } from '../../widget/professional/ics.ts';
import { startIdleTimer } from '../../widget/professional/idle-wipe.ts';
import { sheetData, sheetReminders } from '../../widget/professional/sheet-data.ts';
import { type NearMiss, nearMisses, neededChange } from '../../widget/shared/near-miss.ts';
import { neededForShown, reproducingAnswers } from '../../widget/shared/needed-answers.ts';
import { downloadTextFile } from '../../widget/text/download-file.ts';
import type { Translate } from '../../widget/text/reason-sentence.ts';
import { makeAnswers, ommen } from '../support/ommen.ts';
import { household3 } from './support.tsx';

const DATE = '2026-07-01';
const file = () => ommen().file;

describe('result code', () => {
  it('is 8 characters, stable, and ignores key order and the order of children', () => {
    const a = resultCode(file(), DATE, { leeftijd: 29, leeftijden_kinderen: [13, 3] });
    const b = resultCode(file(), DATE, { leeftijden_kinderen: [3, 13], leeftijd: 29, student: undefined });
    expect(a).toMatch(/^[0-9A-F]{8}$/);
    expect(b).toBe(a);
  });

  it('changes with any answer and the peildatum', () => {
    const code = resultCode(file(), DATE, { netto_inkomen: 1300 });
    expect(resultCode(file(), DATE, { netto_inkomen: 1300.01 })).not.toBe(code);
    expect(resultCode(file(), DATE, { netto_inkomen: null })).not.toBe(code);
    expect(resultCode(file(), '2026-06-30', { netto_inkomen: 1300 })).not.toBe(code);
  });

  it('is FNV-1a (known test vectors)', () => {
    expect(fnv1a('')).toBe('811C9DC5');
    expect(fnv1a('a')).toBe('E40C292C');
    expect(fnv1a('foobar')).toBe('BF9CF968');
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
  it('orders ja before misschien, lists each paper once with the regelingen that need it, each contact once', async () => {
    const result = await evaluate(ommen(), household3, DATE);
    const data = sheetData(ommen(), result, household3, DATE, 'nl');
    const outcomes = data.items.map((i) => i.offer.outcome);
    expect(outcomes.indexOf('misschien')).toBeGreaterThan(outcomes.lastIndexOf('ja'));
    expect(data.items.map((i) => i.regeling.id)).toContain('participatiefonds');
    const texts = data.documents.map((d) => d.text);
    expect(new Set(texts).size).toBe(texts.length);
    // Every paper names exactly the shown regelingen whose own list has it, in the sheet's order.
    for (const doc of data.documents) {
      const needing = data.items
        .filter((i) => (i.regeling.texts.nl?.documents ?? []).some((d) => d.trim() === doc.text))
        .map((i) => i.title);
      expect(doc.for, doc.text).toEqual(needing);
    }
    expect(
      data.documents.some((d) => d.for.length > 1),
      'a paper more than one regeling needs',
    ).toBe(true);
    const names = data.contacts.map((c) => c.name);
    expect(new Set(names).size).toBe(names.length);
    // Each organisation of the shown regelingen is there (the national toeslagen share one).
    for (const i of data.items) if (i.regeling.contact.name) expect(names).toContain(i.regeling.contact.name);
    expect(data.code).toBe(resultCode(file(), DATE, data.answers));
  });

  it('makes a reminder for each shown regeling with a reminder in the rules, with its note, and none without', async () => {
    const t = (await createI18n('nl', { later: true })).getFixedT('nl') as Translate;
    const result = await evaluate(ommen(), household3, DATE);
    const data = sheetData(ommen(), result, household3, DATE, 'nl');
    const reminders = sheetReminders(data.items, 'nl', t);
    expect(reminders.map((r) => r.id)).toEqual(data.items.filter((i) => i.regeling.reminder).map((i) => i.regeling.id));
    const kwijt = data.items.find((i) => i.regeling.id === 'kwijtschelding')!.regeling;
    const reminder = reminders.find((r) => r.id === 'kwijtschelding')!;
    expect(reminder.rule).toEqual(kwijt.reminder);
    expect(reminder.description).toContain(kwijt.reminder?.note?.nl);
    const without = data.items.map((i) =>
      i.regeling.id === 'kwijtschelding' ? { ...i, regeling: { ...i.regeling, reminder: undefined } } : i,
    );
    expect(sheetReminders(without, 'nl', t).map((r) => r.id)).not.toContain('kwijtschelding');
  });
});

describe('calendar file', () => {
  const reminder = (id: string, rule: ReminderRule, extra: object = {}) => ({
    id,
    summary: `Aanvragen: ${id}`,
    description: 'x',
    rule,
    ...extra,
  });

  it('is RFC 5545: CRLF, VCALENDAR around one VEVENT per reminder with UID, DTSTAMP, all-day DTSTART/DTEND', () => {
    const ics = buildIcs(
      [
        { ...reminder('participatiefonds', { monthDay: '01-05' }), description: 'Bij Gemeente Ommen, 14 0529; elk jaar.' },
        reminder('bijstand', { inDays: 2 }),
      ],
      DATE,
      new Date(Date.UTC(2026, 6, 1, 8, 30, 0)),
    );
    expect(ics.startsWith('BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:')).toBe(true);
    expect(ics.endsWith('END:VCALENDAR\r\n')).toBe(true);
    expect(ics.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);
    expect(ics.match(/BEGIN:VEVENT/g)).toHaveLength(2);
    expect(ics.match(/END:VEVENT/g)).toHaveLength(2);
    expect(ics).toContain('UID:participatiefonds-20270105@voorzieningenwijzer\r\n');
    expect(ics.match(/DTSTAMP:20260701T083000Z\r\n/g)).toHaveLength(2);
    expect(ics).toContain('DTSTART;VALUE=DATE:20270105\r\nDTEND;VALUE=DATE:20270106\r\n');
    expect(ics).toContain('DTSTART;VALUE=DATE:20260703\r\nDTEND;VALUE=DATE:20260704\r\n');
    expect(ics).toContain('DESCRIPTION:Bij Gemeente Ommen\\, 14 0529\\; elk jaar.\r\n');
    for (const line of ics.split('\r\n')) expect(new TextEncoder().encode(line).length).toBeLessThanOrEqual(75);
  });

  it('puts each reminder on its own day: inDays after the sheet date, the next monthDay on or after it', () => {
    expect(reminderDate('2026-07-01', { inDays: 0 })).toBe('2026-07-01');
    expect(reminderDate('2026-07-01', { inDays: 7 })).toBe('2026-07-08');
    expect(reminderDate('2026-12-30', { inDays: 7 })).toBe('2027-01-06');
    expect(reminderDate('2026-07-01', { monthDay: '11-15' })).toBe('2026-11-15');
    expect(reminderDate('2026-11-15', { monthDay: '11-15' })).toBe('2026-11-15');
    // Earlier in the year than the sheet: next year.
    expect(reminderDate('2026-07-01', { monthDay: '03-01' })).toBe('2027-03-01');
    expect(reminderDate('2026-11-16', { monthDay: '11-15' })).toBe('2027-11-15');
    // 29 February (the checker refuses it): the 28th in a year without it, the 29th in a leap year.
    expect(reminderDate('2026-07-01', { monthDay: '02-29' })).toBe('2027-02-28');
    expect(reminderDate('2027-07-01', { monthDay: '02-29' })).toBe('2028-02-29');
  });

  it('no event after the regeling ends; the Ommen sheet spreads its reminders over their own days', async () => {
    const ended = buildIcs([reminder('a', { inDays: 30 }, { validUntil: '2026-07-15' }), reminder('b', { inDays: 7 })], DATE);
    expect(ended.match(/BEGIN:VEVENT/g)).toHaveLength(1);
    expect(ended).toContain('UID:b-20260708@');
    const t = (await createI18n('nl', { later: true })).getFixedT('nl') as Translate;
    const result = await evaluate(ommen(), household3, DATE);
    const reminders = sheetReminders(sheetData(ommen(), result, household3, DATE, 'nl').items, 'nl', t);
    const ics = buildIcs(reminders, DATE);
    const days = [...ics.matchAll(/DTSTART;VALUE=DATE:(\d{8})/g)].map((m) => m[1]);
    expect(days).toEqual(reminders.map((r) => reminderDate(DATE, r.rule).replace(/-/g, '')));
    expect(new Set(days).size).toBeGreaterThan(1);
    expect(days).not.toContain('20260702');
  });

  it('escapes text and folds long lines at 75 octets', () => {
    expect(escapeText('a\\b;c,d\ne')).toBe('a\\\\b\\;c\\,d\\ne');
    const folded = foldLine(`SUMMARY:${'é'.repeat(60)}`);
    expect(folded.split('\r\n ').join('')).toBe(`SUMMARY:${'é'.repeat(60)}`);
    for (const part of folded.split('\r\n')) expect(new TextEncoder().encode(part).length).toBeLessThanOrEqual(75);
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
  const near = async (answers: Answers) => nearMisses(await evaluate(ommen(), answers, DATE));
  const ids = (list: NearMiss[]) => list.map((m) => m.id).sort();
  /** The limit the engine compared this household's income with, for one regeling (read, not hard-coded). */
  const incomeLimit = async (id: string, answers: Answers = makeAnswers()) => {
    const r = await evaluate(ommen(), answers, DATE);
    const limit = r.regelingen[id]?.reasons.find((x) => x.fact === 'netto_inkomen')?.limit;
    if (typeof limit !== 'number') throw new Error(`${id}: no exact income limit`);
    return limit;
  };
  const plus = (euro: number, cents: number) => (Math.round(euro * 100) + cents) / 100;
  const money = (operator: string, distance: number): Reason => ({
    fact: 'netto_inkomen',
    operator,
    status: 'niet-voldaan',
    value: 0,
    limit: 0,
    distance,
    money: true,
  });

  it('lists a regeling that fails only on a money limit, with the exact cents and direction', async () => {
    const limit = await incomeLimit('participatiefonds');
    const list = await near(makeAnswers({ netto_inkomen: plus(limit, 1) }));
    const miss = list.find((m) => m.id === 'participatiefonds');
    expect(miss).toMatchObject({ direction: 'lower', cents: 1, euro: 0.01, othersMet: true });
    expect(miss?.reason.fact).toBe('netto_inkomen');
    expect(
      (await near(makeAnswers({ netto_inkomen: plus(limit, 4300) }))).find((m) => m.id === 'participatiefonds'),
    ).toMatchObject({ cents: 4300, euro: 43 });
    expect(ids(await near(makeAnswers({ netto_inkomen: limit })))).not.toContain('participatiefonds');
    expect(ids(await near(makeAnswers({ netto_inkomen: plus(limit, -1) })))).not.toContain('participatiefonds');
  });

  it('a vermogen one cent over its limit is a near miss too', async () => {
    const r = await evaluate(ommen(), makeAnswers(), DATE);
    const grens = r.regelingen.participatiefonds?.reasons.find((x) => x.fact === 'vermogen')?.limit as number;
    const miss = (await near(makeAnswers({ vermogen: plus(grens, 1) }))).find((m) => m.id === 'participatiefonds');
    expect(miss).toMatchObject({ direction: 'lower', cents: 1 });
    expect(miss?.reason.fact).toBe('vermogen');
  });

  it('never lists children, AOW, debts, yes/no or choice conditions', async () => {
    // No children: kindregelingen and kindgebonden-budget fail on the children only. Age 29: aio-aanvulling
    // fails on the AOW only. No debts, no special costs, an owned home: each one failing condition.
    const answers = makeAnswers({ leeftijd: 29, netto_inkomen: 1300, woonsituatie: 'koop' });
    const result = await evaluate(ommen(), answers, DATE);
    const oneFailing = Object.entries(result.regelingen)
      .filter(([, o]) => o.outcome === 'nee' && o.reasons.filter((x) => x.status === 'niet-voldaan').length === 1)
      .map(([id]) => id);
    expect(oneFailing).toEqual(
      expect.arrayContaining(['kindregelingen', 'aio-aanvulling', 'schuldhulpverlening', 'bijzondere-bijstand', 'huurtoeslag']),
    );
    expect(nearMisses(result)).toEqual([]);
  });

  it('never lists a regeling that fails on two conditions', async () => {
    const limit = await incomeLimit('participatiefonds');
    const r = await evaluate(ommen(), makeAnswers(), DATE);
    const grens = r.regelingen.participatiefonds?.reasons.find((x) => x.fact === 'vermogen')?.limit as number;
    const list = await near(makeAnswers({ netto_inkomen: plus(limit, 1), vermogen: plus(grens, 1) }));
    expect(ids(list)).not.toContain('participatiefonds');
  });

  it('never lists a distance to a limit that is only known as a range', async () => {
    // Partner unknown: the income limit is a range, so "how far" has no exact answer.
    const result = await evaluate(ommen(), makeAnswers({ heeft_partner: null, netto_inkomen: 10000 }), DATE);
    const failing = result.regelingen.participatiefonds?.reasons.filter((x) => x.status === 'niet-voldaan') ?? [];
    expect(failing).toHaveLength(1);
    expect(failing[0]?.distance).toBeUndefined();
    expect(ids(nearMisses(result))).not.toContain('participatiefonds');
  });

  it('says when another condition is still unknown', async () => {
    const limit = await incomeLimit('participatiefonds');
    const list = await near(makeAnswers({ netto_inkomen: plus(limit, 1), vermogen: null }));
    expect(list.find((m) => m.id === 'participatiefonds')).toMatchObject({ cents: 1, othersMet: false });
  });

  it('a strict limit needs one cent past it, an inclusive one the distance (sub-cent input rounded up)', async () => {
    // bijstand: netto_inkomen < bijstandsgrens, exact for an alleenstaande of 34.
    const grens = await incomeLimit('bijstand');
    const bijstand = async (netto: number) =>
      (await near(makeAnswers({ netto_inkomen: netto }))).find((m) => m.id === 'bijstand');
    expect(await bijstand(grens)).toMatchObject({ direction: 'lower', cents: 1 });
    expect(await bijstand(plus(grens, 1))).toMatchObject({ direction: 'lower', cents: 2 });
    expect(await bijstand(plus(grens, -1))).toBeUndefined();
    const limit = await incomeLimit('participatiefonds');
    const fonds = (await near(makeAnswers({ netto_inkomen: limit + 0.0001 }))).find((m) => m.id === 'participatiefonds');
    expect(fonds).toMatchObject({ cents: 1 });
    expect(neededChange(money('greaterThanInclusive', -12.34))).toEqual({ direction: 'higher', cents: 1234, euro: 12.34 });
    expect(neededChange(money('greaterThan', -12.34))).toEqual({ direction: 'higher', cents: 1235, euro: 12.35 });
    expect(neededChange(money('greaterThan', 0))).toEqual({ direction: 'higher', cents: 1, euro: 0.01 });
    expect(neededChange(money('lessThanInclusive', 0.1 + 0.2))).toEqual({ direction: 'lower', cents: 30, euro: 0.3 });
    expect(neededChange({ ...money('lessThan', 1), money: false })).toBeNull();
    expect(neededChange({ ...money('lessThan', 1), status: 'voldaan' })).toBeNull();
    expect(neededChange(money('in', 1))).toBeNull();
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
