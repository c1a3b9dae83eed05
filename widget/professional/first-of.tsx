// A long list shows its first items and a button for the rest: with a big rules file (1000 regelingen) every
// keystroke would otherwise render hundreds of cards. Lists up to the limit show whole, without a button.
import type { ComponentChild } from 'preact';
import { useState } from 'preact/hooks';
import { useWidget } from '../shared/context.ts';

/** Items shown before "Toon alle". Ommen's groups (13 regelingen) always show whole. */
export const FIRST_ITEMS = 25;

interface FirstOfProps<T> {
  items: T[];
  render: (item: T) => ComponentChild;
  /** Render the items as `<li>`s inside a list (the button then follows the list). */
  list?: boolean;
}

export function FirstOf<T>({ items, render, list = false }: FirstOfProps<T>) {
  const { t } = useWidget();
  const [all, setAll] = useState(false);
  const shown = all || items.length <= FIRST_ITEMS ? items : items.slice(0, FIRST_ITEMS);
  return (
    <>
      {list ? <ul class="vw-list">{shown.map(render)}</ul> : shown.map(render)}
      {shown.length < items.length && (
        <button
          type="button"
          class="utrecht-button utrecht-button--secondary-action vw-professional-more"
          onClick={() => setAll(true)}
        >
          {t('professional.results.showAll', { count: items.length })}
        </button>
      )}
    </>
  );
}
