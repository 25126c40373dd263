/** 实施 on the customer's page: the customer's projects with their health, and a start for a new one. */
import { useCurrentUser } from '@miniapp/lib/current-user';
import Button from 'antd-mobile/es/components/button';
import { AddOutline } from 'antd-mobile-icons';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import styles from './implementation.module.css';
import { ProjectList } from './ProjectList';

export function CustomerProjects({ customerId }: { customerId: string }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const me = useCurrentUser();
  const openCreate = me.can.startProject
    ? () => void navigate(`/implementation/projects/new?customerId=${customerId}`)
    : undefined;
  return (
    <div className={styles.customerProjects}>
      <ProjectList
        scope={{ customerId }}
        onCreate={undefined}
        title={t('ui.implementation.customer.title')}
        emptyBody={t('ui.implementation.customer.empty')}
      />
      {openCreate ? (
        <Button
          className={styles.customerCreate}
          size="small"
          fill="outline"
          shape="rounded"
          color="primary"
          onClick={openCreate}
        >
          <AddOutline aria-hidden="true" /> {t('ui.implementation.create.short')}
        </Button>
      ) : null}
    </div>
  );
}
