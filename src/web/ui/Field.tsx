// A labelled form field with its hint and its error next to it (the error is announced and the control is
// marked invalid). Text, select, text area, date and file fields are the same field around another control.
import {
  useId,
  type InputHTMLAttributes,
  type ReactNode,
  type Ref,
  type SelectHTMLAttributes,
  type TextareaHTMLAttributes,
} from 'react';
import { cx } from './cx.ts';
import styles from './Field.module.css';

/** What a field gives its control: the id the label points at, and the hint and error it is described by. */
export interface ControlProps {
  id: string;
  className: string;
  'aria-describedby'?: string;
  'aria-invalid'?: true;
}

interface FieldProps {
  label: ReactNode;
  hint?: ReactNode;
  /** The message for this field, in the council's words; null or undefined when it is fine. */
  error?: string | null;
  /** Takes the room left in a row of fields. */
  grow?: boolean;
  children: (control: ControlProps) => ReactNode;
}

/** A label, hint and error around the control `children` renders with the props it is given. */
export function Field({ label, hint, error, grow, children }: FieldProps) {
  const id = useId();
  const described = [hint ? `${id}-hint` : null, error ? `${id}-error` : null].filter(Boolean).join(' ');
  return (
    <div className={cx(styles.field, error && styles.invalid, grow && styles.grow)}>
      <label className={styles.label} htmlFor={id}>
        {label}
      </label>
      {hint && (
        <p className={styles.hint} id={`${id}-hint`}>
          {hint}
        </p>
      )}
      {error && (
        <p className={styles.error} id={`${id}-error`} role="alert">
          {error}
        </p>
      )}
      {children({
        id,
        className: styles.control ?? '',
        ...(described ? { 'aria-describedby': described } : {}),
        ...(error ? { 'aria-invalid': true as const } : {}),
      })}
    </div>
  );
}

type Common = Omit<FieldProps, 'children'>;

/** A one-line text box. */
export function TextField({
  label,
  hint,
  error,
  grow,
  inputRef,
  ...input
}: Common & InputHTMLAttributes<HTMLInputElement> & { inputRef?: Ref<HTMLInputElement> }) {
  return (
    <Field label={label} hint={hint} error={error} grow={grow}>
      {(control) => (
        <input
          type="text"
          autoComplete="off"
          {...input}
          {...control}
          ref={inputRef}
          className={cx(control.className, input.type === 'file' && styles.file)}
        />
      )}
    </Field>
  );
}

/** A choice from a list. `options` are [value, text] pairs; children may add optgroups instead. */
export function SelectField({
  label,
  hint,
  error,
  grow,
  options,
  children,
  ...select
}: Common &
  SelectHTMLAttributes<HTMLSelectElement> & { options?: ReadonlyArray<readonly [string, string]> }) {
  return (
    <Field label={label} hint={hint} error={error} grow={grow}>
      {(control) => (
        <select {...select} {...control}>
          {options?.map(([value, text]) => (
            <option key={value} value={value}>
              {text}
            </option>
          ))}
          {children}
        </select>
      )}
    </Field>
  );
}

/** Several lines of text. */
export function TextAreaField({
  label,
  hint,
  error,
  ...area
}: Common & TextareaHTMLAttributes<HTMLTextAreaElement>) {
  return (
    <Field label={label} hint={hint} error={error}>
      {(control) => <textarea rows={3} {...area} {...control} />}
    </Field>
  );
}

/** A checkbox with its label beside it. */
export function CheckboxField({
  label,
  ...input
}: { label: ReactNode } & Omit<InputHTMLAttributes<HTMLInputElement>, 'type'>) {
  const id = useId();
  return (
    <div className={styles.checkbox}>
      <input id={id} type="checkbox" {...input} />
      <label htmlFor={id}>{label}</label>
    </div>
  );
}

/** One choice among a few, as radio buttons under a legend. */
export function RadioGroup<T extends string>({
  legend,
  value,
  choices,
  onChange,
}: {
  legend: ReactNode;
  value: T;
  choices: ReadonlyArray<readonly [T, string]>;
  onChange: (value: T) => void;
}) {
  const id = useId();
  return (
    <fieldset className={styles.choices}>
      <legend>{legend}</legend>
      {choices.map(([choice, text]) => (
        <div className={styles.checkbox} key={choice}>
          <input
            id={`${id}-${choice}`}
            type="radio"
            name={id}
            value={choice}
            checked={value === choice}
            onChange={() => onChange(choice)}
          />
          <label htmlFor={`${id}-${choice}`}>{text}</label>
        </div>
      ))}
    </fieldset>
  );
}

/** Several choices under a legend, as checkboxes, with the group's error under the legend. */
export function CheckboxGroup<T extends string>({
  legend,
  error,
  values,
  choices,
  onChange,
}: {
  legend: ReactNode;
  error?: string | null;
  /** The choices ticked. */
  values: readonly T[];
  choices: ReadonlyArray<readonly [T, string]>;
  onChange: (values: T[]) => void;
}) {
  const id = useId();
  return (
    <fieldset
      className={cx(styles.choices, error && styles.invalid)}
      aria-describedby={error ? `${id}-error` : undefined}
    >
      <legend>{legend}</legend>
      {error && (
        <p className={styles.error} id={`${id}-error`} role="alert">
          {error}
        </p>
      )}
      {choices.map(([choice, text]) => (
        <div className={styles.checkbox} key={choice}>
          <input
            id={`${id}-${choice}`}
            type="checkbox"
            checked={values.includes(choice)}
            onChange={(e) =>
              onChange(e.target.checked ? [...values, choice] : values.filter((v) => v !== choice))
            }
          />
          <label htmlFor={`${id}-${choice}`}>{text}</label>
        </div>
      ))}
    </fieldset>
  );
}

/** Fields side by side on a wide screen, one above another on a narrow one. */
export function FieldRow({ children }: { children: ReactNode }) {
  return <div className={styles.row}>{children}</div>;
}
