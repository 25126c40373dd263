/** The go-live requirements a customer confirms when signing off acceptance (UAT, go-live, project acceptance). */
import { useTranslation } from 'react-i18next';
import type { Project } from '../types';
import styles from './implementation.module.css';

type AcceptanceList = Project['acceptanceItems'];

export function SignOffAcceptance({ items }: { items: AcceptanceList }) {
  const { t } = useTranslation();
  if (items.length === 0) return null;
  return (
    <section aria-labelledby="signoff-acceptance">
      <h3 id="signoff-acceptance" className={styles.cardHint}>
        {t('ui.links.signOff.title')}
      </h3>
      <ul className={styles.goals}>
        {items.map((item) => (
          <li key={item.id} className={styles.goal}>
            <span className={styles.goalMetric}>{item.title}</span>
            <span className={styles.goalFigures}>
              {t(`ui.requirements.status.${item.status}`, { defaultValue: item.status })}
            </span>
          </li>
        ))}
      </ul>
    </section>
  );
}
