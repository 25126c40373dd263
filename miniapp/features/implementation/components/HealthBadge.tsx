/** Health as colour and words together (never colour alone): the level, and why. */
import { useTranslation } from 'react-i18next';
import type { Health, HealthReason } from '../types';
import styles from './implementation.module.css';

const toneClass: Record<Health, string | undefined> = {
  'on-track': styles.onTrack,
  'at-risk': styles.atRisk,
  overdue: styles.overdue,
};

export function healthTone(health: Health): string | undefined {
  return toneClass[health];
}

interface HealthBadgeProps {
  health: Health;
  reason?: HealthReason | undefined;
  /** Show the reason beside the level (the project header), or the level alone (compact rows). */
  showReason?: boolean;
}

export function HealthBadge({ health, reason, showReason = true }: HealthBadgeProps) {
  const { t } = useTranslation();
  const level = t(`ui.implementation.healthLevel.${health}`);
  const why = reason && showReason ? t(`ui.implementation.health.${reason}`) : null;
  return (
    <span className={`${styles.health} ${toneClass[health] ?? ''}`}>
      <span className={styles.healthDot} aria-hidden="true" />
      {level}
      {why && why !== level ? <span className={styles.healthReason}>· {why}</span> : null}
    </span>
  );
}

/** A thin progress bar (percent, 0–100) with its figure in words for screen readers and eyes alike. */
export function ProgressBar({ value, label }: { value: number; label: string }) {
  const percent = Math.round(Math.min(100, Math.max(0, value)));
  return (
    <div className={styles.progress}>
      <div
        className={styles.progressTrack}
        role="progressbar"
        aria-label={label}
        aria-valuemin={0}
        aria-valuemax={100}
        aria-valuenow={percent}
      >
        <div className={styles.progressFill} style={{ width: `${percent}%` }} />
      </div>
      <span className={styles.progressText}>{percent}%</span>
    </div>
  );
}
