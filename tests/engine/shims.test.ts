// Unit tests for the four stand-ins that replace json-rules-engine's deps in the widget build
// (widget/engine/shims/*.js, docs/stack.md §2.2), each against the behaviour json-rules-engine relies on,
// and where cheap against the real package (loaded with require(), which the alias does not touch).
import { createRequire } from 'node:module';
import fc from 'fast-check';
import { describe, expect, it, vi } from 'vitest';
import clone from '../../widget/engine/shims/clone.js';
import EventEmitterJs, { EventEmitter2 } from '../../widget/engine/shims/eventemitter2.js';
import hash from '../../widget/engine/shims/hash-it.js';
import { JSONPath } from '../../widget/engine/shims/jsonpath-plus.js';
import { runs } from '../support/test-tier.ts';

const require = createRequire(import.meta.url);

// The shim is untyped ES5; this is the surface json-rules-engine uses.
interface Emitter {
  on(event: string, fn: (...args: never[]) => unknown): Emitter;
  addListener(event: string, fn: (...args: never[]) => unknown): Emitter;
  removeListener(event: string, fn: (...args: never[]) => unknown): Emitter;
  off(event: string, fn: (...args: never[]) => unknown): Emitter;
  removeAllListeners(event?: string): Emitter;
  emit(event: string, ...args: unknown[]): boolean;
  emitAsync(event: string, ...args: unknown[]): Promise<unknown[]>;
}
const EventEmitter = EventEmitterJs as unknown as { new (): Emitter; call(self: unknown): void; prototype: Emitter };

describe('clone shim', () => {
  // Not compared with the real `clone`: it mangles keys such as "toString" (fast-check found { toString: null }).
  it('deep-copies any JSON value to an equal value', () => {
    fc.assert(
      fc.property(fc.jsonValue(), (v) => {
        expect(clone(v)).toEqual(v);
      }),
      { numRuns: runs(300) },
    );
  });

  it('makes new objects at every level', () => {
    const v = { a: { b: [1, { c: 2 }] } };
    const copy = clone(v);
    expect(copy).not.toBe(v);
    expect(copy.a).not.toBe(v.a);
    expect(copy.a.b[1]).not.toBe(v.a.b[1]);
    (copy.a.b[1] as { c: number }).c = 3;
    expect((v.a.b[1] as { c: number }).c).toBe(2);
  });

  it('keeps prototypes, so cloned Condition instances keep their methods', () => {
    class Condition {
      constructor(public fact: string) {}
      toJSON() {
        return { fact: this.fact, cloned: true };
      }
    }
    const copy = clone({ all: [new Condition('leeftijd')] });
    expect(copy.all[0]).toBeInstanceOf(Condition);
    expect(JSON.parse(JSON.stringify(copy))).toEqual({ all: [{ fact: 'leeftijd', cloned: true }] });
  });

  it('returns primitives and null as they are', () => {
    for (const v of [null, undefined, 0, 'x', true]) expect(clone(v)).toBe(v);
  });
});

