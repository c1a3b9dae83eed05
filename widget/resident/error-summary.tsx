// The error summary above the form (NL Design System "Foutmeldingen"): its heading takes focus,
// each error links to its field. Links focus the field by script: a #hash would move the host page.
import { useEffect, useRef } from 'preact/hooks';
import { Alert } from '../shared/alert.tsx';
import { useWidget } from '../shared/context.ts';
import { headingClass } from '../shared/heading.tsx';
import { type FieldError, fieldId } from '../shared/questions/types.ts';

export interface ErrorSummaryProps {
  errors: FieldError[];
  prefix: string;
  /** Changes on every failed submit, so focus returns to the summary each time. */
  attempt: number;
}

export function ErrorSummary({ errors, prefix, attempt }: ErrorSummaryProps) {
  const { t, headingLevel } = useWidget();
  const ref = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    if (errors.length > 0) ref.current?.focus();
  }, [attempt]);
  if (errors.length === 0) return null;
  const Tag = `h${Math.min(6, headingLevel + 2)}` as 'h3';
  const focusField = (event: Event, field: string) => {
    event.preventDefault();
    const root = (event.currentTarget as Node).getRootNode() as Document | ShadowRoot;
    (root.getElementById(fieldId(prefix, field)) as HTMLElement | null)?.focus();
  };
  return (
    <Alert type="error" role="alert">
      <Tag ref={ref} tabIndex={-1} class={headingClass(2)}>
        {t('error.summary')}
      </Tag>
      <ul class="vw-alert__list">
        {errors.map((error) => (
          <li key={error.field}>
            <a
              class="utrecht-link utrecht-link--html-a"
              href={`#${fieldId(prefix, error.field)}`}
              onClick={(e) => focusField(e, error.field)}
            >
              {error.message}
            </a>
          </li>
        ))}
      </ul>
    </Alert>
  );
}
