// Constructable stylesheets (adoptedStyleSheets): allowed under style-src 'self' where <style> is not
// (docs/stack.md §3.2). Built once and shared: the sheets are immutable, so sharing holds no state.
// Order matters: the Utrecht components first, then the fallback theme, then our layout, which may refine them.
import alertCss from '@utrecht/alert-css/dist/index.min.css?inline';
import buttonCss from '@utrecht/button-css/dist/index.min.css?inline';
import checkboxCss from '@utrecht/checkbox-css/dist/index.min.css?inline';
import documentCss from '@utrecht/document-css/dist/index.min.css?inline';
import formFieldCss from '@utrecht/form-field-css/dist/index.min.css?inline';
import formFieldDescriptionCss from '@utrecht/form-field-description-css/dist/index.min.css?inline';
import formFieldErrorMessageCss from '@utrecht/form-field-error-message-css/dist/index.min.css?inline';
import formFieldsetCss from '@utrecht/form-fieldset-css/dist/index.min.css?inline';
import formLabelCss from '@utrecht/form-label-css/dist/index.min.css?inline';
import heading2Css from '@utrecht/heading-2-css/dist/index.min.css?inline';
import heading3Css from '@utrecht/heading-3-css/dist/index.min.css?inline';
import heading4Css from '@utrecht/heading-4-css/dist/index.min.css?inline';
import heading5Css from '@utrecht/heading-5-css/dist/index.min.css?inline';
import heading6Css from '@utrecht/heading-6-css/dist/index.min.css?inline';
import linkCss from '@utrecht/link-css/dist/index.min.css?inline';
import paragraphCss from '@utrecht/paragraph-css/dist/index.min.css?inline';
import radioButtonCss from '@utrecht/radio-button-css/dist/index.min.css?inline';
import textboxCss from '@utrecht/textbox-css/dist/index.min.css?inline';
import fallbackThemeCss from './fallback-theme.css?inline';
import printCss from './print.css?inline';
import proCss from './pro.css?inline';
import tokensCss from './tokens.css?inline';
import widgetCss from './widget.css?inline';

/** The NL Design System (Utrecht) components the markup uses; themed only by --utrecht-* tokens. */
const UTRECHT = [
  documentCss,
  heading2Css,
  heading3Css,
  heading4Css,
  heading5Css,
  heading6Css,
  paragraphCss,
  linkCss,
  buttonCss,
  alertCss,
  formFieldsetCss,
  formFieldCss,
  formLabelCss,
  formFieldDescriptionCss,
  formFieldErrorMessageCss,
  radioButtonCss,
  checkboxCss,
  textboxCss,
];

let sheets: CSSStyleSheet[] | null = null;

/** Adopt the widget's sheets into `root`; without support the widget still works, unstyled. */
export function adoptStyles(root: ShadowRoot): void {
  try {
    const own = (sheets ??= [...UTRECHT, fallbackThemeCss, tokensCss, widgetCss, proCss, printCss].map((css) => {
      const sheet = new CSSStyleSheet();
      sheet.replaceSync(css);
      return sheet;
    }));
    const current = root.adoptedStyleSheets ?? [];
    root.adoptedStyleSheets = [...current.filter((s) => !own.includes(s)), ...own];
  } catch (error) {
    console.warn('[voorzieningen-wijzer] Deze browser kan de opmaak niet laden (adoptedStyleSheets).', error);
  }
}