describe('eventemitter2 shim', () => {
  it('is an ES5 constructor: json-rules-engine subclasses it with Super.call(this)', () => {
    function Engine(this: { _listeners?: unknown }) {
      EventEmitter.call(this);
    }
    Engine.prototype = Object.create(EventEmitter.prototype);
    const e = new (Engine as unknown as new () => Emitter)();
    const spy = vi.fn();
    e.on('x', spy);
    e.emit('x', 1, 2);
    expect(spy).toHaveBeenCalledWith(1, 2);
    expect(EventEmitter2).toBe(EventEmitterJs);
  });

  it('emit calls listeners in order with `this` as the emitter and reports whether any listened', () => {
    const e = new EventEmitter();
    const calls: string[] = [];
    e.on('a', function (this: unknown) {
      calls.push(this === e ? 'first' : 'wrong this');
    });
    e.addListener('a', () => calls.push('second'));
    expect(e.emit('a')).toBe(true);
    expect(e.emit('nobody')).toBe(false);
    expect(calls).toEqual(['first', 'second']);
  });

  it('removeListener / off / removeAllListeners stop delivery', () => {
    const e = new EventEmitter();
    const a = vi.fn();
    const b = vi.fn();
    e.on('x', a).on('x', b);
    e.removeListener('x', a);
    e.emit('x');
    expect(a).not.toHaveBeenCalled();
    expect(b).toHaveBeenCalledTimes(1);
    e.off('x', b);
    e.on('y', a);
    e.removeAllListeners();
    e.emit('x');
    e.emit('y');
    expect(b).toHaveBeenCalledTimes(1);
    expect(a).not.toHaveBeenCalled();
  });

  it('a listener removed during emit still gets the current event (emit works on a copy)', () => {
    const e = new EventEmitter();
    const later = vi.fn();
    e.on('x', () => e.removeListener('x', later));
    e.on('x', later);
    e.emit('x');
    expect(later).toHaveBeenCalledTimes(1);
  });

  it('emitAsync waits for every listener and resolves with their results', async () => {
    const e = new EventEmitter();
    e.on('x', async (n: number) => n + 1);
    e.on('x', (n: number) => n * 2);
    await expect(e.emitAsync('x', 5)).resolves.toEqual([6, 10]);
    await expect(e.emitAsync('none')).resolves.toEqual([]);
  });

  it('emitAsync rejects when a listener rejects', async () => {
    const e = new EventEmitter();
    e.on('x', async () => {
      throw new Error('boom');
    });
    await expect(e.emitAsync('x')).rejects.toThrow('boom');
  });
});

describe('hash-it shim', () => {
  it('equal values give equal keys and different JSON values different keys', () => {
    fc.assert(
      fc.property(fc.jsonValue(), fc.jsonValue(), (a, b) => {
        expect(hash(a)).toBe(hash(structuredClone(a)));
        if (JSON.stringify(a) !== JSON.stringify(b)) expect(hash(a)).not.toBe(hash(b));
      }),
      { numRuns: runs(300) },
    );
  });

  it('tells params apart the way the fact cache needs', () => {
    expect(hash({ params: { percentage: 110 }, id: 'inkomensgrens' })).not.toBe(
      hash({ params: { percentage: 130 }, id: 'inkomensgrens' }),
    );
  });
});

describe('jsonpath-plus shim', () => {
  const json = { a: { b: [10, { c: 'x' }] }, 'd e': 4 };

  it("resolves $.a.b, $.a[0] and $['a'] like the real JSONPath (first match)", () => {
    const real = require('jsonpath-plus').JSONPath;
    for (const path of ['$.a', '$.a.b', '$.a.b[0]', '$.a.b[1].c', "$['d e']", '$.missing', '$.a.b[7]']) {
      const expected = real({ path, json, wrap: false });
      expect(JSONPath({ path, json }), path).toEqual(Array.isArray(expected) && path.endsWith(']') ? expected[0] : expected);
    }
  });

  // Unlike the real one (undefined), the shim stops at a null step and returns that null. Harmless: the schema
  // forbids `path`, so json-rules-engine never calls this for valid rules; pinned here so a change is noticed.
  it('returns undefined through missing steps and null through a null step', () => {
    expect(JSONPath({ path: '$.x.y.z', json })).toBeUndefined();
    expect(JSONPath({ path: '$.a.b[1].c.d', json: { a: null } })).toBeNull();
  });

  it('refuses filters, wildcards and script: no eval path into the bundle', () => {
    for (const path of ['$..c', '$.a.b[*]', '$.a.b[?(@.c)]', '$.a[(1+1)]', 'a.b', '$.constructor.constructor("x")()']) {
      expect(() => JSONPath({ path, json }), path).toThrow(/Unsupported JSONPath/);
    }
  });
});

describe('clone shim and own __proto__ keys', () => {
  it('keeps an own "__proto__" key as a key and leaves the prototype alone (found by fast-check)', () => {
    const input = JSON.parse('{"__proto__": {"polluted": true}}');
    const copy = clone(input) as Record<string, unknown>;
    expect(Object.keys(copy)).toEqual(['__proto__']);
    expect(Object.getPrototypeOf(copy)).toBe(Object.prototype);
    expect((copy as { polluted?: boolean }).polluted).toBeUndefined();
  });
});
