/** One visit in a list: time, customer, kind, what was agreed, and a flag when the check-in was far away. */
import type { Visit } from '@shared/schemas/visits';
import { PictureOutline } from 'antd-mobile-icons';
import type { MouseEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { timeOfDay } from '../dates';
import styles from './visit-list.module.css';
import tagStyles from './visits.module.css';

interface VisitRowProps {
  visit: Visit;
  showOwner: boolean;
  onOpen: (event: MouseEvent<HTMLAnchorElement>) => void;
}

export function VisitRow({ visit, showOwner, onOpen }: VisitRowProps) {
  const { t } = useTranslation();
  const summary = visit.nextStep ?? visit.outcome ?? visit.purpose ?? visit.notes;
  return (
    <li>
      <a className={styles.row} href={`/visits/${visit.id}`} onClick={onOpen}>
        <span className={styles.time}>{timeOfDay(visit.visitedAt)}</span>
        <span className={styles.body}>
          <span className={styles.customer}>{visit.customer.name}</span>
          {summary ? <span className={styles.summary}>{summary}</span> : null}
          <span className={tagStyles.row}>
            <span className={tagStyles.tag}>{t(`ui.visits.kindsShort.${visit.kind}`)}</span>
            {visit.checkIn?.flagged ? (
              <span className={tagStyles.warnTag}>{t('ui.visits.flagged')}</span>
            ) : null}
            {visit.photos.length > 0 ? (
              <span className={tagStyles.tag}>
                <PictureOutline aria-hidden="true" />{' '}
                {t('ui.visits.photoCount', { count: visit.photos.length })}
              </span>
            ) : null}
            {showOwner ? <span className={styles.owner}>{visit.owner.name}</span> : null}
          </span>
        </span>
      </a>
    </li>
  );
}
