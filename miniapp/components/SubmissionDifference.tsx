/**
 * A submission the server answered with a different object under the same client id: both side by side, field by
 * field, so the person sees what would otherwise have been lost and chooses (keep theirs as new, or discard).
 */
import type { SubmissionDifference } from '@miniapp/lib/offline/queue';
import { useTranslation } from 'react-i18next';
import styles from './submission-difference.module.css';

export function SubmissionDifferenceTable({ difference }: { difference: SubmissionDifference }) {
  const { t } = useTranslation();
  const shown = (value: string) => (value === '' ? t('ui.field.pending.empty') : value);
  return (
    <table className={styles.table}>
      <thead>
        <tr>
          <th scope="col">{t('ui.field.pending.field')}</th>
          <th scope="col">{t('ui.field.pending.mine')}</th>
          <th scope="col">{t('ui.field.pending.theirs')}</th>
        </tr>
      </thead>
      <tbody>
        {difference.rows.map((row) => (
          <tr key={row.label}>
            <th scope="row">{row.label}</th>
            <td>{shown(row.mine)}</td>
            <td>{shown(row.theirs)}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

export function SubmissionDifferenceHint() {
  const { t } = useTranslation();
  return <p className={styles.hint}>{t('ui.field.pending.differsHint')}</p>;
}
