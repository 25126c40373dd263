/** One visit in a list: time, customer, kind, what was agreed, and a flag when the check-in was far away. */

import { Tag } from '@miniapp/components/Tag';
import { localTimeOf } from '@shared/domain/clock';
import type { Visit } from '@shared/schemas/visits';
import { PictureOutline } from 'antd-mobile-icons';
import type { MouseEvent } from 'react';
import { useTranslation } from 'react-i18next';

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
        <span className={styles.time}>{localTimeOf(visit.visitedAt)}</span>
        <span className={styles.body}>
          <span className={styles.customer}>{visit.customer.name}</span>
          {summary ? <span className={styles.summary}>{summary}</span> : null}
          <span className={tagStyles.row}>
            <Tag>{t(`ui.visits.kindsShort.${visit.kind}`)}</Tag>
            {visit.checkIn?.flagged ? <Tag tone="warn">{t('ui.visits.flagged')}</Tag> : null}
            {visit.photos.length > 0 ? (
              <Tag>
                <PictureOutline aria-hidden="true" />{' '}
                {t('ui.visits.photoCount', { count: visit.photos.length })}
              </Tag>
            ) : null}
            {showOwner ? <span className={styles.owner}>{visit.owner.name}</span> : null}
          </span>
        </span>
      </a>
    </li>
  );
}
