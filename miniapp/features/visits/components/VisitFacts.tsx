/** Everything recorded about a visit, as a definition list, and its photos with a full-screen preview. */
import { Card, Fact, FactList } from '@miniapp/components/Card';
import { currentLocale } from '@miniapp/lib/i18n';
import { localDateOf } from '@shared/domain/clock';
import type { Visit } from '@shared/schemas/visits';
import ImageViewer from 'antd-mobile/es/components/image-viewer';
import { useTranslation } from 'react-i18next';
import { dayAndTime, dayLabel } from '../dates';
import styles from './visit-detail.module.css';

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
    <Card titleId="visit-facts" title={t('ui.visits.detail.facts')}>
      <FactList>
        {rows.map(([label, value]) => (
          <Fact key={label} label={label}>
            {value ?? t('ui.common.notSet')}
          </Fact>
        ))}
      </FactList>
    </Card>
  );
}

export function VisitPhotos({ photos }: { photos: Visit['photos'] }) {
  const { t } = useTranslation();
  if (photos.length === 0) return null;
  const urls = photos.map((photo) => photo.url);
  return (
    <Card titleId="visit-photos" title={t('ui.visits.form.photos')}>
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
    </Card>
  );
}
