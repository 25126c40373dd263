/** The visits tab until the feature lands: explains what it will do and points to customers meanwhile. */
import { ComingSoon } from '@miniapp/components/ComingSoon';
import { EnvironmentOutline } from 'antd-mobile-icons';
import { useTranslation } from 'react-i18next';

export function VisitsPage() {
  const { t } = useTranslation();
  return (
    <ComingSoon
      title={t('ui.tabs.visits')}
      headline={t('ui.comingSoon.visits.title')}
      description={t('ui.comingSoon.visits.body')}
      icon={<EnvironmentOutline />}
      nextStep={{ label: t('ui.comingSoon.toCustomers'), to: '/customers' }}
    />
  );
}
