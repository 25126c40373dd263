/** The implementation tab until the feature lands: explains what it will do and points to customers meanwhile. */
import { ComingSoon } from '@miniapp/components/ComingSoon';
import { CheckShieldOutline } from 'antd-mobile-icons';
import { useTranslation } from 'react-i18next';

export function ImplementationPage() {
  const { t } = useTranslation();
  return (
    <ComingSoon
      title={t('ui.tabs.implementation')}
      headline={t('ui.comingSoon.implementation.title')}
      description={t('ui.comingSoon.implementation.body')}
      icon={<CheckShieldOutline />}
      nextStep={{ label: t('ui.comingSoon.toCustomers'), to: '/customers' }}
    />
  );
}
