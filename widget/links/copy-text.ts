// Copies a text with the Clipboard API where the page may use it (https, a user's click); elsewhere the
// caller selects the text so the user can copy it. Nothing leaves the device.

/** True when the text is on the clipboard. */
export async function copyText(text: string): Promise<boolean> {
  try {
    if (!navigator.clipboard?.writeText) return false;
    await navigator.clipboard.writeText(text);
    return true;
  } catch {
    return false;
  }
}
