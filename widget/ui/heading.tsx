// Headings whose level follows the host's outline (heading-level attribute), and focus for new steps.
import type { ComponentChildren, RefObject } from 'preact';
import { useEffect, useRef } from 'preact/hooks';

export interface HeadingProps {
  level: number;
  children: ComponentChildren;
  /** Focus this heading when it appears (each new step, WCAG 2.4.3). */
  focus?: boolean;
  class?: string;
  id?: string;
}

/** h1..h6, clamped. Focusable by script only (tabIndex -1), so the step is announced after "Volgende". */
export function Heading({ level, children, focus = false, class: className, id }: HeadingProps) {
  const ref = useRef<HTMLHeadingElement>(null);
  useFocus(ref, focus);
  const Tag = `h${Math.min(6, Math.max(1, level))}` as 'h2';
  return (
    <Tag ref={ref} id={id} class={className ?? 'vw-heading'} tabIndex={focus ? -1 : undefined}>
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
