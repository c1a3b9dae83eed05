// Constructable stylesheets (adoptedStyleSheets): allowed under style-src 'self' where <style> is not
// (stack-probe.md §3.2). Built once and shared: the sheets are immutable, so sharing holds no state.
import printCss from './print.css?inline';
import proCss from './pro.css?inline';
import tokensCss from './tokens.css?inline';
import widgetCss from './widget.css?inline';

let sheets: CSSStyleSheet[] | null = null;

/** Adopt the widget's sheets into `root`; without support the widget still works, unstyled. */
export function adoptStyles(root: ShadowRoot): void {
  try {
    const own = (sheets ??= [tokensCss, widgetCss, proCss, printCss].map((css) => {
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
