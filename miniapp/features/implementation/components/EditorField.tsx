/** A labelled input of the template editor with its problem (from the shared schema or the server) right under it. */
import type { ReactNode } from 'react';
import styles from './template-editor.module.css';

interface EditorFieldProps {
  /** The input's id, so the label names it. */
  id: string;
  label: string;
  error?: string | undefined;
  hint?: string | undefined;
  children: ReactNode;
}

export function EditorField({ id, label, error, hint, children }: EditorFieldProps) {
  return (
    <div className={styles.field}>
      <label htmlFor={id} className={styles.label}>
        {label}
      </label>
      <div className={error ? `${styles.input} ${styles.invalid}` : styles.input}>{children}</div>
      {hint ? <p className={styles.hint}>{hint}</p> : null}
      {error ? (
        <p className={styles.error} role="alert">
          {error}
        </p>
      ) : null}
    </div>
  );
}
