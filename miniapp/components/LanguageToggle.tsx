/** A small pill that switches between 简体中文 and English, named in the language it switches to. */
import type { Locale } from '@shared/domain/locale';
import { useTranslation } from 'react-i18next';
import { changeLocale, currentLocale } from '../lib/i18n';
import styles from './language-toggle.module.css';

const otherLocale: Record<Locale, Locale> = { 'zh-CN': 'en', en: 'zh-CN' };

export function LanguageToggle() {
  const { t } = useTranslation();
  const target = otherLocale[currentLocale()];
  return (
    <button type="button" className={styles.toggle} lang={target} onClick={() => void changeLocale(target)}>
      {t(`ui.languages.${target}`)}
    </button>
  );
}
