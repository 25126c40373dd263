/** How long ago a requirement was first reported, in whole days ("今天", "12 天"). */
import { daysSince } from '@miniapp/lib/format';
import { useTranslation } from 'react-i18next';

export function useAge(): (iso: string) => string {
  const { t } = useTranslation();
  return (iso) => {
    const days = daysSince(iso);
    return days === 0 ? t('ui.requirements.desk.ageToday') : t('ui.requirements.desk.age', { count: days });
  };
}
