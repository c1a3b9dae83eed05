// Small form primitives shared by the question types (Utrecht-like markup, vw- classes).
import type { ComponentChildren } from 'preact';
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
  return (
    <div class="vw-radio">
      <input
        class="vw-radio__input"
        type="radio"
        name={name}
        id={id}
        value={value}
        checked={checked}
        onChange={() => onSelect(value)}
      />
      <label class="vw-radio__label" for={id}>
        {children}
      </label>
    </div>
  );
}

/** The error text next to a field; its id is what aria-describedby points to. */
export function FieldErrorText({ prefix, error }: { prefix: string; error: FieldError | undefined }) {
  if (!error) return null;
  return (
    <p class="vw-field-error" id={errorId(prefix, error.field)}>
      {error.message}
    </p>
  );
}

export interface TextFieldProps {
  prefix: string;
  field: string;
  label: string;
  /** Extra ids for the accessible name, e.g. the legend, so the question is read with the field. */
  labelledBy?: string;
  hint?: string;
  value: string;
  inputMode: 'numeric' | 'decimal';
  unit?: string;
  error: FieldError | undefined;
  disabled?: boolean;
  onInput: (value: string) => void;
}

/** A labelled text input with hint, unit and inline error (no type=number: it eats "1.486,46"). */
export function TextField(props: TextFieldProps) {
  const { prefix, field, label, labelledBy, hint, value, inputMode, unit, error, disabled, onInput } = props;
  const id = fieldId(prefix, field);
  const hintId = hint ? `${id}-hint` : undefined;
  const describedBy = [error ? errorId(prefix, field) : undefined, hintId].filter(Boolean).join(' ');
  return (
    <div class={`vw-field${error ? ' vw-field--invalid' : ''}`}>
      <label class="vw-field__label" id={`${id}-label`} for={id}>
        {label}
      </label>
      {hint && (
        <p class="vw-field__hint" id={hintId}>
          {hint}
        </p>
      )}
      <FieldErrorText prefix={prefix} error={error} />
      <div class="vw-field__control">
        {unit && (
          <span class="vw-field__unit" aria-hidden="true">
            {unit}
          </span>
        )}
        <input
          class="vw-textbox"
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
    <div class="vw-checkbox">
      <input
        class="vw-checkbox__input"
        type="checkbox"
        id={id}
        checked={checked}
        onChange={(e) => onChange((e.currentTarget as HTMLInputElement).checked)}
      />
      <label class="vw-checkbox__label" for={id}>
        {label}
      </label>
    </div>
  );
}
