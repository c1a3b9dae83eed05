// Headings whose level follows the host's outline (heading-level attribute), and focus for new steps.
import type { ComponentChildren, RefObject } from 'preact';
import { useContext, useEffect, useRef } from 'preact/hooks';
import { WidgetContext } from './context.ts';

export interface HeadingProps {
  level: number;
  children: ComponentChildren;
  /** Focus this heading when it appears (each new step, WCAG 2.4.3). */
  focus?: boolean;
  /** Place in the widget's own outline: 0 the widget title, 1 a screen, 2 a group, 3 a card, 4 inside a card.
   *  Omitted: level minus the widget's heading-level. */
  rank?: number;
  /** Extra classes next to the Utrecht heading class. */
  class?: string;
  id?: string;
  /** The text's language when it is not the widget's (a fallback text from the rules). */
  lang?: string;
}

/** The Utrecht heading class for a rank: the size follows the widget's structure, not the host's heading level,
 *  and with the default heading-level 2 the two agree (the title is an h2 that looks like one). */
export function headingClass(rank: number): string {
  return `utrecht-heading-${Math.min(6, Math.max(2, rank + 2))}`;
}

/** h1..h6, clamped. Focusable by script only (tabIndex -1), so the step is announced after "Volgende". */
export function Heading({ level, children, focus = false, rank, class: extra, id, lang }: HeadingProps) {
  const ref = useRef<HTMLHeadingElement>(null);
  const base = useContext(WidgetContext)?.headingLevel ?? level;
  useFocus(ref, focus);
  const Tag = `h${Math.min(6, Math.max(1, level))}` as 'h2';
  const className = headingClass(rank ?? level - base);
  return (
    <Tag ref={ref} id={id} lang={lang} class={extra ? `${className} ${extra}` : className} tabIndex={focus ? -1 : undefined}>
      {children}
    </Tag>
  );
}

/** Move focus to `ref` once it is rendered, when `enabled`. */
export function useFocus(ref: RefObject<HTMLElement | null>, enabled: boolean): void {
  useEffect(() => {
    if (enabled) ref.current?.focus();
  }, [enabled]);
}
