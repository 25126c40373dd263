/** A centred icon, title, sentence and optional next step: the shape of every empty, error and "coming soon" screen. */
import Button from 'antd-mobile/es/components/button';
import type { ReactNode } from 'react';
import styles from './page-state.module.css';

export interface StateAction {
  label: string;
  onClick: () => void;
}

interface StateMessageProps {
  icon: ReactNode;
  title: string;
  /** Lets a surrounding section name itself after this message (aria-labelledby). */
  titleId?: string;
  description?: string;
  action?: StateAction | undefined;
  tone?: 'neutral' | 'error';
  role?: 'alert' | 'status';
}

export function StateMessage({
  icon,
  title,
  titleId,
  description,
  action,
  tone = 'neutral',
  role,
}: StateMessageProps) {
  const iconClass = tone === 'error' ? `${styles.icon} ${styles.iconError}` : styles.icon;
  return (
    <section className={styles.message} role={role}>
      <div className={iconClass} aria-hidden="true">
        {icon}
      </div>
      <h2 id={titleId} className={styles.title}>
        {title}
      </h2>
      {description ? <p className={styles.description}>{description}</p> : null}
      {action ? (
        <Button className={styles.action} color="primary" shape="rounded" onClick={action.onClick}>
          {action.label}
        </Button>
      ) : null}
    </section>
  );
}
