/**
 * The go-live requirements a customer confirms when signing off acceptance (UAT, go-live, project acceptance). When
 * some are not delivered it says so in words and asks why the customer goes on; the reason is kept with the signature.
 */
import { FormField } from '@miniapp/components/FormField';
import { undeliveredItems } from '@shared/domain/implementation/acceptance-step';
import TextArea from 'antd-mobile/es/components/text-area';
import { useTranslation } from 'react-i18next';
import type { Project } from '../types';
import evidenceStyles from './evidence.module.css';
import styles from './implementation.module.css';

type AcceptanceList = Project['acceptanceItems'];

interface SignOffAcceptanceProps {
  items: AcceptanceList;
  reason: string;
  onReasonChange: (reason: string) => void;
}

export function SignOffAcceptance({ items, reason, onReasonChange }: SignOffAcceptanceProps) {
  const { t } = useTranslation();
  if (items.length === 0) return null;
  const undelivered = undeliveredItems(items);
  return (
    <section aria-labelledby="signoff-acceptance">
      <h3 id="signoff-acceptance" className={styles.cardHint}>
        {t('ui.links.signOff.title')}
      </h3>
      <ul className={styles.goals}>
        {items.map((item) => (
          <li key={item.id} className={styles.goal}>
            <span className={styles.goalMetric}>{item.title}</span>
            <span className={styles.goalFigures}>
              {t(`ui.requirements.status.${item.status}`, { defaultValue: item.status })}
            </span>
          </li>
        ))}
      </ul>
      {undelivered.length > 0 ? (
        <>
          <p className={evidenceStyles.warning} id="signoff-warning">
            {t('ui.implementation.evidence.undelivered', {
              count: undelivered.length,
              titles: undelivered.map((item) => `「${item.title}」`).join(''),
            })}
          </p>
          <FormField id="signoff-reason" label={t('ui.implementation.evidence.signoffReason')} isBoxed>
            <TextArea
              id="signoff-reason"
              value={reason}
              onChange={onReasonChange}
              rows={2}
              maxLength={500}
              aria-describedby="signoff-warning"
              placeholder={t('ui.implementation.evidence.signoffReasonPlaceholder')}
            />
          </FormField>
        </>
      ) : null}
    </section>
  );
}
