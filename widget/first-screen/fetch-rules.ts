// The rules download the entry starts at once, side by side with the app chunk: the bundled core chunk (and the
// widget language's texts chunk), or the host's `rules` URL as text. Raw: the app checks and compiles it
// (widget/load-rules.ts). Never rejects: a failure is a RulesSource of kind 'error' for the calm message.
import { core, texts } from 'virtual:vw-bundled-rules';
import type { RulesSource } from './contract.ts';

/** The largest rules file the widget reads: 5 MB. The Ommen file with every language and example household is
 *  0.4 MB and 1000 generated regelingen are about 1.3 MB; a bigger file is refused before it is parsed, since
 *  parsing and checking it would freeze a cheap phone for seconds. */
export const MAX_RULES_BYTES = 5_000_000;

export const BUNDLED_SOURCE = 'rules/ommen.json (ingebouwd)';

function tooLarge(bytes: number): Error {
  return new Error(`het bestand is groter dan ${MAX_RULES_BYTES} bytes (${bytes}); de widget leest het niet`);
}

/** The body as text, refused as soon as it passes MAX_RULES_BYTES (counted while it streams in). */
async function boundedText(response: Response): Promise<string> {
  const declared = Number(response.headers.get('content-length'));
  if (declared > MAX_RULES_BYTES) throw tooLarge(declared);
  const reader = response.body?.getReader();
  if (!reader) {
    const text = await response.text();
    if (text.length > MAX_RULES_BYTES) throw tooLarge(text.length);
    return text;
  }
  const decoder = new TextDecoder();
  let text = '';
  let bytes = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) return text + decoder.decode();
    bytes += value.byteLength;
    if (bytes > MAX_RULES_BYTES) {
      void reader.cancel().catch(() => undefined);
      throw tooLarge(bytes);
    }
    text += decoder.decode(value, { stream: true });
  }
}

async function fetchText(url: string): Promise<string> {
  // credentials: 'omit' — the rules file is public; no cookies travel with it (privacy).
  const response = await fetch(new URL(url, document.baseURI).href, { credentials: 'omit' });
  if (!response.ok) throw new Error(`HTTP ${response.status} ${response.statusText}`.trim());
  return boundedText(response);
}

/** Start getting the rules: `url` undefined means the bundled Ommen rules. */
export async function startRules(url: string | undefined, lang: string): Promise<RulesSource> {
  try {
    if (!url) {
      // The language's texts chunk starts right after the core; loadBundledTexts later gets the same module.
      const coming = core();
      void texts[lang]?.().catch(() => undefined);
      const part = await coming;
      return { kind: 'bundled', file: part.default, opening: part.opening };
    }
    return { kind: 'text', url, text: await fetchText(url) };
  } catch (error) {
    return { kind: 'error', url: url ?? BUNDLED_SOURCE, message: error instanceof Error ? error.message : String(error) };
  }
}
