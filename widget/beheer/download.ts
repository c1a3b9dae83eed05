// The edited rules file as a download: built in the browser from the editor text, never uploaded.
import { textFileUrl } from '../text/download-file.ts';

export const RULES_TYPE = 'application/json';

/** The exact editor text as a JSON file (no reformatting: what staff typed is what they get). */
export function rulesBlob(text: string): Blob {
  return new Blob([text], { type: RULES_TYPE });
}

/** A file name for the download: the opened file's name, or the gemeente's, ending in .json. */
export function downloadName(opened: string): string {
  const base = opened.replace(/\.json$/i, '').replace(/[^a-zA-Z0-9._-]+/g, '-') || 'regels';
  return `${base}.json`;
}

/** An object URL for the link's href; the caller revokes it when the text changes. */
export function downloadHref(text: string): string {
  return textFileUrl(text, RULES_TYPE);
}
