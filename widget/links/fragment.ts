// The `#vw=` part of the address: found in any form a mail program or a person leaves it in
// (`#vw=…&utm_source=mail`, base64 padding `=`, `%20`, junk), size-capped before anything is decoded, and
// always taken out of the address bar once read, so the answers do not stay in the history or a bookmark.

export const FRAGMENT_KEY = 'vw';

/** Longer fragments are refused unread. A full Ommen household is about 600 characters; 8 kB leaves room
 *  for big rules files while a pasted megabyte never reaches atob or JSON.parse. */
export const MAX_FRAGMENT = 8192;

export type FragmentRead =
  /** No `vw` parameter: the fragment is the host page's own (an anchor), left alone. */
  | { kind: 'none' }
  | { kind: 'too-big' }
  /** The raw payload text: checked by the link decoder, which refuses anything but base64url. */
  | { kind: 'payload'; payload: string };

/** The `vw` parameter of a location.hash. */
export function readFragment(hash: string): FragmentRead {
  if (!hash.startsWith('#')) return { kind: 'none' };
  const parts = hash.slice(1).split('&');
  const ours = parts.find((p) => p === FRAGMENT_KEY || p.startsWith(`${FRAGMENT_KEY}=`));
  if (ours === undefined) return { kind: 'none' };
  if (hash.length > MAX_FRAGMENT) return { kind: 'too-big' };
  // Base64 padding is optional in base64url; a mail program or a person may add it or keep it.
  return { kind: 'payload', payload: ours.slice(FRAGMENT_KEY.length + 1).replace(/=+$/, '') };
}

/** The fragment without its `vw` parameter ('' when nothing else was in it). */
export function withoutPayload(hash: string): string {
  const rest = hash
    .slice(1)
    .split('&')
    .filter((p) => p !== FRAGMENT_KEY && !p.startsWith(`${FRAGMENT_KEY}=`));
  return rest.length > 0 && rest.some((p) => p !== '') ? `#${rest.join('&')}` : '';
}

/** Takes the `vw` parameter out of the address bar without a reload or a new history entry. */
export function clearPayloadFromAddress(win: Window = window): void {
  const { hash, pathname, search } = win.location;
  if (readFragment(hash).kind === 'none') return;
  win.history.replaceState(win.history.state, '', pathname + search + withoutPayload(hash));
}

/** Reads the address's `vw` parameter once and removes it from the address bar. */
export function takeFragment(win: Window | undefined = typeof window === 'undefined' ? undefined : window): FragmentRead {
  if (!win) return { kind: 'none' };
  const read = readFragment(win.location.hash);
  if (read.kind !== 'none') clearPayloadFromAddress(win);
  return read;
}
