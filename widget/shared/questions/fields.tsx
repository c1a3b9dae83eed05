// Small form primitives shared by the question types: Utrecht form field, label, radio, checkbox and textbox.
import type { ComponentChildren } from 'preact';
import { useLayoutEffect, useRef } from 'preact/hooks';
import { errorId, type FieldError, fieldId } from './types.ts';

export interface RadioOptionProps {
  name: string;
  id: string;
  value: string;
  checked: boolean;
  onSelect: (value: string) => void;
  children: ComponentChildren;
}

/** One radio with its label; the label is the click target (≥ 24px, WCAG 2.5.8). */
export function RadioOption({ name, id, value, checked, onSelect, children }: RadioOptionProps) {
  const input = useRef<HTMLInputElement>(null);
  // Chromium keeps a radio that leaves a shadow tree in that shadow root's radio group, and with it the whole
  // detached subtree and its handlers (the wijkteam's typed income after a wipe). Leaving the group while still
  // connected (preact runs this before it removes the node) lets it all be collected.
  useLayoutEffect(() => {
    const el = input.current;
    return () => el?.removeAttribute('name');
  }, []);
  return (
    <div class="utrecht-form-field utrecht-form-field--radio">
      <input
        ref={input}
        class="utrecht-form-field__input utrecht-radio-button utrecht-radio-button--html-input"
        type="radio"
        name={name}
        id={id}
        value={value}
        checked={checked}
        onChange={() => onSelect(value)}
      />
      <label class="utrecht-form-field__label utrecht-form-label utrecht-form-label--radio" for={id}>
        {children}
      </label>
    </div>
  );
}

/** The error text next to a field; its id is what aria-describedby points to. */
export function FieldErrorText({ prefix, error }: { prefix: string; error: FieldError | undefined }) {
  if (!error) return null;
  return (
    <p class="utrecht-form-field__error-message utrecht-form-field-error-message" id={errorId(prefix, error.field)}>
      {error.message}
    </p>
  );
}

export interface TextFieldProps {
  prefix: string;
  field: string;
  label: string;
  /** The label's language when it is not the widget's (a fallback text from the rules). */
  labelLang?: string;
  /** Extra ids for the accessible name, e.g. the legend, so the question is read with the field. */
  labelledBy?: string;
  hint?: string;
  value: string;
  inputMode: 'numeric' | 'decimal';
  /** Width that fits the expected value: an amount ("1.486,46") or a count or age. */
  size: 'amount' | 'count';
  unit?: string;
  error: FieldError | undefined;
  disabled?: boolean;
  onInput: (value: string) => void;
}

/** A labelled text input with hint, unit and inline error (no type=number: it eats "1.486,46"). */
export function TextField(props: TextFieldProps) {
  const { prefix, field, label, labelLang, labelledBy, hint, value, inputMode, size, unit, error, disabled, onInput } = props;
  const id = fieldId(prefix, field);
  const hintId = hint ? `${id}-hint` : undefined;
  const describedBy = [error ? errorId(prefix, field) : undefined, hintId].filter(Boolean).join(' ');
  return (
    <div class={`utrecht-form-field utrecht-form-field--text${error ? ' utrecht-form-field--invalid' : ''}`}>
      <div class="utrecht-form-field__label">
        <label class="utrecht-form-label" id={`${id}-label`} for={id} lang={labelLang}>
          {label}
        </label>
      </div>
      {hint && (
        <p class="utrecht-form-field__description utrecht-form-field-description" id={hintId}>
          {hint}
        </p>
      )}
      <FieldErrorText prefix={prefix} error={error} />
      <div class="utrecht-form-field__input vw-field__control">
        {unit && (
          <span class="vw-field__unit" aria-hidden="true">
            {unit}
          </span>
        )}
        <input
          class={`utrecht-textbox utrecht-textbox--html-input vw-textbox--${size}${error ? ' utrecht-textbox--invalid' : ''}`}
          type="text"
          id={id}
          inputMode={inputMode}
          autoComplete="off"
          spellcheck={false}
          value={value}
          disabled={disabled}
          aria-labelledby={labelledBy ? `${labelledBy} ${id}-label` : undefined}
          aria-invalid={error ? 'true' : 'false'}
          aria-describedby={describedBy || undefined}
          onInput={(e) => onInput((e.currentTarget as HTMLInputElement).value)}
        />
      </div>
    </div>
  );
}

export interface UnknownCheckboxProps {
  prefix: string;
  checked: boolean;
  label: string;
  onChange: (checked: boolean) => void;
}

/** "Weet ik niet" next to an open field: answering null is a real answer, not a skipped one. */
export function UnknownCheckbox({ prefix, checked, label, onChange }: UnknownCheckboxProps) {
  const id = fieldId(prefix, 'unknown');
  return (
    <div class="utrecht-form-field utrecht-form-field--checkbox">
      <input
        class="utrecht-form-field__input utrecht-checkbox utrecht-checkbox--html-input"
        type="checkbox"
        id={id}
        checked={checked}
        onChange={(e) => onChange((e.currentTarget as HTMLInputElement).checked)}
      />
      <label class="utrecht-form-field__label utrecht-form-label utrecht-form-label--checkbox" for={id}>
        {label}
      </label>
    </div>
  );
}
