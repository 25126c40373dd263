/** The top bar of a screen: its title as the page's h1, an optional back button, and optional actions on the right. */
import { LeftOutline } from 'antd-mobile-icons';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useGoBack } from '../lib/use-go-back';
import styles from './page-header.module.css';

interface PageHeaderProps {
  title: string;
  /** Where "back" goes when the page was opened directly (no history to return to). */
  backFallback?: string;
  actions?: ReactNode;
}

export function PageHeader({ title, backFallback, actions }: PageHeaderProps) {
  const { t } = useTranslation();
  const goBack = useGoBack(backFallback ?? '/customers');

  return (
    <header className={backFallback ? `${styles.header} ${styles.stacked}` : styles.header}>
      {backFallback ? (
        <button type="button" className={styles.back} aria-label={t('ui.common.back')} onClick={goBack}>
          <LeftOutline aria-hidden="true" />
        </button>
      ) : null}
      <h1 className={styles.title}>{title}</h1>
      {actions ? <div className={styles.actions}>{actions}</div> : null}
    </header>
  );
}

interface HeaderActionProps {
  /** Read out for the icon-only button. */
  label: string;
  isDanger?: boolean;
  onClick: () => void;
  children: ReactNode;
}

/** An icon-only action in the header's right corner (edit, delete), 44 px square for a thumb. */
export function HeaderAction({ label, isDanger, onClick, children }: HeaderActionProps) {
  return (
    <button
      type="button"
      className={isDanger ? styles.dangerAction : styles.action}
      aria-label={label}
      onClick={onClick}
    >
      {children}
    </button>
  );
}
