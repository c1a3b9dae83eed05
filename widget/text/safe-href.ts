// The one gate for every link the widget renders: rules files come from a host we do not control,
// so only https:, tel: and mailto: may become an href (no javascript:, data:, http:).

const ALLOWED = new Set(['https:', 'tel:', 'mailto:']);

/** The URL as an href when its scheme is allowed, else undefined (render plain text instead). */
export function safeHref(url: string | undefined | null): string | undefined {
  if (typeof url !== 'string') return undefined;
  const trimmed = url.trim();
  if (!trimmed) return undefined;
  try {
    const parsed = new URL(trimmed);
    return ALLOWED.has(parsed.protocol) ? parsed.href : undefined;
  } catch {
    return undefined;
  }
}

/** A tel: href from a phone number as shown ("14 0529", "088-064 55 55"). */
export function telHref(phone: string | undefined): string | undefined {
  if (!phone) return undefined;
  const digits = phone.replace(/[^\d+]/g, '');
  return digits ? safeHref(`tel:${digits}`) : undefined;
}

/** A mailto: href; rejects anything that could smuggle headers (?, &, newlines). */
export function mailtoHref(email: string | undefined): string | undefined {
  if (!email || !/^[^\s@?&]+@[^\s@?&]+$/.test(email)) return undefined;
  return safeHref(`mailto:${email}`);
}
