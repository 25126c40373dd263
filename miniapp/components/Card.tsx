/** A white card on the page: a titled section (its h2 names it for screen readers), and facts as a definition list. */
import type { ReactNode } from 'react';
import styles from './card.module.css';

interface CardProps {
  /** The h2's id, which labels the section. */
  titleId: string;
  title: string;
  /** Shown at the title's right end: a score, an "add" button. */
  aside?: ReactNode;
  children: ReactNode;
}

export function Card({ titleId, title, aside, children }: CardProps) {
  return (
    <section className={styles.card} aria-labelledby={titleId}>
      <h2 id={titleId} className={styles.title}>
        {title}
        {aside}
      </h2>
      {children}
    </section>
  );
}

export function FactList({ children }: { children: ReactNode }) {
  return <dl className={styles.facts}>{children}</dl>;
}

export function Fact({ label, children }: { label: string; children: ReactNode }) {
  return (
    <div className={styles.fact}>
      <dt>{label}</dt>
      <dd>{children}</dd>
    </div>
  );
}
