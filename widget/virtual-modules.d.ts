// The bundled rules, split by widget/build/bundled-rules-plugin.ts.
declare module 'virtual:vw-bundled-rules' {
  import type { TextPatch } from './text/localized-parts.ts';
  /** The rules file with Dutch texts only and no example households. */
  export const core: () => Promise<{ default: unknown }>;
  /** Per other language of the file, its texts as a patch for applyTexts. */
  export const texts: Record<string, () => Promise<{ default: TextPatch }>>;
}
