/** A customer's size, value tier and co-creation flags as small coloured labels. */
import { customerFlags } from '@shared/domain/customers';
import type { Customer } from '@shared/schemas/customers';
import { useTranslation } from 'react-i18next';
import styles from './customers.module.css';

const flagClass = {
  coCreation: styles.flagCoCreation,
  angel: styles.flagAngel,
  benchmark: styles.flagBenchmark,
};
const tierClass = { high: styles.tierHigh, general: styles.tierGeneral, low: styles.tierLow };

export function CustomerBadges({
  customer,
}: {
  customer: Pick<Customer, 'segment' | 'tier' | 'flags' | 'archived'>;
}) {
  const { t } = useTranslation();
  const flags = customerFlags.filter((flag) => customer.flags[flag]);
  return (
    <span className={styles.badges}>
      {customer.archived ? (
        <span className={`${styles.badge} ${styles.archived}`}>{t('ui.customers.archived')}</span>
      ) : null}
      <span className={`${styles.badge} ${styles.segment}`}>{t(`enums.segment.${customer.segment}`)}</span>
      <span className={`${styles.badge} ${tierClass[customer.tier]}`}>
        {t(`enums.tier.${customer.tier}`)}
      </span>
      {flags.map((flag) => (
        <span key={flag} className={`${styles.badge} ${flagClass[flag]}`}>
          {t(`enums.flag.${flag}`)}
        </span>
      ))}
    </span>
  );
}
