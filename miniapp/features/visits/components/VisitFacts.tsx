/** Everything recorded about a visit, as a definition list, and its photos with a full-screen preview. */
import { currentLocale } from '@miniapp/lib/i18n';
import { localDateOf } from '@shared/domain/clock';
import type { Visit } from '@shared/schemas/visits';
import { ImageViewer } from 'antd-mobile';
import { useTranslation } from 'react-i18next';
import { dayAndTime, dayLabel } from '../dates';
import styles from './visit-detail.module.css';
import cardStyles from './visits.module.css';

export function VisitFacts({ visit }: { visit: Visit }) {
  const { t } = useTranslation();
  const locale = currentLocale();
  const names = (people: { name: string }[]) => people.map((person) => person.name).join('、');
  const rows: [string, string | null][] = [
    [t('ui.visits.form.kind'), t(`ui.visits.kinds.${visit.kind}`)],
    [t('ui.visits.form.visitedAt'), dayAndTime(visit.visitedAt, { t, locale })],
    [t('ui.visits.detail.owner'), visit.owner.name],
    [t('ui.visits.form.purpose'), visit.purpose],
    [t('ui.visits.form.participants'), names(visit.participants) || null],
    [t('ui.visits.form.attendees'), names(visit.attendees) || null],
    [t('ui.visits.form.notes'), visit.notes],
    [t('ui.visits.form.outcome'), visit.outcome],
    [t('ui.visits.form.nextStep'), visit.nextStep],
    [
      t('ui.visits.form.followUpAt'),
      visit.followUpAt ? dayLabel(visit.followUpAt, localDateOf(new Date()), { t, locale }) : null,
    ],
  ];
  return (
    <section className={cardStyles.card} aria-labelledby="visit-facts">
      <h2 id="visit-facts" className={cardStyles.cardTitle}>
        {t('ui.visits.detail.facts')}
      </h2>
      <dl className={styles.facts}>
        {rows.map(([label, value]) => (
          <div key={label} className={styles.fact}>
            <dt>{label}</dt>
            <dd>{value ?? t('ui.common.notSet')}</dd>
          </div>
        ))}
      </dl>
    </section>
  );
}

export function VisitPhotos({ photos }: { photos: Visit['photos'] }) {
  const { t } = useTranslation();
  if (photos.length === 0) return null;
  const urls = photos.map((photo) => photo.url);
  return (
    <section className={cardStyles.card} aria-labelledby="visit-photos">
      <h2 id="visit-photos" className={cardStyles.cardTitle}>
        {t('ui.visits.form.photos')}
      </h2>
      <ul className={styles.photos}>
        {photos.map((photo, index) => (
          <li key={photo.id}>
            <button
              type="button"
              className={styles.photoButton}
              aria-label={t('ui.visits.detail.previewPhoto', { index: index + 1 })}
              onClick={() => ImageViewer.Multi.show({ images: urls, defaultIndex: index })}
            >
              <img src={photo.url} alt="" loading="lazy" />
            </button>
          </li>
        ))}
      </ul>
    </section>
  );
}
