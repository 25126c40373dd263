/** The follow-ups due today or overdue, above the list: what the rep promised to do next. */
import { currentLocale } from '@miniapp/lib/i18n';
import { useLinkNavigation } from '@miniapp/lib/use-link-navigation';
import { localDateOf } from '@shared/domain/clock';
import { useTranslation } from 'react-i18next';
import { useFollowUpsDue } from '../api';
import { dayLabel } from '../dates';
import listStyles from './visit-list.module.css';
import styles from './visits.module.css';

export function FollowUpsDue() {
  const { t } = useTranslation();
  const followUps = useFollowUpsDue();
  const openRow = useLinkNavigation();
  const items = followUps.data?.items ?? [];
  if (items.length === 0) return null;
  const today = localDateOf(new Date());
  return (
    <section className={listStyles.section} aria-labelledby="visits-follow-ups">
      <h2 id="visits-follow-ups" className={listStyles.dayHeaderStatic}>
        {t('ui.visits.followUps.title')}
      </h2>
      <ul className={listStyles.list}>
        {items.map((item) => (
          <li key={item.visitId}>
            <a className={listStyles.row} href={`/visits/${item.visitId}`} onClick={openRow}>
              <span className={listStyles.body}>
                <span className={listStyles.customer}>{item.customer.name}</span>
                {item.nextStep ? <span className={listStyles.summary}>{item.nextStep}</span> : null}
                <span className={styles.row}>
                  <span className={item.state === 'overdue' ? styles.warnTag : styles.okTag}>
                    {item.state === 'overdue'
                      ? t('ui.visits.followUps.overdue')
                      : dayLabel(item.followUpAt, today, { t, locale: currentLocale() })}
                  </span>
                </span>
              </span>
            </a>
          </li>
        ))}
      </ul>
    </section>
  );
}
