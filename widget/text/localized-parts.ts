// A rules file's texts split per language, so the bundled rules ship Dutch only and each other language is a
// small chunk loaded when chosen (the full Ommen file with seven languages is 53 kB gzip, its Dutch core 9 kB).
// A "localized map" is an object whose keys are languages of the file, Dutch among them: `texts`, `hours`.

export type PathKey = string | number;
/** Where a text sits in the file (the path to its localized map) and the text for one language. */
export type TextPatch = [path: PathKey[], value: unknown][];

export function isLocalizedMap(value: unknown, languages: string[]): value is Record<string, unknown> {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return false;
  const keys = Object.keys(value);
  return keys.length > 0 && Object.hasOwn(value, 'nl') && keys.every((k) => languages.includes(k));
}

/** The file with every localized map reduced to `keep`, plus each map's text in `lang` as a patch. */
export function splitTexts(file: { languages: string[] }, keep: string, lang: string): { core: unknown; patch: TextPatch } {
  const patch: TextPatch = [];
  const walk = (value: unknown, path: PathKey[]): unknown => {
    if (Array.isArray(value)) return value.map((v, i) => walk(v, [...path, i]));
    if (typeof value !== 'object' || value === null) return value;
    if (isLocalizedMap(value, file.languages)) {
      if (value[lang] !== undefined) patch.push([path, value[lang]]);
      return value[keep] === undefined ? {} : { [keep]: value[keep] };
    }
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, walk(v, [...path, k])]));
  };
  return { core: walk(file, []), patch };
}

/** Put one language's texts back into a core file, in place (only the texts change, never the rules). */
export function applyTexts(file: unknown, lang: string, patch: TextPatch): void {
  for (const [path, value] of patch) {
    let target: unknown = file;
    for (const key of path) target = (target as Record<PathKey, unknown> | undefined)?.[key];
    if (typeof target === 'object' && target !== null) (target as Record<string, unknown>)[lang] = value;
  }
}
