/** On-site check-in: reads the location once, on a tap, and says plainly what was read and what went wrong. */

import { Tag } from '@miniapp/components/Tag';
import { currentLocale } from '@miniapp/lib/i18n';
import { getLocation, LocationError } from '@miniapp/lib/platform/device';
import { currentHost } from '@miniapp/lib/platform/host';
import { localTimeOf } from '@shared/domain/clock';
import { distanceMeters, isCheckInFlagged } from '@shared/domain/visits';
import Button from 'antd-mobile/es/components/button';
import { EnvironmentOutline } from 'antd-mobile-icons';
import type { TFunction } from 'i18next';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useVisitCustomer } from '../api';
import { formatDistance } from '../dates';
import type { CheckInFix } from '../visit-draft';
import styles from './visits.module.css';

interface CheckInFieldProps {
  /** The visit's customer, for the distance to its saved location before anything is sent. */
  customerId: string | null;
  value: CheckInFix | null;
  onChange: (fix: CheckInFix | null) => void;
}

type Attempt = { state: 'idle' } | { state: 'locating' } | { state: 'failed'; message: string };

function failureMessage(error: unknown, t: TFunction): string {
  const host = currentHost(window.location.search, navigator.userAgent);
  const hostName = host === 'browser' ? t('ui.visits.checkIn.browser') : t(`ui.platforms.${host}`);
  const reason = error instanceof LocationError ? error.reason : 'unavailable';
  return t(`ui.visits.checkIn.errors.${reason}`, { host: hostName });
}

export function CheckInField({ customerId, value, onChange }: CheckInFieldProps) {
  const { t } = useTranslation();
  const [attempt, setAttempt] = useState<Attempt>({ state: 'idle' });

  async function checkIn(): Promise<void> {
    setAttempt({ state: 'locating' });
    try {
      const fix = await getLocation();
      onChange({
        lat: fix.lat,
        lng: fix.lng,
        accuracy: fix.accuracy,
        address: fix.address,
        isFresh: fix.isFresh,
        isMock: fix.isMock,
        source: fix.source,
        readAt: new Date().toISOString(),
      });
      setAttempt({ state: 'idle' });
    } catch (error) {
      setAttempt({ state: 'failed', message: failureMessage(error, t) });
    }
  }

  const isLocating = attempt.state === 'locating';
  return (
    <div>
      {value ? (
        <FixSummary fix={value} customerId={customerId} />
      ) : (
        <p className={styles.hint}>{t('ui.visits.checkIn.hint')}</p>
      )}
      {attempt.state === 'failed' ? (
        <p className={styles.error} role="alert">
          {attempt.message}
        </p>
      ) : null}
      <div className={styles.row}>
        <Button
          color="primary"
          fill={value ? 'outline' : 'solid'}
          shape="rounded"
          size="small"
          loading={isLocating}
          loadingText={t('ui.visits.checkIn.locating')}
          onClick={() => void checkIn()}
        >
          <EnvironmentOutline aria-hidden="true" />{' '}
          {attempt.state === 'failed'
            ? t('ui.visits.checkIn.retry')
            : t(value ? 'ui.visits.checkIn.again' : 'ui.visits.checkIn.action')}
        </Button>
        {value ? (
          <button type="button" className={styles.linkButton} onClick={() => onChange(null)}>
            {t('ui.visits.checkIn.remove')}
          </button>
        ) : null}
      </div>
    </div>
  );
}

/** How far the fix is from the customer, as the server will judge it once the visit is sent. */
function DistanceToCustomer({ fix, customerId }: { fix: CheckInFix; customerId: string | null }) {
  const { t } = useTranslation();
  const customer = useVisitCustomer(customerId);
  if (!customerId || !customer.data) {
    return <span className={styles.muted}>{t('ui.visits.checkIn.distanceAfterSave')}</span>;
  }
  const location = customer.data.location;
  if (!location) return <span className={styles.muted}>{t('ui.visits.checkIn.noCustomerLocation')}</span>;
  const meters = distanceMeters(fix, location);
  const isFlagged = isCheckInFlagged({ distanceMeters: meters, accuracy: fix.accuracy, isMock: false });
  return (
    <>
      <span className={styles.muted}>
        {t('ui.visits.checkIn.distance', { distance: formatDistance(meters, currentLocale()) })}
      </span>
      {isFlagged ? <Tag tone="warn">{t('ui.visits.checkIn.farBeforeSave')}</Tag> : null}
    </>
  );
}

function FixSummary({ fix, customerId }: { fix: CheckInFix; customerId: string | null }) {
  const { t } = useTranslation();
  return (
    <div className={styles.fix} aria-live="polite">
      <p className={styles.fixAddress}>{fix.address ?? t('ui.visits.checkIn.noAddress')}</p>
      <p className={styles.muted}>
        {t('ui.visits.checkIn.at', { time: localTimeOf(fix.readAt) })} ·{' '}
        {t('ui.visits.checkIn.accuracy', { meters: Math.round(fix.accuracy) })}
      </p>
      <div className={styles.row}>
        <Tag tone={fix.isFresh ? 'ok' : 'warn'}>
          {t(fix.isFresh ? 'ui.visits.checkIn.fresh' : 'ui.visits.checkIn.cached')}
        </Tag>
        {fix.isMock ? <Tag tone="warn">{t('ui.visits.checkIn.mock')}</Tag> : null}
        <DistanceToCustomer fix={fix} customerId={customerId} />
      </div>
    </div>
  );
}
