/** The follow-ups due today or overdue, above the list: what the rep promised to do next. */
import { Tag } from '@miniapp/components/Tag';
import { currentLocale } from '@miniapp/lib/i18n';
import { useLinkNavigation } from '@miniapp/lib/use-link-navigation';
import { localDateOf } from '@shared/domain/clock';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useFollowUpsDue } from '../api';
import { dayLabel } from '../dates';
import listStyles from './visit-list.module.css';
import styles from './visits.module.css';

/** A few on the first screen, so the rep's own visits stay in sight; the rest one tap away. */
const firstShown = 3;

export function FollowUpsDue({ showOwner }: { showOwner: boolean }) {
  const { t } = useTranslation();
  const followUps = useFollowUpsDue();
  const openRow = useLinkNavigation();
  const [isExpanded, setExpanded] = useState(false);
  const all = followUps.data?.items ?? [];
  if (all.length === 0) return null;
  const items = isExpanded ? all : all.slice(0, firstShown);
  const today = localDateOf(new Date());
  return (
    <section className={listStyles.followUps} aria-labelledby="visits-follow-ups">
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
                  <Tag tone={item.state === 'overdue' ? 'warn' : 'ok'}>
                    {item.state === 'overdue'
                      ? t('ui.visits.followUps.overdue')
                      : dayLabel(item.followUpAt, today, { t, locale: currentLocale() })}
                  </Tag>
                  {showOwner ? <span className={listStyles.owner}>{item.owner.name}</span> : null}
                </span>
              </span>
            </a>
          </li>
        ))}
        {all.length > items.length ? (
          <li>
            <button type="button" className={listStyles.more} onClick={() => setExpanded(true)}>
              {t('ui.visits.followUps.more', { count: all.length - items.length })}
            </button>
          </li>
        ) : null}
      </ul>
    </section>
  );
}
