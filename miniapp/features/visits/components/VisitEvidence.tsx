/** Check-in evidence and the evidence score as plain parts: what a manager reviews instead of a location trail. */

import { Card } from '@miniapp/components/Card';
import { Tag } from '@miniapp/components/Tag';
import { currentLocale } from '@miniapp/lib/i18n';
import { localTimeOf } from '@shared/domain/clock';
import { type EvidencePart, evidencePoints } from '@shared/domain/visits';
import type { Visit } from '@shared/schemas/visits';
import { useTranslation } from 'react-i18next';
import { formatDistance } from '../dates';
import styles from './visit-detail.module.css';
import tagStyles from './visits.module.css';

export function CheckInEvidence({
  visit,
  checkIn,
}: {
  visit: Visit;
  checkIn: NonNullable<Visit['checkIn']>;
}) {
  const { t } = useTranslation();
  const locale = currentLocale();
  return (
    <Card titleId="visit-check-in" title={t('ui.visits.checkIn.title')}>
      <p className={styles.strong}>{checkIn.address ?? t('ui.visits.checkIn.noAddress')}</p>
      <p className={tagStyles.muted}>
        {t('ui.visits.checkIn.at', { time: localTimeOf(checkIn.at) })} ·{' '}
        {t('ui.visits.checkIn.accuracy', { meters: Math.round(checkIn.accuracy) })}
      </p>
      <p className={styles.line}>
        {checkIn.distanceMeters === null
          ? t('ui.visits.checkIn.noCustomerLocation')
          : t('ui.visits.checkIn.distance', { distance: formatDistance(checkIn.distanceMeters, locale) })}
      </p>
      <div className={tagStyles.row}>
        {checkIn.flagged ? <Tag tone="warn">{t('ui.visits.flagged')}</Tag> : null}
        {visit.isFresh === null ? null : (
          <Tag tone={visit.isFresh ? 'ok' : 'warn'}>
            {t(visit.isFresh ? 'ui.visits.checkIn.fresh' : 'ui.visits.checkIn.cached')}
          </Tag>
        )}
        {visit.isMock ? <Tag tone="warn">{t('ui.visits.checkIn.mock')}</Tag> : null}
      </div>
    </Card>
  );
}

export function EvidenceScoreCard({ evidence }: { evidence: Visit['evidence'] }) {
  const { t } = useTranslation();
  const parts = (Object.keys(evidencePoints) as EvidencePart[]).filter(
    (part) => evidence.parts[part] !== null,
  );
  return (
    <Card
      titleId="visit-evidence"
      title={t('ui.visits.detail.evidence')}
      aside={
        <span className={styles.score}>
          {t('ui.visits.detail.evidenceScore', { score: evidence.total, max: 100 })}
        </span>
      }
    >
      <ul className={styles.parts}>
        {parts.map((part) => {
          const earned = evidence.parts[part] ?? 0;
          return (
            <li key={part} className={styles.part}>
              <span>{t(`ui.visits.detail.evidenceParts.${part}`)}</span>
              <span className={earned > 0 ? styles.earned : styles.missed}>
                {earned}/{evidencePoints[part]}
              </span>
            </li>
          );
        })}
      </ul>
      <p className={tagStyles.hint}>{t('ui.visits.detail.evidenceHint')}</p>
    </Card>
  );
}
