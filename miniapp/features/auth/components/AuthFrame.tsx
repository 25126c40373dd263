/** The frame of every sign-in screen: language switch, the brand on the blue band, and one white card. */

import { LanguageToggle } from '@miniapp/components/LanguageToggle';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import styles from '../pages/login.module.css';

interface AuthFrameProps {
  /** Id of the card's heading, which names the card for screen readers. */
  labelledBy: string;
  children: ReactNode;
  /** Anything below the card (e.g. other ways in). */
  after?: ReactNode;
}

export function AuthFrame({ labelledBy, children, after }: AuthFrameProps) {
  const { t } = useTranslation();
  return (
    <main className={styles.page}>
      <div className={styles.top}>
        <LanguageToggle />
      </div>
      <header className={styles.brand}>
        <span className={styles.logo} aria-hidden="true">
          F
        </span>
        <div>
          <h1 className={styles.productName}>Fieldloop</h1>
          <p className={styles.tagline}>{t('ui.auth.tagline')}</p>
        </div>
      </header>
      <section className={styles.card} aria-labelledby={labelledBy}>
        {children}
      </section>
      {after}
    </main>
  );
}
