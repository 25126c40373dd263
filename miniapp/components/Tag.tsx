/** A small rounded label beside a list row or a fact: plain, a warning (flagged, overdue) or an all-clear. */
import type { ReactNode } from 'react';
import styles from './tag.module.css';

export type TagTone = 'plain' | 'warn' | 'ok';

export function Tag({ tone = 'plain', children }: { tone?: TagTone; children: ReactNode }) {
  return <span className={styles[tone]}>{children}</span>;
}
