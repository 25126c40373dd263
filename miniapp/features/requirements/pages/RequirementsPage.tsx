/** The requirements tab until the feature lands: explains what it will do and points to customers meanwhile. */
import { ComingSoon } from '@miniapp/components/ComingSoon';
import { MessageOutline } from 'antd-mobile-icons';
import { useTranslation } from 'react-i18next';

export function RequirementsPage() {
  const { t } = useTranslation();
  return (
    <ComingSoon
      title={t('ui.tabs.requirements')}
      headline={t('ui.comingSoon.requirements.title')}
      description={t('ui.comingSoon.requirements.body')}
      icon={<MessageOutline />}
      nextStep={{ label: t('ui.comingSoon.toCustomers'), to: '/customers' }}
    />
  );
}
