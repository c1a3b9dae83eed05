// Files made in this browser from a text (a calendar file, an edited rules file): a blob: URL, so nothing
// is uploaded and no server is asked.

/** An object URL for `text`; the caller revokes it (URL.revokeObjectURL) once it is no longer used. */
export function textFileUrl(text: string, type: string): string {
  return URL.createObjectURL(new Blob([text], { type }));
}

/** Saves `text` as a file at once, through a link that is never shown. */
export function downloadTextFile(name: string, text: string, type: string): void {
  const url = textFileUrl(text, type);
  const a = document.createElement('a');
  a.href = url;
  a.download = name;
  a.click();
  // Revoking at once can cancel the download that click() only started.
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}
