// FNV-1a, 32 bit: a small, fast, well-known hash for checksums and short codes. It catches accidents
// (a typo, a cut link), not forgery: a client-only widget has no secret to sign with.

/** FNV-1a over the UTF-16 code units of `text`, as 8 upper-case hex digits. */
export function fnv1a(text: string): string {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash.toString(16).toUpperCase().padStart(8, '0');
}
