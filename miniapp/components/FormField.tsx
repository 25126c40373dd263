/**
 * One labelled input of a form: the label names the input (htmlFor), a required mark, a hint, and the problem the
 * shared schema or the server's `fields` found, announced as it appears. A native input may take the ids of the hint
 * and the problem as its description by being given as a function of them.
 */
import type { ReactNode } from 'react';
import styles from './form-field.module.css';

export interface FieldInputProps {
  id: string;
  'aria-describedby'?: string;
  'aria-invalid'?: true;
}

interface FormFieldProps {
  /** The input's id, so the label names it. */
  id: string;
  label: string;
  isRequired?: boolean | undefined;
  hint?: string | undefined;
  error?: string | undefined;
  /** The input sits in a bordered box, red while it holds a problem (sheets and forms without cards). */
  isBoxed?: boolean | undefined;
  children: ReactNode | ((input: FieldInputProps) => ReactNode);
}

/** The props that tie a native input to its field: its id, what describes it, whether it holds a problem. */
export function fieldInputProps(
  id: string,
  options: { hint?: string | undefined; error?: string | undefined },
) {
  const describedBy = [options.hint ? `${id}-hint` : null, options.error ? `${id}-error` : null].filter(
    (part) => part !== null,
  );
  const props: FieldInputProps = { id };
  if (describedBy.length > 0) props['aria-describedby'] = describedBy.join(' ');
  if (options.error) props['aria-invalid'] = true;
  return props;
}

export function FormField({ id, label, isRequired, hint, error, isBoxed, children }: FormFieldProps) {
  const classNames = isBoxed ? `${styles.field} ${styles.boxed}` : styles.field;
  return (
    <div className={classNames} data-invalid={error ? true : undefined}>
      <label className={styles.label} htmlFor={id} id={`${id}-label`}>
        {label}
        {isRequired ? <span className={styles.required}> *</span> : null}
      </label>
      {typeof children === 'function' ? children(fieldInputProps(id, { hint, error })) : children}
      {hint ? (
        <p className={styles.hint} id={`${id}-hint`}>
          {hint}
        </p>
      ) : null}
      {error ? (
        <p className={styles.error} id={`${id}-error`} role="alert">
          {error}
        </p>
      ) : null}
    </div>
  );
}
