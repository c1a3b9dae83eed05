// The Utrecht alert: a message with its signal colour, which the text itself also names (WCAG 1.4.1).
import type { ComponentChildren } from 'preact';

export interface AlertProps {
  type: 'info' | 'warning' | 'error' | 'ok';
  /** `alert` interrupts a screen reader, `status` waits; omitted for a message that is there from the start. */
  role?: 'alert' | 'status';
  children: ComponentChildren;
}

/** Markup as in @utrecht/alert-css docs/technology-html: the role sits on the message, not the box. */
export function Alert({ type, role, children }: AlertProps) {
  return (
    <div class={`utrecht-alert utrecht-alert--${type}`}>
      <div class="utrecht-alert__content">
        <div class="utrecht-alert__message" role={role}>
          {children}
        </div>
      </div>
    </div>
  );
}
