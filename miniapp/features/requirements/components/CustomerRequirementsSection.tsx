/** The 需求 section of a customer page: what this customer asked for, and a button to capture one more. */
import { PageState } from '@miniapp/components/PageState';
import type { RequirementSort } from '@shared/domain/requirements';
import Button from 'antd-mobile/es/components/button';
import Tag from 'antd-mobile/es/components/tag';
import { AddOutline } from 'antd-mobile-icons';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { allPages, useRequirementList } from '../api';
import { statusTone } from '../options';
import styles from './requirements.module.css';

export function CustomerRequirementsSection({ customerId }: { customerId: string }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const list = useRequirementList({ customerId, sort: 'updated' satisfies RequirementSort, limit: 20 });
  const items = allPages(list.data);
  return (
    <section className={styles.section} aria-labelledby="customer-requirements-title">
      <div className={styles.sectionHead}>
        <h2 id="customer-requirements-title" className={styles.sectionTitle}>
          {t('ui.requirements.section.title')}
        </h2>
        <Button
          size="small"
          color="primary"
          fill="outline"
          shape="rounded"
          onClick={() => void navigate(`/requirements/new?customerId=${customerId}`)}
        >
          <AddOutline aria-hidden="true" /> {t('ui.requirements.section.add')}
        </Button>
      </div>
      <PageState
        isLoading={list.isPending}
        error={list.data ? null : list.error}
        onRetry={() => void list.refetch()}
        isEmpty={items.length === 0}
        empty={{ title: t('ui.requirements.section.empty') }}
        skeletonRows={1}
      >
        <ul className={styles.history} aria-label={t('ui.requirements.section.listLabel')}>
          {items.map((item) => (
            <li key={item.id} className={styles.cardHead}>
              <span className={styles.historyNote}>{item.title}</span>
              <Tag color={statusTone[item.status]}>{t(`ui.requirements.status.${item.status}`)}</Tag>
            </li>
          ))}
        </ul>
      </PageState>
    </section>
  );
}
