// Which design tokens style the widget (docs/decisions/0013-nl-design-system-look.md). Custom properties inherit into the shadow root,
// so a host page with an NL Design System theme styles the Utrecht components without any work on our side.
// A value set inside the widget would beat the inherited one, so the fallback theme is conditional: a class.
import type { WidgetTheme } from '../options.ts';

/** Set on the mount's container when the built-in tokens apply (fallback-theme.css). */
export const FALLBACK_THEME_CLASS = 'vw-fallback-theme';

/** Two tokens every Utrecht-based theme defines; either one means the host page has a theme. */
const SENTINELS = ['--utrecht-button-primary-action-background-color', '--utrecht-document-font-family'];

/** True when the page defines Utrecht tokens for `element` (on it or on an ancestor). */
export function hostHasTheme(element: Element): boolean {
  try {
    const style = getComputedStyle(element);
    return SENTINELS.some((name) => style.getPropertyValue(name).trim() !== '');
  } catch {
    return false;
  }
}

/** The fallback theme applies when forced, or in `auto` when the host page defines no Utrecht tokens. */
export function usesFallbackTheme(theme: WidgetTheme, element: Element): boolean {
  if (theme === 'auto') return !hostHasTheme(element);
  return theme === 'fallback';
}
