// Constructable stylesheets (adoptedStyleSheets): allowed under style-src 'self' where <style> is not
// (docs/stack.md §3.2). Built once and shared: the sheets are immutable, so sharing holds no state.
// Order matters: the Utrecht components first, then the fallback theme, then our layout, which may refine them.
// The first screen's sheets come from the entry (first-screen-sheets.ts); this adds the rest around them.

import buttonLaterCss from 'virtual:vw-button-css-later';
import alertCss from '@utrecht/alert-css/dist/index.min.css?inline';
import checkboxCss from '@utrecht/checkbox-css/dist/index.min.css?inline';
import formFieldCss from '@utrecht/form-field-css/dist/index.min.css?inline';
import formFieldDescriptionCss from '@utrecht/form-field-description-css/dist/index.min.css?inline';
import formFieldErrorMessageCss from '@utrecht/form-field-error-message-css/dist/index.min.css?inline';
import formFieldsetCss from '@utrecht/form-fieldset-css/dist/index.min.css?inline';
import formLabelCss from '@utrecht/form-label-css/dist/index.min.css?inline';
import heading4Css from '@utrecht/heading-4-css/dist/index.min.css?inline';
import heading5Css from '@utrecht/heading-5-css/dist/index.min.css?inline';
import heading6Css from '@utrecht/heading-6-css/dist/index.min.css?inline';
import linkCss from '@utrecht/link-css/dist/index.min.css?inline';
import radioButtonCss from '@utrecht/radio-button-css/dist/index.min.css?inline';
import textboxCss from '@utrecht/textbox-css/dist/index.min.css?inline';
import fallbackThemeFormsCss from './fallback-theme-forms.css?inline';
import { adopt, FIRST_SCREEN_CSS as c } from './first-screen-sheets.ts';
import printCss from './print.css?inline';
import widgetCss from './widget.css?inline';

/** Every sheet of the widget in cascade order: the NL Design System (Utrecht) components, themed only by
 *  --utrecht-* tokens, then the fallback theme, then our own. */
const ALL = [
  c.document,
  c.heading2,
  c.heading3,
  heading4Css,
  heading5Css,
  heading6Css,
  c.paragraph,
  linkCss,
  c.button,
  buttonLaterCss,
  alertCss,
  formFieldsetCss,
  formFieldCss,
  formLabelCss,
  formFieldDescriptionCss,
  formFieldErrorMessageCss,
  radioButtonCss,
  checkboxCss,
  textboxCss,
  c.fallbackTheme,
  fallbackThemeFormsCss,
  c.tokens,
  c.firstScreen,
  widgetCss,
];

/** Adopt the widget's sheets into `root`; without support the widget still works, unstyled. Wijkteam mode's
 *  layout (professional.css) is a lazy chunk like the wijkteam view itself: residents never download it. */
export function adoptStyles(root: ShadowRoot, professional = false): void {
  adopt(root, [...ALL, printCss]);
  if (!professional) return;
  import('./professional.css?inline')
    .then(({ default: proCss }) => adopt(root, [...ALL, proCss, printCss]))
    .catch((error: unknown) =>
      console.warn('[voorzieningen-wijzer] De opmaak van de wijkteam-weergave kon niet worden geladen.', error),
    );
}
