/** Requirements promised for go-live: each is an acceptance item, so every promise is traced to sign-off. */
import { useTranslation } from 'react-i18next';
import type { Project } from '../types';
import styles from './implementation.module.css';

export function AcceptanceItems({ project }: { project: Project }) {
  const { t } = useTranslation();
  if (project.acceptanceItems.length === 0) return null;
  return (
    <section className={styles.card} aria-labelledby="project-acceptance">
      <h2 id="project-acceptance" className={styles.cardTitle}>
        {t('ui.implementation.acceptance.title')}
      </h2>
      <p className={styles.cardHint}>{t('ui.implementation.acceptance.hint')}</p>
      <ul className={styles.goals}>
        {project.acceptanceItems.map((item) => (
          <li key={item.id} className={styles.goal}>
            <span className={styles.goalMetric}>{item.title}</span>
            <span className={styles.goalFigures}>{t(`ui.requirements.status.${item.status}`)}</span>
          </li>
        ))}
      </ul>
    </section>
  );
}
