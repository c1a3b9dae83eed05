// The wijkteam mode's pure parts: result code, hand-off link, calendar file, idle timer, near misses.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { evaluate } from '../../widget/engine/index.ts';
import type { Answers, Reason } from '../../widget/engine/types.ts';
import { parseAttributes } from '../../widget/options.ts';
import { decodeHandoff, encodeHandoff, handoffUrl, payloadFromHash } from '../../widget/pro/handoff-link.ts';
import { buildIcs, escapeText, foldLine, reminderDate } from '../../widget/pro/ics.ts';
import { startIdleTimer } from '../../widget/pro/idle-wipe.ts';
import { type NearMiss, nearMisses, neededChange } from '../../widget/pro/near-miss.ts';
import { neededForShown, reproducingAnswers } from '../../widget/pro/needed-answers.ts';
import { fnv1a, resultCode } from '../../widget/pro/result-code.ts';
import { sheetData } from '../../widget/pro/sheet-data.ts';
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
