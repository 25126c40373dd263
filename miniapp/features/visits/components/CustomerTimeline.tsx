/** The customer page's briefing before a meeting: the last agreed next step on top, then visits, photos and follow-ups. */

import { Card } from '@miniapp/components/Card';
import { showPhotos } from '@miniapp/components/photo-viewer';
import { Tag } from '@miniapp/components/Tag';
import { currentLocale } from '@miniapp/lib/i18n';
import { localDateOf } from '@shared/domain/clock';
import type { TimelineEntry } from '@shared/schemas/visits';
import Button from 'antd-mobile/es/components/button';
import DotLoading from 'antd-mobile/es/components/dot-loading';
import { AddOutline } from 'antd-mobile-icons';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import { useCustomerTimeline } from '../api';
import { dayAndTime, dayLabel } from '../dates';
import { TimelineItemRow } from './TimelineItemRow';
import styles from './timeline.module.css';
import detailStyles from './visit-detail.module.css';
import cardStyles from './visits.module.css';

const shownEntries = 12;

type VisitEntry = Extract<TimelineEntry, { type: 'visit' }>;
type PhotoEntry = Extract<TimelineEntry, { type: 'photo' }>;

export function CustomerTimeline({ customerId }: { customerId: string }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const timeline = useCustomerTimeline(customerId);
  return (
    <Card
      titleId="customer-timeline"
      title={t('ui.visits.timeline.title')}
      aside={
        <Button
          size="mini"
          color="primary"
          fill="outline"
          shape="rounded"
          onClick={() => void navigate(`/visits/new?customerId=${customerId}`)}
        >
          <AddOutline aria-hidden="true" /> {t('ui.visits.log')}
        </Button>
      }
    >
      {timeline.isPending ? <DotLoading color="primary" /> : null}
      {timeline.isError && !timeline.data ? (
        <button type="button" className={cardStyles.linkButton} onClick={() => void timeline.refetch()}>
          {t('ui.visits.loadMoreFailed')}
        </button>
      ) : null}
      {timeline.data ? <TimelineBody items={timeline.data.items} /> : null}
    </Card>
  );
}

function TimelineBody({ items }: { items: TimelineEntry[] }) {
  const { t } = useTranslation();
  if (items.length === 0) {
    return (
      <>
        <p className={styles.emptyTitle}>{t('ui.visits.timeline.empty')}</p>
        <p className={cardStyles.hint}>{t('ui.visits.timeline.emptyBody')}</p>
      </>
    );
  }
  const visits = items.filter((entry): entry is VisitEntry => entry.type === 'visit');
  const photos = items.filter((entry): entry is PhotoEntry => entry.type === 'photo');
  const lastNextStep = visits.find((entry) => entry.visit.nextStep)?.visit;
  const others = items.filter((entry) => entry.type !== 'photo').slice(0, shownEntries);
  return (
    <>
      <div className={styles.briefing}>
        <p className={styles.briefingLabel}>{t('ui.visits.timeline.lastNextStep')}</p>
        <p className={styles.briefingText}>{lastNextStep?.nextStep ?? t('ui.visits.timeline.noNextStep')}</p>
      </div>
      {photos.length > 0 ? <PhotoStrip photos={photos} /> : null}
      <ol className={styles.entries}>
        {others.map((entry) => (
          <TimelineRow key={`${entry.type}-${entryKey(entry)}`} entry={entry} />
        ))}
      </ol>
    </>
  );
}

function entryKey(entry: TimelineEntry): string {
  switch (entry.type) {
    case 'visit':
      return entry.visit.id;
    case 'photo':
      return entry.photo.id;
    case 'followUp':
      return entry.visitId;
    case 'item':
      return entry.id;
  }
}

function TimelineRow({ entry }: { entry: TimelineEntry }) {
  const { t } = useTranslation();
  const locale = currentLocale();
  if (entry.type === 'visit') {
    const { visit } = entry;
    return (
      <li className={styles.entry}>
        <Link to={`/visits/${visit.id}`} className={styles.entryLink}>
          <span className={styles.when}>{dayAndTime(visit.visitedAt, { t, locale })}</span>
          <span className={styles.what}>
            {t(`ui.visits.kinds.${visit.kind}`)} · {visit.owner.name}
          </span>
          {(visit.outcome ?? visit.purpose) ? (
            <span className={styles.detail}>{visit.outcome ?? visit.purpose}</span>
          ) : null}
        </Link>
      </li>
    );
  }
  if (entry.type === 'followUp') {
    return (
      <li className={styles.entry}>
        <span className={styles.when}>
          {dayLabel(entry.followUpAt, localDateOf(new Date()), { t, locale })}
        </span>
        <span className={styles.what}>
          {t('ui.visits.timeline.followUp')}
          {entry.state === 'overdue' ? <Tag tone="warn">{t('ui.visits.followUps.overdue')}</Tag> : null}
        </span>
        {entry.nextStep ? <span className={styles.detail}>{entry.nextStep}</span> : null}
      </li>
    );
  }
  if (entry.type === 'item') return <TimelineItemRow entry={entry} />;
  return null;
}

function PhotoStrip({ photos }: { photos: PhotoEntry[] }) {
  const { t } = useTranslation();
  const urls = photos.map((entry) => entry.photo.url);
  return (
    <ul className={styles.photoStrip} aria-label={t('ui.visits.timeline.photos')}>
      {photos.slice(0, 8).map((entry, index) => (
        <li key={entry.photo.id}>
          <button
            type="button"
            className={detailStyles.photoButton}
            aria-label={t('ui.visits.detail.previewPhoto', { index: index + 1 })}
            onClick={() => showPhotos(urls, index)}
          >
            <img src={entry.photo.url} alt="" loading="lazy" />
          </button>
        </li>
      ))}
    </ul>
  );
}
