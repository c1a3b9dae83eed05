// Every form a `#vw=` fragment arrives in is found, capped and taken out of the address bar; a host page's
// own anchors are left alone.
import { afterEach, describe, expect, it } from 'vitest';
import {
  clearPayloadFromAddress,
  MAX_FRAGMENT,
  readFragment,
  takeFragment,
  withoutPayload,
} from '../../widget/links/fragment.ts';

afterEach(() => window.history.replaceState(null, '', '/'));

describe('reading the fragment', () => {
  it('finds the payload with mail tracking after it, padding, or other parameters before it', () => {
    expect(readFragment('#vw=abc_-1')).toEqual({ kind: 'payload', payload: 'abc_-1' });
    expect(readFragment('#vw=abc&utm_source=mail')).toEqual({ kind: 'payload', payload: 'abc' });
    expect(readFragment('#vw=abc==')).toEqual({ kind: 'payload', payload: 'abc' });
    expect(readFragment('#utm_source=mail&vw=abc')).toEqual({ kind: 'payload', payload: 'abc' });
  });

  it('hands junk and an empty payload to the decoder, which refuses them', () => {
    expect(readFragment('#vw=%20x')).toEqual({ kind: 'payload', payload: '%20x' });
    expect(readFragment('#vw=!!!')).toEqual({ kind: 'payload', payload: '!!!' });
    expect(readFragment('#vw=')).toEqual({ kind: 'payload', payload: '' });
    expect(readFragment('#vw')).toEqual({ kind: 'payload', payload: '' });
  });

  it('leaves other fragments alone', () => {
    for (const hash of ['', '#', '#main', '#vwx=abc', '#a=vw=abc']) expect(readFragment(hash), hash).toEqual({ kind: 'none' });
  });

  it('caps the size before anything is decoded', () => {
    expect(readFragment(`#vw=${'A'.repeat(MAX_FRAGMENT - 4)}`).kind).toBe('payload');
    expect(readFragment(`#vw=${'A'.repeat(MAX_FRAGMENT - 3)}`)).toEqual({ kind: 'too-big' });
  });
});

describe('removing it from the address bar', () => {
  it('drops the vw parameter and keeps the rest of the fragment', () => {
    expect(withoutPayload('#vw=abc')).toBe('');
    expect(withoutPayload('#vw=abc&utm_source=mail')).toBe('#utm_source=mail');
    expect(withoutPayload('#vw=')).toBe('');
  });

  it('replaces the address without a new history entry and keeps the history state', () => {
    window.history.replaceState({ host: 1 }, '', '/pagina?x=1#vw=abc&utm_source=mail');
    const length = window.history.length;
    expect(takeFragment(window)).toEqual({ kind: 'payload', payload: 'abc' });
    expect(window.location.pathname + window.location.search + window.location.hash).toBe('/pagina?x=1#utm_source=mail');
    expect(window.history.length).toBe(length);
    expect(window.history.state).toEqual({ host: 1 });
    for (const hash of ['#vw=%20x', '#vw=!!!', '#vw=', '#vw=abc=']) {
      window.history.replaceState(null, '', `/p${hash}`);
      expect(takeFragment(window).kind).toBe('payload');
      expect(window.location.hash).toBe('');
    }
  });

  it('removes an oversized fragment too, and leaves a host anchor', () => {
    window.history.replaceState(null, '', `/p#vw=${'A'.repeat(MAX_FRAGMENT)}`);
    expect(takeFragment(window)).toEqual({ kind: 'too-big' });
    expect(window.location.hash).toBe('');
    window.history.replaceState(null, '', '/p#inhoud');
    clearPayloadFromAddress(window);
    expect(takeFragment(window)).toEqual({ kind: 'none' });
    expect(window.location.hash).toBe('#inhoud');
  });
});
