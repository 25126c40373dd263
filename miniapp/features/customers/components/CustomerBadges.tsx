/** A customer's size, value tier and co-creation flags as small coloured labels. */
import { customerFlags } from '@shared/domain/customers';
import type { Customer } from '@shared/schemas/customers';
import type { CustomerLabels } from '../labels';
import styles from './customers.module.css';

const flagClass = {
  coCreation: styles.flagCoCreation,
  angel: styles.flagAngel,
  benchmark: styles.flagBenchmark,
};
const tierClass = { high: styles.tierHigh, general: styles.tierGeneral, low: styles.tierLow };

interface CustomerBadgesProps {
  customer: Pick<Customer, 'segment' | 'tier' | 'flags' | 'archived'>;
  labels: CustomerLabels;
}

export function CustomerBadges({ customer, labels }: CustomerBadgesProps) {
  const flags = customerFlags.filter((flag) => customer.flags[flag]);
  return (
    <span className={styles.badges}>
      {customer.archived ? (
        <span className={`${styles.badge} ${styles.archived}`}>{labels.archived}</span>
      ) : null}
      <span className={`${styles.badge} ${styles.segment}`}>{labels.segment[customer.segment]}</span>
      <span className={`${styles.badge} ${tierClass[customer.tier]}`}>{labels.tier[customer.tier]}</span>
      {flags.map((flag) => (
        <span key={flag} className={`${styles.badge} ${flagClass[flag]}`}>
          {labels.flag[flag]}
        </span>
      ))}
    </span>
  );
}
